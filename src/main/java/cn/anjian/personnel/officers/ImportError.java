package cn.anjian.personnel.officers;

/** One problem of an import file: sheet, 1-based row as Excel shows it, column title, Chinese message. */
public record ImportError(String sheet, int row, String column, String message) {
}
