package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Scoped user lists and details (ORG-03 in the SQL itself); phone and ID card leave here masked (IAM-06). */
@Component
@RequiredArgsConstructor
class UserQueries {

    @lombok.Getter
    @RequiredArgsConstructor
    enum Status {
        ENABLED("启用"), DISABLED("停用"), LOCKED("已锁定"), MUST_CHANGE("待改密码");

        private final String label;
    }

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
    private final ExportJdbc export;
    private final Clock clock;

    /** The user list's sortable columns (issue 12): by jurisdiction by default. */
    static final ListSort SORT = ListSort.by("u.id")
            .key("org", "辖区", "u.scope_path").key("username", "登录名", "u.username").key("name", "姓名", "u.display_name")
            .key("agency", "单位", "a.name")
            .byDefault("org", true);

    private static final String SELECT = """
            select u.id, u.username, u.display_name, a.name, un.name, u.phone,
                   (select string_agg(r.name, '、' order by r.code) from iam_user_role ur
                    join iam_role r on r.code = ur.role_code where ur.user_id = u.id),
                   u.enabled, coalesce(u.locked_until > :now, false), u.must_change_password
            from iam_user u join org_agency_view a on a.id = u.agency_id left join org_unit_view un on un.id = u.unit_id
            """;

    Page list(Actor actor, Filter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("select count(*) from iam_user u" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Row> rows = jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(UserQueries::row).list();
        return new Page(rows, slice.page(), size, total);
    }

    /** Every user of the filter in {@code sort} order, phone masked, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void each(Actor actor, Filter filter, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params).query(UserQueries::row).stream()) {
            rows.forEach(sink);
        }
    }

    private String where(Actor actor, Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where u.scope_path like :scope");
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
        return where.toString();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Masking.phone(rs.getString(6)), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10));
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
