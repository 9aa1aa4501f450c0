package cn.anjian.kernel;

/**
 * The file store could not take or give bytes: not the user's fault and not a refusal by a rule. The web
 * layer answers 503 (unreachable, retry later) or 507 (full); the caller has recorded nothing.
 */
public class StorageFailure extends RuntimeException {

    public enum Kind { UNAVAILABLE, FULL }

    private final Kind kind;

    public StorageFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static StorageFailure unavailable(Throwable cause) {
        return new StorageFailure(Kind.UNAVAILABLE, "文件存储暂时无法访问，文件未保存，请稍后重试", cause);
    }

    public static StorageFailure full(Throwable cause) {
        return new StorageFailure(Kind.FULL, "文件存储空间已满，文件未保存，请联系系统管理员", cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The stable error code of the answer. */
    public String code() {
        return kind == Kind.FULL ? "FILE-STORE-FULL" : "FILE-STORE-UNAVAILABLE";
    }
}
