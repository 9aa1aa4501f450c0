package cn.anjian.kernel;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one tracking code of everything the public files and follows without an account (CMP-01 / PUB-09 complaints,
 * tips and questions: "JD"; EXP-04 expert applications: "ZJ"): the prefix and 16 characters drawn from 32 with a
 * SecureRandom, i.e. 80 bits — unguessable, and look-ups are rate-limited per address (web's PublicAbuseGuard).
 * No date or sequence in it.
 */
public final class TrackingCodes {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int RANDOM_CHARS = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next(String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** A typed code, upper-cased and stripped; null when it cannot be a code of that prefix (then nothing is looked up). */
    public static String normalise(String prefix, String typed) {
        if (typed == null) {
            return null;
        }
        String c = typed.strip().toUpperCase(Locale.ROOT);
        return c.matches(prefix + "[A-Z0-9]{6,22}") ? c : null;
    }
}
