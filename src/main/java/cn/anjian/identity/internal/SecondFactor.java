package cn.anjian.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user's second factor (issue 13, MLPS 2.0 level 3 identification): the TOTP secret, encrypted; the last time step
 * accepted, so a code is good once; ten recovery codes, hashed, each good once. A concurrent use of the same code
 * fails on {@code @Version}.
 */
@Table("iam_second_factor")
class SecondFactor extends AbstractAggregateRoot<SecondFactor> {

    static final int RECOVERY_CODES = 10;

    @Table("iam_recovery_code")
    record RecoveryCode(String codeHash, Instant usedAt) {
        boolean unused() {
            return usedAt == null;
        }
    }

    @Id
    private Long id;
    private long userId;
    private String secretEncrypted;
    private Instant enrolledAt;
    private Long lastStep;
    private Instant lastUsedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "second_factor_id", keyColumn = "position")
    private List<RecoveryCode> recoveryCodes = new ArrayList<>();

    @PersistenceCreator
    SecondFactor() {
    }

    /** Enrolment, confirmed with a code of {@code step}; that step is used up. */
    static SecondFactor enrol(long userId, String username, String secretEncrypted, long step, List<String> codeHashes,
                              Instant now, String source) {
        if (codeHashes.size() != RECOVERY_CODES) {
            throw new IllegalArgumentException("ten recovery codes expected");
        }
        SecondFactor f = new SecondFactor();
        f.userId = userId;
        f.secretEncrypted = secretEncrypted;
        f.enrolledAt = now;
        f.lastStep = step;
        f.lastUsedAt = now;
        codeHashes.forEach(h -> f.recoveryCodes.add(new RecoveryCode(h, null)));
        f.registerEvent(AuditableEvent.security("iam.mfa.enrolled", username, source, Map.of("recoveryCodes", RECOVERY_CODES)));
        return f;
    }

    /** Whether a code of this step may still be accepted (it is after the last one accepted). */
    boolean fresh(long step) {
        return lastStep == null || step > lastStep;
    }

    /** Sign-in with the code of {@code step}; a step at or before the last one is a replay and refused. */
    void acceptCode(long step, Instant now) {
        if (!fresh(step)) {
            throw new BusinessException("IAM-MFA-REPLAY", "该动态码已使用过，请等待验证器显示新的动态码");
        }
        lastStep = step;
        lastUsedAt = now;
    }

    /**
     * Sign-in with a recovery code: the first unused one that {@code matches} is used up (audited with the number
     * left); none → refused.
     */
    void useRecoveryCode(Predicate<String> matches, String username, Instant now, String source) {
        for (int i = 0; i < recoveryCodes.size(); i++) {
            RecoveryCode c = recoveryCodes.get(i);
            if (c.unused() && matches.test(c.codeHash())) {
                recoveryCodes.set(i, new RecoveryCode(c.codeHash(), now));
                lastUsedAt = now;
                registerEvent(AuditableEvent.security("iam.mfa.recovery-code-used", username, source,
                        Map.of("remaining", remainingRecoveryCodes())));
                return;
            }
        }
        throw new BusinessException("IAM-MFA-CODE", "恢复码不正确或已使用");
    }

    int remainingRecoveryCodes() {
        return (int) recoveryCodes.stream().filter(RecoveryCode::unused).count();
    }

    /** The events registered and not yet published (tests of the transitions). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    Long id() { return id; }
    long userId() { return userId; }
    String secretEncrypted() { return secretEncrypted; }
    Instant enrolledAt() { return enrolledAt; }
    Instant lastUsedAt() { return lastUsedAt; }
    List<RecoveryCode> recoveryCodes() { return List.copyOf(recoveryCodes); }
}
