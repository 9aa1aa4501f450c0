package cn.anjian.documents;

/** What a download needs to know of a stored document before streaming it. */
public record DocumentFile(long fileId, String name, String contentType, long size) {
}
