package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.experts.pool.Pool;
import cn.anjian.experts.pool.Pools;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-04: when an agency takes applications — the month of the setting (June) in Beijing time, and any extra window
 * an HR officer or administrator of the agency opened (audited).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ApplicationWindows {

    private final Settings settings;
    private final Pools pools;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** An extra window of an agency. */
    public record Window(long id, LocalDate opensOn, LocalDate closesOn, String reason) {
    }

    @Transactional(readOnly = true)
    public boolean isOpen(long agencyId, LocalDate day) {
        return day.getMonthValue() == settings.value(ApplicationSettings.APPLICATION_MONTH, day)
                || jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM exp_application_window
                                       WHERE agency_id = :a AND opens_on <= :d AND closes_on >= :d)""")
                .param("a", agencyId).param("d", Date.valueOf(day)).query(Boolean.class).single();
    }

    /** EXP-04 gate: an application outside every window is refused, nothing stored. */
    void requireOpen(long agencyId, LocalDate day) {
        if (!isOpen(agencyId, day)) {
            int month = settings.value(ApplicationSettings.APPLICATION_MONTH, day);
            throw new BusinessException("EXP-04", "专家申报每年 " + month + " 月受理，现不在申报期内，请在申报期内提交");
        }
    }

    public long open(Actor actor, LocalDate from, LocalDate to, String reason) {
        ApplicationReview.requireManage(actor);
        if (from == null || to == null) {
            throw BusinessException.badInput("EXP-04-WINDOW", "请填写申报期的起止日期");
        }
        if (to.isBefore(from)) {
            throw BusinessException.badInput("EXP-04-WINDOW", "截止日期不能早于开始日期");
        }
        if (to.isBefore(LocalDate.now(clock.withZone(Zones.SHANGHAI)))) {
            throw BusinessException.badInput("EXP-04-WINDOW", "截止日期已过，不能开放已结束的申报期");
        }
        if (from.plusYears(1).isBefore(to)) {
            throw BusinessException.badInput("EXP-04-WINDOW", "单次增开的申报期不超过一年");
        }
        String r = Params.text("EXP-04-REASON", "增开理由", reason, 200, true);
        Pool pool = pools.of(actor);
        long id = jdbc.sql("""
                INSERT INTO exp_application_window (agency_id, scope_path, opens_on, closes_on, reason, created_at, created_by)
                VALUES (:a, :p, :f, :t, :r, :now, :by) RETURNING id""")
                .param("a", pool.agencyId()).param("p", pool.scopePath()).param("f", Date.valueOf(from))
                .param("t", Date.valueOf(to)).param("r", r).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("agencyId", pool.agencyId());
        after.put("opensOn", from.toString());
        after.put("closesOn", to.toString());
        after.put("reason", r);
        events.publishEvent(AuditableEvent.change("experts.application-window.opened", "expert_application_window", id, null, after));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Window> windows(Actor actor) {
        return jdbc.sql("""
                SELECT id, opens_on, closes_on, reason FROM exp_application_window
                WHERE agency_id = :a AND scope_path LIKE :scope ORDER BY opens_on DESC, id DESC LIMIT 20""")
                .param("a", actor.agencyId()).param("scope", actor.scope().pattern())
                .query((rs, n) -> new Window(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getString(4))).list();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.SHANGHAI));
    }

    @Transactional(readOnly = true)
    public int month(LocalDate day) {
        return settings.value(ApplicationSettings.APPLICATION_MONTH, day);
    }
}
