package cn.anjian.enterprises;

/** One problem of an import file: 1-based row as Excel shows it, column title, Chinese message. */
public record ImportError(int row, String column, String message) {
}
