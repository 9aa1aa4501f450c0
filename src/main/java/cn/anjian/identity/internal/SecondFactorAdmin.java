package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's side of two-factor sign-in (issue 13): who in the jurisdiction has enrolled, and the
 * reset of a user's second factor when the phone is lost — audited, and every session and token of the user ends.
 */
@Service
@RequiredArgsConstructor
class SecondFactorAdmin {

    record Enrolled(long userId, String username, String displayName, String agencyName, Instant enrolledAt,
                    Instant lastUsedAt, int recoveryCodesLeft) {
    }

    record Page(List<Enrolled> rows, int page, long total, boolean hasNext) {
    }

    private final SecondFactors factors;
    private final UserAccounts accounts;
    private final SessionTerminator sessions;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final ExportJdbc exports;
    private final Clock clock;

    /** The list's sortable columns (issue 12 list kit): newest enrolment first by default. */
    static final ListSort SORT = ListSort.by("f.id").key("name", "姓名", "u.display_name").key("agency", "机构", "a.name")
            .key("enrolled", "绑定时间", "f.enrolled_at").key("used", "最近使用", "f.last_used_at").byDefault("enrolled", false);

    private static final String FROM = """
             from iam_second_factor f join iam_user u on u.id = f.user_id join org_agency_view a on a.id = u.agency_id
             where u.scope_path like :scope and (cast(:q as text) is null or u.display_name like :q or u.username like :q)""";
    private static final String SELECT = """
            select u.id, u.username, u.display_name, a.name, f.enrolled_at, f.last_used_at,
                   (select count(*) from iam_recovery_code c where c.second_factor_id = f.id and c.used_at is null)""";

    /** Enrolled users in the actor's jurisdiction (ORG-03), filtered by name or login. */
    @Transactional(readOnly = true)
    public Page enrolled(Actor actor, String q, ListSort.Sort sort, int page, int size) {
        String like = like(q);
        long total = jdbc.sql("select count(*)" + FROM).param("scope", actor.scope().pattern()).param("q", like)
                .query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Enrolled> rows = jdbc.sql(SELECT + FROM + sort.orderBy() + slice.window())
                .param("scope", actor.scope().pattern()).param("q", like).query(SecondFactorAdmin::row).list();
        return new Page(rows, slice.page(), total, (long) (slice.page() + 1) * size < total);
    }

    /** The same rows, all of them, for the Excel export (streamed). */
    @Transactional(readOnly = true)
    public void each(Actor actor, String q, ListSort.Sort sort, java.util.function.Consumer<Enrolled> rows) {
        try (var stream = exports.sql(SELECT + FROM + sort.orderBy()).param("scope", actor.scope().pattern())
                .param("q", like(q)).query(SecondFactorAdmin::row).stream()) {
            stream.forEach(rows);
        }
    }

    private static String like(String q) {
        return q == null || q.isBlank() ? null : Like.contains(q.strip());
    }

    private static Enrolled row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Enrolled(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                LoginService.toInstant(rs.getObject(5, java.time.OffsetDateTime.class)),
                LoginService.toInstant(rs.getObject(6, java.time.OffsetDateTime.class)), rs.getInt(7));
    }

    /**
     * Removes the user's second factor; the user enrols again at the next sign-in (administrators must) or on the
     * account page. Not one's own: another security administrator does that.
     */
    @Transactional
    public void reset(Actor actor, long userId) {
        UserAccount user = accounts.findById(userId).filter(u -> actor.scope().covers(u.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("用户"));
        if (user.username().equalsIgnoreCase(actor.username())) {
            throw BusinessException.conflict("IAM-MFA-RESET-SELF", "不能重置本人的双因素认证，请由另一名安全管理员办理");
        }
        SecondFactor factor = factors.findByUserId(userId)
                .orElseThrow(() -> BusinessException.conflict("IAM-MFA-NOT-ENROLLED", "该用户尚未绑定验证器，无需重置"));
        factors.delete(factor);
        sessions.revokeAll(userId, user.username(), clock.instant());
        events.publishEvent(AuditableEvent.change("iam.mfa.reset", "user", userId,
                Map.of("enrolledAt", factor.enrolledAt().toString()), Map.of("by", actor.username())));
    }
}
