package cn.anjian.kernel;

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

    /**
     * A person's name on public pages and notices (PUB-12): first and last character kept
     * ({@code 张晓明} → {@code 张*明}, {@code 欧阳振华} → {@code 欧**华}); two characters keep the
     * surname ({@code 张*}); a single character is hidden.
     */
    public static String name(String value) {
        if (value == null) {
            return null;
        }
        int[] cps = value.strip().codePoints().toArray();
        return switch (cps.length) {
            case 0 -> "";
            case 1 -> "*";
            case 2 -> new String(cps, 0, 1) + "*";
            default -> new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
        };
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
