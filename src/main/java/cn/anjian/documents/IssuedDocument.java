package cn.anjian.documents;

/** A generated, numbered document stored in the file store: its number, the stored file, the template version used. */
public record IssuedDocument(IssuedNumber number, long fileId, String fileName, String sha256, long size, int templateVersion) {
}
