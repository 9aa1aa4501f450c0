package cn.anjian.kernel;

/** The one way to turn a user's search text into a SQL LIKE/ILIKE pattern: wildcards typed by the user match literally. */
public final class Like {

    private Like() {
    }

    /** "%text%" with {@code \}, {@code %} and {@code _} escaped; use with {@code ESCAPE '\'} (PostgreSQL's default). */
    public static String contains(String text) {
        return "%" + escape(text.strip()) + "%";
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
