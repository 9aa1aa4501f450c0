package cn.anjian.documents;

/** A generated, numbered document stored in the file store: its number and the stored file. */
public record IssuedDocument(IssuedNumber number, long fileId, String fileName, String sha256, long size) {
}
