package cn.anjian.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

/**
 * TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps — what every authenticator app reads from an
 * {@code otpauth://} QR code). The maths is the {@code dev.samstevens.totp} library's; this class only picks the
 * step: the current one or one either side (±1 step tolerance for a phone whose clock is a little off), and says
 * which step matched so the caller can refuse a replay (a step at or before the last one accepted).
 */
final class Totp {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final String ISSUER = "安监执法综合管理平台";
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final CodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Totp() {
    }

    /** A new random secret, Base32, 160 bits (RFC 4226's recommended key length). */
    static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** Whether the text looks like a TOTP code (six digits, spaces ignored), as opposed to a recovery code. */
    static boolean looksLikeCode(String text) {
        return text != null && CODE.matcher(text.replace(" ", "")).matches();
    }

    /** The step (now − 1, now or now + 1) whose code equals {@code code}, or empty. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (!looksLikeCode(code)) {
            return OptionalLong.empty();
        }
        byte[] typed = code.replace(" ", "").getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        for (long s = current - 1; s <= current + 1; s++) {
            if (MessageDigest.isEqual(codeAt(secret, s).getBytes(StandardCharsets.US_ASCII), typed)) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of one step (tests and the matching above). */
    static String codeAt(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code generation failed", e);
        }
    }

    /** The enrolment QR code as a PNG: an {@code otpauth://totp/…} URI, drawn here (never by a third-party service). */
    static byte[] qrPng(String secret, String account) {
        QrData data = new QrData.Builder().label(account).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            return new ZxingPngQrGenerator().generate(data);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    /** The secret in groups of four, for typing it into an app by hand. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
