package cn.anjian.files;

/** Result of the last fingerprint check of a stored file (REC-09). */
public enum Integrity { OK, CORRUPT }
