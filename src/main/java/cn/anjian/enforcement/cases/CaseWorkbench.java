package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbench's case figures (issue 12), in the actor's scope (ORG-03): cases in each stage before closure,
 * counted exactly as the case list filtered by that stage counts them (so the number links to its list), and
 * for heads the cases opened per month of the last twelve, by current stage (the chart).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseWorkbench {

    /** Stages of a case still in progress; the list filter {@code ?stage=} shows the same rows. */
    public static final List<CaseStage> OPEN_STAGES = List.of(CaseStage.INITIATION, CaseStage.INVESTIGATION,
            CaseStage.DECISION, CaseStage.SERVICE, CaseStage.EXECUTION);
    static final int MONTHS = 12;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CaseList list;
    private final cn.anjian.personnel.PersonAccounts accounts;

    public record StageCount(CaseStage stage, long count) {
    }

    /** Months (yyyy-MM, oldest first) and, per stage label, the cases opened in each month now in that stage. */
    public record MonthlyChart(List<String> months, Map<String, List<Long>> byStage) {

        /** The chart's data as JSON for the page's {@code data-chart} attribute (labels are this class's own text). */
        public String json() {
            StringBuilder b = new StringBuilder("{\"months\":[");
            b.append(String.join(",", months.stream().map(m -> "\"" + m + "\"").toList())).append("],\"series\":[");
            List<String> series = new ArrayList<>();
            byStage.forEach((label, counts) -> series.add("{\"name\":\"" + label + "\",\"data\":["
                    + String.join(",", counts.stream().map(String::valueOf).toList()) + "]}"));
            return b.append(String.join(",", series)).append("]}").toString();
        }
    }

    public List<StageCount> openByStage(Actor actor) {
        Map<CaseStage, Long> counts = new EnumMap<>(CaseStage.class);
        jdbc.sql("""
                        SELECT stage, count(*) AS n FROM enf_case
                        WHERE scope_path LIKE :scope AND stage IN (:stages) GROUP BY stage""")
                .param("scope", actor.scope().pattern()).param("stages", OPEN_STAGES.stream().map(Enum::name).toList())
                .query((rs, i) -> counts.put(CaseStage.valueOf(rs.getString("stage")), rs.getLong("n"))).list();
        return OPEN_STAGES.stream().map(s -> new StageCount(s, counts.getOrDefault(s, 0L))).toList();
    }

    /**
     * "我的案件" by stage: the actor's open cases (his person on the current team), each counted by the case list with
     * the filter its link carries ({@code /cases?mine=true&stage=…}); empty when his account is not linked to a person.
     */
    public List<StageCount> mineByStage(Actor actor) {
        if (accounts.personOf(actor.userId()).isEmpty()) {
            return List.of();
        }
        return OPEN_STAGES.stream().map(s -> new StageCount(s, list.count(actor, CaseFilter.mine(s)))).toList();
    }

    public MonthlyChart monthly(Actor actor) {
        YearMonth now = YearMonth.from(ZonedDateTime.ofInstant(clock.instant(), Zones.SHANGHAI));
        YearMonth first = now.minusMonths(MONTHS - 1L);
        List<String> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(first.plusMonths(i).toString());
        }
        Map<CaseStage, long[]> grid = new EnumMap<>(CaseStage.class);
        jdbc.sql("""
                        SELECT to_char(opened_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, stage, count(*) AS n
                        FROM enf_case WHERE scope_path LIKE :scope AND opened_at >= :since
                        GROUP BY 1, 2""")
                .param("scope", actor.scope().pattern())
                .param("since", java.sql.Timestamp.from(first.atDay(1).atStartOfDay(Zones.SHANGHAI).toInstant()))
                .query((rs, i) -> {
                    int m = months.indexOf(rs.getString("month"));
                    if (m >= 0) {
                        grid.computeIfAbsent(CaseStage.valueOf(rs.getString("stage")), s -> new long[MONTHS])[m] = rs.getLong("n");
                    }
                    return m;
                }).list();
        Map<String, List<Long>> byStage = new LinkedHashMap<>();
        for (CaseStage s : CaseStage.values()) {
            long[] row = grid.getOrDefault(s, new long[MONTHS]);
            byStage.put(s.label(), java.util.Arrays.stream(row).boxed().toList());
        }
        return new MonthlyChart(months, byStage);
    }
}
