package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 (MLPS 2.0 level 3): the TOTP step arithmetic and the second factor's transitions, without Spring. */
class SecondFactorAggregateTests {

    /** RFC 6238 appendix B's SHA-1 key "12345678901234567890", Base32. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    @DisplayName("MLPS two-factor: codes are RFC 6238's (appendix B test vectors, last six digits)")
    void rfc6238Vectors() {
        assertThat(Totp.codeAt(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    @DisplayName("MLPS two-factor: the current step and one either side match; two steps off, other text and a wrong code do not")
    void tolerance() {
        long now = Totp.step(NOW);
        for (int d = -1; d <= 1; d++) {
            assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now + d), NOW)).hasValue(now + d);
        }
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now - 2), NOW)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now + 2), NOW)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", NOW)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, NOW)).isEmpty();
        assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
        assertThat(Totp.qrPng(Totp.newSecret(), "张三")).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    static SecondFactor enrolled(long step) {
        List<String> hashes = IntStream.range(0, 10).mapToObj(i -> "hash-" + i).toList();
        return SecondFactor.enrol(7, "user", "encrypted", step, hashes, NOW, "127.0.0.1");
    }

    @Test
    @DisplayName("MLPS two-factor: enrolment is audited and uses up its step; a later step is accepted, the same or an earlier one is a replay (refused, nothing changed)")
    void replay() {
        SecondFactor f = enrolled(100);
        assertThat(f.pendingEvents()).extracting(e -> ((AuditableEvent) e).action()).containsExactly("iam.mfa.enrolled");
        assertThat(f.fresh(100)).isFalse();
        assertThatThrownBy(() -> f.acceptCode(100, NOW)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("IAM-MFA-REPLAY"));
        assertThatThrownBy(() -> f.acceptCode(99, NOW)).isInstanceOf(BusinessException.class);
        f.acceptCode(101, NOW.plusSeconds(30));
        assertThat(f.fresh(101)).isFalse();
        assertThat(f.fresh(102)).isTrue();
        assertThat(f.lastUsedAt()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    @DisplayName("MLPS two-factor: ten recovery codes, each usable once (audited with the number left); an unknown or used one is refused")
    void recoveryCodes() {
        assertThatThrownBy(() -> SecondFactor.enrol(7, "user", "e", 1, Collections.nCopies(9, "h"), NOW, null))
                .isInstanceOf(IllegalArgumentException.class);
        SecondFactor f = enrolled(1);
        assertThat(f.remainingRecoveryCodes()).isEqualTo(10);
        f.useRecoveryCode("hash-3"::equals, "user", NOW, null);
        assertThat(f.remainingRecoveryCodes()).isEqualTo(9);
        assertThat(f.pendingEvents()).extracting(e -> ((AuditableEvent) e).action()).contains("iam.mfa.recovery-code-used");
        assertThatThrownBy(() -> f.useRecoveryCode("hash-3"::equals, "user", NOW, null)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("IAM-MFA-CODE"));
        assertThatThrownBy(() -> f.useRecoveryCode("other"::equals, "user", NOW, null)).isInstanceOf(BusinessException.class);
        assertThat(f.remainingRecoveryCodes()).isEqualTo(9);
    }
}
