package cn.anjian.reporting.statistics;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.reporting.StatFigure;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatTable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STAT-09: the periodic analysis report (执法情况统计分析报告) as a numbered .docx through {@code documents}: every figure
 * of the table in its items table, the month-by-month trend of the main figures and the comparison of the jurisdictions
 * below as text lines (no chart image is drawn on the server).
 */
@Service
@RequiredArgsConstructor
public class StatisticsReport {

    static final List<String> TREND_KEYS = List.of("penalties.opened", "inspections.patrol", "inspections.special", "complaints.reports");

    private final StatisticsEngine engine;
    private final IssuedDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    public IssuedDocument issue(Actor actor, Jurisdiction j, StatPeriod period) {
        StatTable table = engine.table(j.id(), period);
        List<List<String>> items = new ArrayList<>();
        int n = 1;
        for (StatFigure f : table.figures()) {
            items.add(List.of(String.valueOf(n++), f.group().label(), f.label(), plain(f.value()) + " " + f.unit()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scope", j.name());
        data.put("period", period.label() + "（" + period.from() + " 至 " + period.to().minusDays(1) + "）");
        data.put("summary", summary(table));
        data.put("trend", lines(key -> engine.trend(j, period, engine.figure(key))));
        data.put("below", lines(key -> engine.below(j, period, engine.figure(key))));
        data.put("items", items);
        data.put("date", LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI));
        IssuedDocument d = documents.issue("STAT_REPORT", actor.agencyId(), "statistics", j.id() + ":" + period.code(), data,
                j.path(), actor);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("jurisdiction", j.name());
        after.put("period", period.label());
        after.put("number", d.number().text());
        events.publishEvent(new AuditableEvent("reporting.statistics.report-issued", "stat-report",
                String.valueOf(d.number().id()), null, after, actor.username(), null));
        return d;
    }

    private static String summary(StatTable t) {
        return "本期立案" + plain(t.value("penalties.opened")) + "件、结案" + plain(t.value("penalties.closed")) + "件，罚款"
                + plain(t.value("penalties.fines")) + "元、没收" + plain(t.value("penalties.confiscations")) + "元；开展专项检查"
                + plain(t.value("inspections.special")) + "次、巡查和日常检查" + plain(t.value("inspections.patrol")) + "次，动用执法车辆"
                + plain(t.value("inspections.vehicles")) + "辆次；受理投诉举报" + plain(t.value("complaints.accepted")) + "件；举行听证"
                + plain(t.value("penalties.hearings")) + "件，被提起行政复议" + plain(t.value("penalties.reconsiderations-against"))
                + "件、行政诉讼" + plain(t.value("penalties.lawsuits")) + "件。";
    }

    private String lines(java.util.function.Function<String, List<StatisticsEngine.Point>> series) {
        StringBuilder b = new StringBuilder();
        for (String key : TREND_KEYS) {
            List<StatisticsEngine.Point> points = series.apply(key);
            if (points.isEmpty()) {
                continue;
            }
            b.append(engine.figure(key).label()).append("：");
            b.append(String.join("，", points.stream().map(p -> p.label() + " " + plain(p.value())).toList())).append("。\n");
        }
        return b.isEmpty() ? "无下级行政区划。" : b.toString().strip();
    }

    static String plain(BigDecimal v) {
        return v == null ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
