package cn.anjian.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The chain hash (AUD-02): {@code hash = H(canonical(position, prevHash, entry))}, hex encoded. The
 * canonical form is a JSON object with a fixed member order, timestamps as UTC ISO-8601 with exactly
 * six fraction digits (PostgreSQL's precision) and before/after in {@link CanonicalJson} form. The
 * position and the previous hash are inside the hashed text, so moving, removing or inserting a row
 * breaks every later link. Format version {@code v:1}; a new format would get a new version.
 */
final class ChainHash {

    static final String SM3 = "SM3";
    static final String SHA_256 = "SHA-256";
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    static boolean supports(String algorithm) {
        return SM3.equals(algorithm) || SHA_256.equals(algorithm);
    }

    static String hash(String algorithm, long position, String prevHash, EntryRow e) {
        byte[] input = canonical(position, prevHash, e).getBytes(StandardCharsets.UTF_8);
        return HEX.formatHex(digest(algorithm, input));
    }

    static String canonical(long position, String prevHash, EntryRow e) {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"v\":1,\"position\":").append(position);
        field(b, "prevHash", prevHash);
        b.append(",\"id\":").append(e.id());
        field(b, "occurredAt", UTC_MICROS.format(e.occurredAt()));
        field(b, "actor", e.actor());
        field(b, "sourceAddress", e.sourceAddress());
        field(b, "action", e.action());
        field(b, "subjectType", e.subjectType());
        field(b, "subjectId", e.subjectId());
        field(b, "scopePath", e.scopePath());
        b.append(",\"before\":").append(json(e.before()));
        b.append(",\"after\":").append(json(e.after()));
        return b.append('}').toString();
    }

    private static String json(String text) {
        String c = CanonicalJson.canonicalize(text);
        return c == null ? "null" : c;
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(",\"").append(name).append("\":");
        if (value == null) {
            b.append("null");
        } else {
            CanonicalJson.quote(value, b);
        }
    }

    static byte[] digest(String algorithm, byte[] input) {
        if (SM3.equals(algorithm)) {
            SM3Digest d = new SM3Digest();
            d.update(input, 0, input.length);
            byte[] out = new byte[d.getDigestSize()];
            d.doFinal(out, 0);
            return out;
        }
        if (SHA_256.equals(algorithm)) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(input);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("unsupported chain algorithm: " + algorithm);
    }
}
