package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-09 (art. 18): the register of key periods. A department (province, city or county) defines them for its own
 * jurisdiction; a list shows those that apply to the actor's mines (its own subtree's and its superiors'). Only the
 * defining jurisdiction withdraws one.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class KeyPeriods {

    static final String WHAT = "重点时段";
    public static final String PERMISSION = "mine:key-period";

    public record Filter(Integer year, boolean includeWithdrawn) {
    }

    public record Row(long id, String name, LocalDate startsOn, LocalDate endsOn, int remotePerWeek, String jurisdictionName,
                      long jurisdictionId, Instant createdAt, String createdBy, Instant withdrawnAt) {
        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("k.id")
            .key("starts", "开始日期", "k.starts_on").key("name", "名称", "k.name").key("count", "每周远程监管次数", "k.remote_per_week")
            .byDefault("starts", false);

    private final KeyPeriodRepository periods;
    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Settings settings;
    private final Clock clock;

    /** The count a new key period suggests: art. 12's 3 plus the configured extra (MW-09). */
    @Transactional(readOnly = true)
    public int suggestedPerWeek() {
        return CoverageRules.remoteRequired(true, settings.value(WorkSettings.HOLIDAY_EXTRA_REMOTE,
                LocalDate.now(clock.withZone(Zones.SHANGHAI))));
    }

    public long define(Actor actor, String name, LocalDate from, LocalDate to, Integer perWeek) {
        require(actor);
        KeyPeriod k = KeyPeriod.define(name, from, to, perWeek, actor.jurisdictionId(), actor.scope().path(), clock.instant(),
                actor.username());
        return periods.save(k).id();
    }

    public void withdraw(Actor actor, long id) {
        require(actor);
        KeyPeriod k = periods.findById(id).filter(p -> actor.scope().covers(p.scopePath()) || appliesTo(p, actor))
                .orElseThrow(() -> BusinessException.notFound(WHAT));
        if (k.jurisdictionId() != actor.jurisdictionId()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "MW-09-OWNER", "只有设定该重点时段的部门可以撤销");
        }
        k.withdraw(clock.instant(), actor.username());
        periods.save(k);
    }

    private static boolean appliesTo(KeyPeriod k, Actor actor) {
        return actor.scope().path().startsWith(k.scopePath());
    }

    @Transactional(readOnly = true)
    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_key_period k" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(KeyPeriods::map).list(),
                total, slice.page(), size);
    }

    @Transactional(readOnly = true)
    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, f, params) + sort.orderBy()).params(params)
                .query(KeyPeriods::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static final String SELECT = """
            SELECT k.*, j.name AS jname FROM mine_key_period k JOIN org_jurisdiction_view j ON j.id = k.jurisdiction_id""";

    /** Those of the actor's subtree and those of its superiors (they apply to the actor's mines too). */
    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE (" + ScopeSql.condition("k.scope_path") + "OR :own LIKE k.scope_path || '%')");
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        params.put("own", actor.scope().path());
        if (!f.includeWithdrawn()) {
            w.append(" AND k.withdrawn_at IS NULL");
        }
        if (f.year() != null) {
            w.append(" AND k.starts_on <= :yearEnd AND k.ends_on >= :yearStart");
            params.put("yearStart", Date.valueOf(LocalDate.of(f.year(), 1, 1)));
            params.put("yearEnd", Date.valueOf(LocalDate.of(f.year(), 12, 31)));
        }
        return w.toString();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        var withdrawn = rs.getTimestamp("withdrawn_at");
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getInt("remote_per_week"), rs.getString("jname"),
                rs.getLong("jurisdiction_id"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                withdrawn == null ? null : withdrawn.toInstant());
    }

    private static void require(Actor actor) {
        if (!actor.hasPermission(PERMISSION)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有此项操作的权限");
        }
    }
}
