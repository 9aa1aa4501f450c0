package cn.anjian.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile variants of one API operation (BadInputTests): each path variable, query parameter and top-level body
 * property in turn gets a bad value while the rest stays well-formed.
 */
final class OperationProbe {

    private static final Pattern VAR = Pattern.compile("\\{([A-Za-z]+)}");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final BadInputTests suite;
    private final String method;
    private final String path;
    private final JsonNode operation;
    private final String user;
    private final String id;
    private boolean hugeSent;

    OperationProbe(BadInputTests suite, String method, String path, JsonNode operation, String user, String id) {
        this.suite = suite;
        this.method = method;
        this.path = path;
        this.operation = operation;
        this.user = user;
        this.id = id;
    }

    record Param(String name, String in, JsonNode schema) {
        String type() {
            return schema.path("type").asString("string");
        }

        boolean date() {
            return "date".equals(schema.path("format").asString("")) || name.toLowerCase().matches(".*(date|from|to|on|until|since)$");
        }
    }

    void run() throws Exception {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            params.add(new Param(p.path("name").asString(), p.path("in").asString(), suite.resolve(p.path("schema"))));
        }
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        ObjectNode valid = bodySchema.isMissingNode() ? null : skeleton(suite.resolve(bodySchema));
        boolean multipart = operation.path("requestBody").path("content").has("multipart/form-data");

        for (Param p : params) {
            if (p.in().equals("path")) {
                if (p.type().equals("integer")) {
                    probe("unknown id", pathWith(p.name(), UNKNOWN()), "", valid);
                    probe("wrong type", pathWith(p.name(), "abc"), "", valid);
                    probe("wrong type", pathWith(p.name(), "99999999999999999999"), "", valid);
                } else {
                    probe("NUL byte", pathWith(p.name(), "a%00b"), "", valid);
                    probe("invalid UTF-8", pathWith(p.name(), "a%C3%28"), "", valid);
                    probe("unknown enum or key", pathWith(p.name(), "NO_SUCH_VALUE"), "", valid);
                }
            } else if (p.in().equals("query") && !p.type().equals("object")) {
                String base = pathWith(null, null);
                probe("NUL byte", base, "?" + p.name() + "=a%00b", valid);
                probe("invalid UTF-8", base, "?" + p.name() + "=a%C3%28", valid);
                probe("huge string", base, "?" + p.name() + "=" + "x".repeat(20_000), valid);
                switch (p.type()) {
                    case "integer", "number" -> probe("wrong type", base, "?" + p.name() + "=1.5e99x", valid);
                    case "boolean" -> probe("wrong type", base, "?" + p.name() + "=maybe", valid);
                    default -> probe("unknown enum or key", base, "?" + p.name() + "=NO_SUCH_VALUE", valid);
                }
                if (p.date()) {
                    probe("invalid date", base, "?" + p.name() + "=2026-02-30", valid);
                }
            }
        }
        // invalid UTF-8 and a NUL byte in a parameter the operation does not know
        probe("invalid UTF-8", pathWith(null, null), "?x=%C3%28", valid);
        probe("NUL byte", pathWith(null, null), "?x=%00", valid);
        if (valid != null) {
            body(valid);
        } else if (multipart) {
            suite.send(user, method, pathWith(null, null), "multipart/form-data; boundary=x", "--x\r\n\r\n", "malformed body");
        }
    }

    private void body(ObjectNode valid) throws Exception {
        String target = pathWith(null, null);
        suite.send(user, method, target, "application/json", "{", "malformed body");
        suite.send(user, method, target, "application/json", "[1]", "malformed body");
        suite.send(user, method, target, "application/json", "null", "malformed body");
        for (Map.Entry<String, JsonNode> e : valid.properties()) {
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (v.isString()) {
                send("NUL byte", valid, name, F.stringNode("a\u0000b"));
                send("bidi override", valid, name, F.stringNode("abc\u202Elmth.png"));
                send("wrong type", valid, name, F.numberNode(12345));
                send("wrong type", valid, name, F.booleanNode(true));
                if (!hugeSent) {
                    hugeSent = true;
                    send("huge string", valid, name, F.stringNode(BadInputTests.HUGE));
                } else {
                    send("huge string", valid, name, F.stringNode("x".repeat(10_000)));
                }
                if (name.toLowerCase().matches(".*(date|on|at|from|to|until)$")) {
                    send("invalid date", valid, name, F.stringNode("2026-02-30"));
                }
            } else if (v.isNumber()) {
                send("wrong type", valid, name, F.stringNode("12"));
                send("wrong type", valid, name, F.numberNode(1.5));
                send("wrong type", valid, name, F.stringNode("abc"));
                if (name.toLowerCase().endsWith("id")) {
                    send("unknown id", valid, name, F.numberNode(Long.parseLong(UNKNOWN())));
                    send("wrong type", valid, name, F.numberNode(new java.math.BigInteger("99999999999999999999")));
                }
            } else if (v.isBoolean()) {
                send("wrong type", valid, name, F.stringNode("yes"));
            } else if (v.isArray()) {
                send("wrong type", valid, name, F.stringNode("x"));
                ArrayNode nul = F.arrayNode();
                nul.add(F.nullNode());
                send("wrong type", valid, name, nul);
            } else if (v.isObject()) {
                send("wrong type", valid, name, F.numberNode(1));
            }
        }
        for (String name : enums.keySet()) {
            send("unknown enum or key", valid, name, F.stringNode("NO_SUCH_VALUE"));
        }
    }

    private final Map<String, Boolean> enums = new java.util.LinkedHashMap<>();

    private void send(String kind, ObjectNode valid, String name, JsonNode bad) throws Exception {
        ObjectNode copy = valid.deepCopy();
        copy.set(name, bad);
        suite.send(user, method, pathWith(null, null), "application/json", suite.write(copy), kind);
    }

    private void probe(String kind, String target, String query, ObjectNode body) throws Exception {
        suite.send(user, method, target + query, body == null ? null : "application/json",
                body == null ? null : suite.write(body), kind);
    }

    /** A well-formed body of the schema: strings "测试", numbers 1, enums their first value, dates a working day. */
    private ObjectNode skeleton(JsonNode schema) {
        ObjectNode o = F.objectNode();
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            JsonNode s = suite.resolve(p.getValue());
            String type = s.path("type").asString("object");
            if (s.has("enum")) {
                o.put(p.getKey(), s.get("enum").get(0).asString());
                enums.put(p.getKey(), true);
                continue;
            }
            switch (type) {
                case "string" -> o.put(p.getKey(), switch (s.path("format").asString("")) {
                    case "date" -> "2026-03-02";
                    case "date-time" -> "2026-03-02T10:00:00Z";
                    default -> "测试";
                });
                case "integer", "number" -> o.put(p.getKey(), 1);
                case "boolean" -> o.put(p.getKey(), false);
                case "array" -> o.set(p.getKey(), F.arrayNode());
                default -> o.set(p.getKey(), F.objectNode());
            }
        }
        return o;
    }

    /** The path with its variables filled: the one named gets {@code value}, the others a real or unknown id. */
    private String pathWith(String name, String value) {
        Matcher m = VAR.matcher(path);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            String var = m.group(1);
            String v = var.equals(name) ? value : first ? id : switch (var) {
                case "year" -> "2026";
                case "date" -> "2026-03-02";
                default -> "1";
            };
            first = false;
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String UNKNOWN() {
        return BadInputTests.UNKNOWN_ID;
    }
}
