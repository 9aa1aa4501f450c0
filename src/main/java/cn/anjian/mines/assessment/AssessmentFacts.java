package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 18 item 1: the facts recorded where they happen — accidents at mines, commissioners' integrity violations,
 * tasks the department gave them — scoped (the mine's or the commissioner's jurisdiction) and audited.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class AssessmentFacts {

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Row(long id, FactKind kind, String subject, LocalDate occurredOn, String title, String detail) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("f.id")
            .keyNotNull("occurred", "发生日期", "f.occurred_on").keyNotNull("recorded", "登记顺序", "f.id")
            .byDefault("occurred", false);

    public long record(Actor actor, NewFact f) {
        require(actor);
        if (f == null || f.kind() == null) {
            throw BusinessException.badInput("MA-FACT-KIND", "请选择事实类别");
        }
        String title = Params.text("MA-FACT-TITLE", "情况说明", f.title(), 1000, true);
        if (f.occurredOn() == null || f.occurredOn().isAfter(LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI))) {
            throw BusinessException.badInput("MA-FACT-DATE", "请填写发生日期，且不能晚于今天");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", f.kind().name());
        row.put("occurredOn", Date.valueOf(f.occurredOn()));
        row.put("title", title);
        String scope;
        Long commissioner = null;
        Long mine = null;
        if (f.kind() == FactKind.ACCIDENT) {
            if (f.level() == null || f.accidentKind() == null || f.liability() == null || f.dutiesFulfilled() == null) {
                throw BusinessException.badInput("MA-FACT-ACCIDENT", "事故须填写等级、类别、是否责任事故及调查是否认定监管专员履职到位");
            }
            Map<String, Object> m = mine(actor, f.mineName());
            mine = (Long) m.get("id");
            scope = (String) m.get("scope_path");
        } else {
            if (f.kind() == FactKind.TASK && (f.obeyed() == null || f.completed() == null)) {
                throw BusinessException.badInput("MA-FACT-TASK", "交办任务须填写是否服从安排、是否完成");
            }
            CommissionerRef c = CommissionerRef.byName(jdbc, actor, "MA-FACT-COMMISSIONER", f.commissionerName());
            commissioner = c.id();
            scope = c.scopePath();
        }
        long id = jdbc.sql("""
                INSERT INTO mine_fact (kind, agency_id, scope_path, commissioner_id, mine_id, occurred_on, title, accident_level,
                                       accident_kind, liability, duties_fulfilled, obeyed, completed, created_at, created_by)
                VALUES (:kind, :agency, :scope, :commissioner, :mine, :occurredOn, :title, :level, :akind, :liability, :duties,
                        :obeyed, :completed, :now, :by) RETURNING id""")
                .params(row).param("agency", actor.agencyId()).param("scope", scope).param("commissioner", commissioner)
                .param("mine", mine).param("level", f.kind() == FactKind.ACCIDENT ? f.level().name() : null)
                .param("akind", f.kind() == FactKind.ACCIDENT ? f.accidentKind().name() : null)
                .param("liability", f.kind() == FactKind.ACCIDENT ? f.liability() : null)
                .param("duties", f.kind() == FactKind.ACCIDENT ? f.dutiesFulfilled() : null)
                .param("obeyed", f.kind() == FactKind.TASK ? f.obeyed() : null)
                .param("completed", f.kind() == FactKind.TASK ? f.completed() : null)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("factKind", f.kind().name());
        after.put("occurredOn", f.occurredOn().toString());
        after.put("title", title);
        events.publishEvent(AuditableEvent.change("mines.assessment.fact-recorded", "mine_fact", id, null, after));
        return id;
    }

    private Map<String, Object> mine(Actor actor, String name) {
        if (name == null || name.isBlank()) {
            throw BusinessException.badInput("MA-FACT-MINE", "请填写发生事故的矿山名称");
        }
        return ScopeSql.bind(jdbc.sql("SELECT id, scope_path FROM mine_mine WHERE name = :n AND" + ScopeSql.condition("scope_path")
                        + "ORDER BY id LIMIT 1").param("n", name.strip()), actor).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> BusinessException.badInput("MA-FACT-MINE", "管辖范围内没有名为“" + name.strip() + "”的矿山"));
    }

    static void require(Actor actor) {
        if (!actor.hasPermission("mine:assess")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有登记考核事实的权限");
        }
    }

    @Transactional(readOnly = true)
    public Result list(Actor actor, FactKind kind, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, kind, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_fact f" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(AssessmentFacts::map).list(),
                total, slice.page(), size);
    }

    @Transactional(readOnly = true)
    public void each(Actor actor, FactKind kind, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, kind, params) + sort.orderBy()).params(params)
                .query(AssessmentFacts::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static final String SELECT = """
            SELECT f.id, f.kind, coalesce(m.name, c.name) AS subject, f.occurred_on, f.title, f.accident_level, f.accident_kind,
                   f.liability, f.duties_fulfilled, f.obeyed, f.completed
            FROM mine_fact f LEFT JOIN mine_mine m ON m.id = f.mine_id LEFT JOIN mine_commissioner c ON c.id = f.commissioner_id""";

    private static String where(Actor actor, FactKind kind, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (kind == null) {
            return " WHERE" + ScopeSql.condition("f.scope_path");
        }
        params.put("kind", kind.name());
        return " WHERE" + ScopeSql.condition("f.scope_path") + "AND f.kind = :kind";
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        FactKind kind = FactKind.valueOf(rs.getString("kind"));
        String detail = switch (kind) {
            case ACCIDENT -> AccidentLevel.valueOf(rs.getString("accident_level")).label() + "，"
                    + AccidentKind.valueOf(rs.getString("accident_kind")).label() + "，"
                    + (rs.getBoolean("liability") ? "责任事故" : "非责任事故") + "，"
                    + (rs.getBoolean("duties_fulfilled") ? "调查认定监管专员履职到位" : "调查未认定履职到位");
            case TASK -> (rs.getBoolean("obeyed") ? "服从安排" : "未服从安排") + "，" + (rs.getBoolean("completed") ? "已完成" : "未完成");
            case INTEGRITY -> "";
        };
        return new Row(rs.getLong("id"), kind, rs.getString("subject"), rs.getDate("occurred_on").toLocalDate(),
                rs.getString("title"), detail);
    }
}
