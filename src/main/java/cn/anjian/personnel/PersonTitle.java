package cn.anjian.personnel;

/** A professional title (职称): e.g. 高级工程师, level, field (安全工程), whether relevant to safety work. */
public record PersonTitle(String title, TitleLevel level, String field, boolean relevant) {
}
