package cn.anjian.audit.internal;

/**
 * Canonical JSON for hashing: object members sorted by key (UTF-16 code unit order, as in RFC 8785),
 * no insignificant whitespace, strings re-escaped minimally, numbers and literals kept as written.
 * Deliberately self-contained: the hash format of a trail kept for years must not change when a JSON
 * library changes its defaults. The input is PostgreSQL's jsonb text, which is already well-formed.
 */
final class CanonicalJson {

    private final String s;
    private int i;

    private CanonicalJson(String s) {
        this.s = s;
    }

    /** Canonical form of a JSON text; {@code null} (SQL NULL) stays {@code null}. */
    static String canonicalize(String json) {
        if (json == null) {
            return null;
        }
        CanonicalJson p = new CanonicalJson(json);
        StringBuilder out = new StringBuilder(json.length());
        p.value(out);
        p.skipWs();
        if (p.i != json.length()) {
            throw p.error("trailing characters");
        }
        return out.toString();
    }

    private void value(StringBuilder out) {
        skipWs();
        if (i >= s.length()) {
            throw error("unexpected end");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{' -> object(out);
            case '[' -> array(out);
            case '"' -> quote(string(), out);
            case 't' -> literal("true", out);
            case 'f' -> literal("false", out);
            case 'n' -> literal("null", out);
            default -> number(out);
        }
    }

    private void object(StringBuilder out) {
        i++; // {
        java.util.TreeMap<String, String> members = new java.util.TreeMap<>();
        skipWs();
        if (peek() == '}') {
            i++;
            out.append("{}");
            return;
        }
        while (true) {
            skipWs();
            if (peek() != '"') {
                throw error("expected a key");
            }
            String key = string();
            skipWs();
            expect(':');
            StringBuilder v = new StringBuilder();
            value(v);
            members.put(key, v.toString()); // jsonb has no duplicate keys; the last one wins otherwise
            skipWs();
            char c = next();
            if (c == '}') {
                break;
            }
            if (c != ',') {
                throw error("expected , or }");
            }
        }
        out.append('{');
        boolean first = true;
        for (var m : members.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(m.getKey(), out);
            out.append(':').append(m.getValue());
        }
        out.append('}');
    }

    private void array(StringBuilder out) {
        i++; // [
        out.append('[');
        skipWs();
        if (peek() == ']') {
            i++;
            out.append(']');
            return;
        }
        while (true) {
            value(out);
            skipWs();
            char c = next();
            if (c == ']') {
                break;
            }
            if (c != ',') {
                throw error("expected , or ]");
            }
            out.append(',');
        }
        out.append(']');
    }

    private String string() {
        i++; // opening quote
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw error("bad unicode escape");
                    }
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> throw error("bad escape");
            }
        }
    }

    static void quote(String v, StringBuilder out) {
        out.append('"');
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void number(StringBuilder out) {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (start == i) {
            throw error("unexpected character");
        }
        out.append(s, start, i);
    }

    private void literal(String word, StringBuilder out) {
        if (!s.startsWith(word, i)) {
            throw error("bad literal");
        }
        i += word.length();
        out.append(word);
    }

    private void skipWs() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private char next() {
        if (i >= s.length()) {
            throw error("unexpected end");
        }
        return s.charAt(i++);
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected " + c);
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("invalid JSON at " + i + ": " + what);
    }
}
