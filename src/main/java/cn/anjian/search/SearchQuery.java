package cn.anjian.search;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;

/**
 * A checked search text: stripped, 1..{@value #MAX_LENGTH} characters, no control characters (NUL
 * included) or direction overrides ({@link Params#text}); refusals are BAD_INPUT (400) with a Chinese
 * message. {@code limit} is how many hits a provider returns at most per kind; providers fetch one more
 * to tell whether there are more.
 */
public record SearchQuery(String text, int limit) {

    public static final int MAX_LENGTH = 50;
    public static final int LIMIT = 10;

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw BusinessException.badInput("SEARCH-EMPTY", "请输入要搜索的内容");
        }
    }

    public static SearchQuery parse(String raw) {
        String text = Params.text("SEARCH-TEXT", "搜索内容", raw, MAX_LENGTH, false);
        if (text == null) {
            throw BusinessException.badInput("SEARCH-EMPTY", "请输入要搜索的内容");
        }
        return new SearchQuery(text, LIMIT);
    }

    /**
     * The condition that lets PostgreSQL find {@code column LIKE '%text%'} through the column's
     * {@code search_bigrams} GIN index (every two characters of the text occur in the column), or "" for a
     * one-character text (no bigram: the LIKE alone decides), followed by a line break. Bind {@code :text} to {@link #text()}.
     */
    public String bigrams(String column) {
        // ends with a line break: the next text block's first line follows it
        return text.codePointCount(0, text.length()) < 2 ? "\n" : " AND search_bigrams(" + column + ") @> search_bigrams(:text)\n";
    }

    /** The text as an upper-case code (credit codes, case numbers typed in lower case). */
    public String upper() {
        return text.toUpperCase(java.util.Locale.ROOT);
    }
}
