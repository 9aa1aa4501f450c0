package cn.anjian.identity;

/**
 * Personal data masking (IAM-06) for lists, exports, logs and the API. Null-safe; values too short to
 * keep a recognisable prefix and suffix are masked completely, so nothing leaks from short inputs.
 */
public final class Masking {

    private Masking() {
    }

    /** {@code 140525199001011234} → {@code 1405**********1234}. */
    public static String idCard(String value) {
        return keep(value, 4, 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return "";
        }
        // keep head and tail only when at least 4 characters remain hidden; shorter values are masked entirely
        if (v.length() < head + tail + 4) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}
