package cn.anjian.publicity.portal;

/** The search keys of a typed text, as V9_61's search_bigrams() computes a title's (the portal's search and the public list). */
public final class SearchKeys {

    private SearchKeys() {
    }

    /** The distinct two-character substrings of the text, by code point (none for a single character). */
    public static String[] bigrams(String text) {
        int[] cps = text.codePoints().toArray();
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out.toArray(String[]::new);
    }
}
