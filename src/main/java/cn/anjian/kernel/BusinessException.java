package cn.anjian.kernel;

/**
 * A refusal by the domain: a stable error code (e.g. {@code CAL-NO-DATA}, {@code IAM-02}) and a
 * clear Chinese message for the user. Thrown before anything is changed, so the page, the API and
 * any import all see the same refusal. Mapped to HTTP by the web layer according to {@link Kind}.
 */
public class BusinessException extends RuntimeException {

    /** How the refusal maps to HTTP: 422 rule violation, 404 unknown or out-of-scope id, 409 conflict, 400 bad input. */
    public enum Kind { RULE, NOT_FOUND, CONFLICT, BAD_INPUT, FORBIDDEN }

    private final String code;
    private final Kind kind;

    public BusinessException(String code, String message) {
        this(Kind.RULE, code, message);
    }

    public BusinessException(Kind kind, String code, String message) {
        super(message);
        this.code = code;
        this.kind = kind;
    }

    public static BusinessException notFound(String what) {
        return new BusinessException(Kind.NOT_FOUND, "NOT-FOUND", what + "不存在或不在您的管辖范围内");
    }

    public static BusinessException conflict(String code, String message) {
        return new BusinessException(Kind.CONFLICT, code, message);
    }

    public static BusinessException badInput(String code, String message) {
        return new BusinessException(Kind.BAD_INPUT, code, message);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
