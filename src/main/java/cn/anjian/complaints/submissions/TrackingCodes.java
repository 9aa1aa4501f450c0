package cn.anjian.complaints.submissions;

import java.security.SecureRandom;

/**
 * CMP-01 / PUB-09: the one tracking code of every submission (supervisors', the public's complaints and tips,
 * questions about published entries): "JD" and 16 characters drawn from 32 with a SecureRandom, i.e. 80 bits —
 * unguessable, and look-ups are rate-limited per address (web's PublicAbuseGuard). No date or sequence in it.
 */
final class TrackingCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int RANDOM_CHARS = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String next() {
        StringBuilder b = new StringBuilder("JD");
        for (int i = 0; i < RANDOM_CHARS; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** A typed code, upper-cased and stripped; null when it cannot be a code (then nothing is looked up). */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String c = typed.strip().toUpperCase(java.util.Locale.ROOT);
        return c.matches("JD[A-Z0-9]{6,22}") ? c : null;
    }
}
