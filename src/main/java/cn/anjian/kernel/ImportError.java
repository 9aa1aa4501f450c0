package cn.anjian.kernel;

/** One problem of an import file: sheet, 1-based row as Excel shows it (0 for the file itself), column title, Chinese message. */
public record ImportError(String sheet, int row, String column, String message) {
}
