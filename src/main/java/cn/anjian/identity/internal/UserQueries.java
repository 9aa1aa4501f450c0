package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Like;
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Scoped user lists and details (ORG-03 in the SQL itself); phone and ID card leave here masked (IAM-06). */
@Component
@RequiredArgsConstructor
class UserQueries {

    enum Status { ENABLED, DISABLED, LOCKED, MUST_CHANGE }

    record Filter(String name, Long agencyId, String role, Status status) {
    }

    record Row(long id, String username, String displayName, String agencyName, String unitName, String phone,
               String roles, boolean enabled, boolean locked, boolean mustChangePassword) {
    }

    record Page(List<Row> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    record Detail(long id, String username, String displayName, long agencyId, String agencyName, Long unitId,
                  String unitName, String phone, String idCard, boolean hasPhone, boolean hasIdCard, List<String> roles,
                  boolean enabled, int failedLogins, LocalDateTime lockedUntil, boolean locked,
                  boolean mustChangePassword, int version, LocalDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Page list(Actor actor, Filter filter, int page, int size) {
        int p = Math.max(0, Math.min(page, 100_000));
        int s = Math.max(1, Math.min(size, 100));
        StringBuilder where = new StringBuilder(" where u.scope_path like :scope");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", actor.scope().pattern());
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and (u.username ilike :q escape '\\' or u.display_name ilike :q escape '\\')");
            String q = filter.name().strip();
            q = q.length() > 64 ? q.substring(0, 64) : q;
            params.put("q", Like.contains(q));
        }
        if (filter.agencyId() != null) {
            where.append(" and u.agency_id = :agency");
            params.put("agency", filter.agencyId());
        }
        if (filter.role() != null && !filter.role().isBlank()) {
            where.append(" and exists (select 1 from iam_user_role ur where ur.user_id = u.id and ur.role_code = :role)");
            params.put("role", filter.role());
        }
        if (filter.status() != null) {
            where.append(switch (filter.status()) {
                case ENABLED -> " and u.enabled";
                case DISABLED -> " and not u.enabled";
                case LOCKED -> " and u.locked_until > :now";
                case MUST_CHANGE -> " and u.must_change_password";
            });
        }
        params.put("now", LoginService.ts(clock.instant()));
        long total = jdbc.sql("select count(*) from iam_user u" + where).params(params).query(Long.class).single();
        params.put("limit", s);
        params.put("offset", (long) p * s);
        List<Row> rows = jdbc.sql("""
                        select u.id, u.username, u.display_name, a.name, un.name, u.phone,
                               (select string_agg(r.name, '、' order by r.code) from iam_user_role ur
                                join iam_role r on r.code = ur.role_code where ur.user_id = u.id),
                               u.enabled, coalesce(u.locked_until > :now, false), u.must_change_password
                        from iam_user u join org_agency_view a on a.id = u.agency_id left join org_unit_view un on un.id = u.unit_id
                        """ + where + " order by u.scope_path, u.agency_id, u.username limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Masking.phone(rs.getString(6)), rs.getString(7), rs.getBoolean(8),
                        rs.getBoolean(9), rs.getBoolean(10)))
                .list();
        return new Page(rows, p, s, total);
    }

    Detail detail(Actor actor, long id) {
        Instant now = clock.instant();
        List<String> roles = jdbc.sql("""
                        select r.name from iam_user_role ur join iam_role r on r.code = ur.role_code
                        where ur.user_id = :id order by r.code""").param("id", id).query(String.class).list();
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.agency_id, a.name, u.unit_id, un.name, u.phone, u.id_card,
                               u.enabled, u.failed_logins, u.locked_until, u.must_change_password, u.version, u.created_at,
                               u.scope_path
                        from iam_user u join org_agency_view a on a.id = u.agency_id left join org_unit_view un on un.id = u.unit_id
                        where u.id = :id and u.scope_path like :scope""")
                .param("id", id).param("scope", actor.scope().pattern())
                .query((rs, n) -> {
                    Instant lockedUntil = LoginService.toInstant(rs.getObject(12, OffsetDateTime.class));
                    return new Detail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getObject(6, Long.class), rs.getString(7), Masking.phone(rs.getString(8)),
                            Masking.idCard(rs.getString(9)), rs.getString(8) != null, rs.getString(9) != null, roles,
                            rs.getBoolean(10), rs.getInt(11), local(lockedUntil), lockedUntil != null && lockedUntil.isAfter(now),
                            rs.getBoolean(13), rs.getInt(14), local(LoginService.toInstant(rs.getObject(15, OffsetDateTime.class))));
                })
                .optional().orElseThrow(() -> BusinessException.notFound("用户"));
    }

    private static LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, Zones.SHANGHAI);
    }
}
