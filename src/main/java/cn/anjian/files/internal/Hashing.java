package cn.anjian.files.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SHA-256 and SM3 (GB/T 32905) updated together, so one pass over the bytes gives both fingerprints. */
public final class Hashing {

    private final MessageDigest sha256;
    private final SM3Digest sm3 = new SM3Digest();
    private final boolean withSm3;

    public Hashing(boolean withSm3) {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.withSm3 = withSm3;
    }

    public void update(byte[] b, int off, int len) {
        sha256.update(b, off, len);
        if (withSm3) {
            sm3.update(b, off, len);
        }
    }

    /** For a hasher whose SHA-256 side is unused (SM3 computed on its own thread). */
    public void updateSm3Only(byte[] b, int off, int len) {
        sm3.update(b, off, len);
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    public String sm3Hex() {
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
