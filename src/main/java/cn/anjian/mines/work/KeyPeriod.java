package cn.anjian.mines.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MW-09 (art. 18): a key period (重点时段) a department sets for the mines of its jurisdiction: from its first to its
 * last day, every ISO week it touches asks for {@code remotePerWeek} remote checks (at least art. 12's 3). Withdrawn,
 * it no longer counts; history stays.
 */
@Table("mine_key_period")
class KeyPeriod extends AbstractAggregateRoot<KeyPeriod> {

    /** A key period is a season of intensified supervision, not a standing rule: at most a year. */
    static final int MAX_DAYS = 366;
    /** Three a day at most: more is not supervision but a quota nobody can keep. */
    static final int MAX_PER_WEEK = 21;

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int remotePerWeek;
    private long jurisdictionId;
    private String scopePath;
    private Instant createdAt;
    private String createdBy;
    private Instant withdrawnAt;
    private String withdrawnBy;

    @PersistenceCreator
    private KeyPeriod() {
    }

    static KeyPeriod define(String name, LocalDate startsOn, LocalDate endsOn, Integer remotePerWeek, long jurisdictionId,
                            String scopePath, Instant now, String by) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw BusinessException.badInput("MW-09-NAME", "请填写重点时段名称（不超过 100 字）");
        }
        if (startsOn == null || endsOn == null) {
            throw BusinessException.badInput("MW-09-DATES", "请填写重点时段的起止日期");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new BusinessException("MW-09-DATES", "重点时段的结束日期不能早于开始日期");
        }
        if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > MAX_DAYS) {
            throw new BusinessException("MW-09-DATES", "一个重点时段不能超过 " + MAX_DAYS + " 天");
        }
        if (remotePerWeek == null || remotePerWeek < CoverageRules.REMOTE_PER_WEEK || remotePerWeek > MAX_PER_WEEK) {
            throw new BusinessException("MW-09-COUNT", "重点时段每周远程监管次数应在 " + CoverageRules.REMOTE_PER_WEEK + "～"
                    + MAX_PER_WEEK + " 次之间（平时每周不少于 3 次，第十二条）");
        }
        KeyPeriod k = new KeyPeriod();
        k.name = name.strip();
        k.startsOn = startsOn;
        k.endsOn = endsOn;
        k.remotePerWeek = remotePerWeek;
        k.jurisdictionId = jurisdictionId;
        k.scopePath = scopePath;
        k.createdAt = now;
        k.createdBy = by;
        k.registerEvent(AuditableEvent.change("mines.key-period.defined", "mine_key_period", "new", null, k.snapshot()));
        return k;
    }

    void withdraw(Instant now, String by) {
        if (withdrawnAt != null) {
            throw BusinessException.conflict("MW-09-STATE", "该重点时段已撤销");
        }
        Map<String, Object> before = snapshot();
        withdrawnAt = now;
        withdrawnBy = by;
        registerEvent(AuditableEvent.change("mines.key-period.withdrawn", "mine_key_period", id, before, snapshot()));
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("startsOn", startsOn.toString());
        s.put("endsOn", endsOn.toString());
        s.put("remotePerWeek", remotePerWeek);
        s.put("withdrawn", withdrawnAt != null);
        return s;
    }

    Long id() {
        return id;
    }

    long jurisdictionId() {
        return jurisdictionId;
    }

    String scopePath() {
        return scopePath;
    }
}
