package cn.anjian.documents;

/** A document type (文书种类) and its number format, e.g. {@code {agencyShort}罚〔{year}〕{n}号}. */
public record DocType(String code, String name, String formatPattern) {
}
