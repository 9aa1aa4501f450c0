package cn.anjian.reporting.registers;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.ScopeSql;
import cn.anjian.reporting.PublicityActivityKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STAT-02: the legal-publicity activities of a unit (执法情况统计分析制度 art. 5 (二)) — the only statistics entered by hand,
 * so each names who reported it and where the figure comes from. Recorded for the actor's own agency, listed in scope,
 * every entry audited; the statistics count them (STAT-02 figures of {@code RegisterSources}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PublicityActivityRegister {

    static final String WHAT = "普法宣传活动";
    static final ListSort SORT = ListSort.by("a.id").keyNotNull("held", "日期", "a.held_on").keyNotNull("kind", "类别", "a.kind")
            .keyNotNull("quantity", "数量", "a.quantity").byDefault("held", false);

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Agencies agencies;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record NewActivity(PublicityActivityKind kind, LocalDate heldOn, Integer quantity, String place, String theme,
                              String reporter, String source) {
    }

    public record Row(long id, String agencyName, PublicityActivityKind kind, LocalDate heldOn, int quantity, String place,
                      String theme, String reporter, String source) {
    }

    /** The list's filter; {@code j} is a jurisdiction in the actor's scope (the actor's own by default). */
    public record Filter(Jurisdiction j, PublicityActivityKind kind, LocalDate from, LocalDate to, String q) {
    }

    public long record(Actor actor, NewActivity a) {
        requireManage(actor);
        if (a.kind() == null) {
            throw BusinessException.badInput("STAT-02-KIND", "请选择宣传形式");
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        if (a.heldOn() == null || a.heldOn().isAfter(today)) {
            throw BusinessException.badInput("STAT-02-DATE", "活动日期须为今天或以前的日期");
        }
        if (a.quantity() == null || a.quantity() < 1 || a.quantity() > 10_000_000) {
            throw BusinessException.badInput("STAT-02-QUANTITY", "数量须为 1 至 10000000 之间的整数");
        }
        String place = Params.text("STAT-02-PLACE", "地点（媒体）", a.place(), 200, true);
        String theme = Params.text("STAT-02-THEME", "主题", a.theme(), 200, false);
        String reporter = Params.text("STAT-02-REPORTER", "填报人", a.reporter(), 50, true);
        String source = Params.text("STAT-02-SOURCE", "数据来源", a.source(), 200, true);
        Agency agency = agencies.get(actor.agencyId());
        long id = jdbc.sql("""
                INSERT INTO rep_publicity_activity (agency_id, jurisdiction_id, scope_path, kind, held_on, quantity, place, theme,
                    reporter, source, created_at, created_by)
                VALUES (:a, :j, :p, :kind, :held, :q, :place, :theme, :reporter, :source, :now, :by) RETURNING id""")
                .param("a", agency.id()).param("j", agency.jurisdictionId()).param("p", agency.scopePath())
                .param("kind", a.kind().name()).param("held", a.heldOn()).param("q", a.quantity()).param("place", place)
                .param("theme", theme).param("reporter", reporter).param("source", source)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", a.kind().name());
        after.put("heldOn", a.heldOn().toString());
        after.put("quantity", a.quantity());
        after.put("place", place);
        after.put("reporter", reporter);
        after.put("source", source);
        events.publishEvent(AuditableEvent.change("reporting.publicity-activity.recorded", "rep-publicity-activity", id, null, after));
        return id;
    }

    /** The jurisdiction a list is for: the given one in scope (404 otherwise) or the actor's own. */
    @Transactional(readOnly = true)
    public Jurisdiction jurisdiction(Actor actor, Long id) {
        Jurisdiction j = jurisdictions.findById(id == null ? actor.jurisdictionId() : id)
                .orElseThrow(() -> BusinessException.notFound("行政区划"));
        ScopeSql.requireInScope(actor, j.path(), "行政区划");
        return j;
    }

    private static final String SELECT = """
            SELECT a.id, av.name AS agency_name, a.kind, a.held_on, a.quantity, a.place, a.theme, a.reporter, a.source
            FROM rep_publicity_activity a JOIN org_agency_view av ON av.id = a.agency_id""";

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE a.scope_path LIKE :p");
        params.put("p", f.j().path() + "%");
        if (f.kind() != null) {
            w.append(" AND a.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.from() != null) {
            w.append(" AND a.held_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            w.append(" AND a.held_on <= :to");
            params.put("to", f.to());
        }
        if (f.q() != null) {
            w.append(" AND (a.place LIKE :q OR a.theme LIKE :q OR a.reporter LIKE :q OR a.source LIKE :q)");
            params.put("q", Like.contains(f.q()));
        }
        return w.toString();
    }

    @Transactional(readOnly = true)
    public RegisterPage<Row> list(Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String w = where(f, params);
        long total = jdbc.sql("SELECT count(*) FROM rep_publicity_activity a" + w).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new RegisterPage<>(jdbc.sql(SELECT + w + sort.orderBy() + slice.window()).params(params).query(PublicityActivityRegister::row)
                .list(), total, slice.page(), size);
    }

    @Transactional(readOnly = true)
    public void each(Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String w = where(f, params);
        try (Stream<Row> rows = export.sql(SELECT + w + sort.orderBy()).params(params).query(PublicityActivityRegister::row).stream()) {
            rows.forEach(sink);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("agency_name"), PublicityActivityKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class), rs.getInt("quantity"), rs.getString("place"), rs.getString("theme"),
                rs.getString("reporter"), rs.getString("source"));
    }

    static void requireManage(Actor actor) {
        if (!actor.hasPermission("stat-register:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有登记统计台账的权限");
        }
    }
}
