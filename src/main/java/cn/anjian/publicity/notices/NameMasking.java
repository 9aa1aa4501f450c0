package cn.anjian.publicity.notices;

/**
 * PUB-12 / IAM-06: a person's name on a public page keeps only its first and last character
 * (张*明, 欧**华); two-character names keep the surname (张*); a single character is hidden.
 * identity's {@code Masking} has no name rule yet; this belongs there once it has (see the README).
 */
final class NameMasking {

    private NameMasking() {
    }

    static String name(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        int[] cps = v.codePoints().toArray();
        if (cps.length == 0) {
            return "";
        }
        if (cps.length == 1) {
            return "*";
        }
        if (cps.length == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }
}
