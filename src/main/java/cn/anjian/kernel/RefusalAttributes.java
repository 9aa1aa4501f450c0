package cn.anjian.kernel;

/**
 * Request attributes with which a filter that refuses a request before any handler runs (with {@code sendError})
 * hands its stable code and Chinese reason to the error dispatch, which answers in the app's format.
 */
public final class RefusalAttributes {

    public static final String CODE = "cn.anjian.refusal.code";
    public static final String REASON = "cn.anjian.refusal.reason";

    private RefusalAttributes() {
    }
}
