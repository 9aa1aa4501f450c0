package cn.anjian.reporting.web;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Attachment;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.StatFigure;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatSource.Figure;
import cn.anjian.reporting.StatTable;
import cn.anjian.reporting.statistics.StatisticsEngine;
import cn.anjian.reporting.statistics.StatisticsReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.ObjectMapper;

/**
 * STAT-09: the statistics page (a jurisdiction in scope and a period; the table, charts), the drill-down of every figure
 * (list kit), the official table as Excel and the analysis report as .docx.
 */
@Controller
@RequiredArgsConstructor
class StatisticsPageController {

    static final List<String> RECORD_HEADER = List.of("日期", "名称", "说明", "单位", "数值");

    private final StatisticsEngine engine;
    private final StatisticsReport report;
    private final IssuedDocuments documents;
    private final Jurisdictions jurisdictions;
    private final ObjectMapper json;
    private final Clock clock;

    StatPeriod period(String raw) {
        return raw == null || raw.isBlank() ? StatPeriod.year(LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear())
                : StatPeriod.parse(raw);
    }

    @GetMapping("/reporting/statistics")
    @PreAuthorize("hasAuthority('statistics:read')")
    String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String j,
                @RequestParam(required = false) String period, Model model) {
        Jurisdiction place = engine.jurisdiction(actor, Params.optionalId("行政区划", j));
        StatPeriod p = period(period);
        StatTable table = engine.table(place.id(), p);
        model.addAttribute("place", place);
        model.addAttribute("period", p);
        model.addAttribute("table", table);
        model.addAttribute("groups", groups(table));
        model.addAttribute("places", places(actor, place));
        model.addAttribute("periods", choices(p));
        model.addAttribute("trendChart", chart(figures("penalties.opened", "inspections.special", "inspections.patrol", "complaints.reports"),
                f -> engine.trend(place, p, f)));
        model.addAttribute("belowChart", chart(figures("penalties.opened", "inspections.patrol", "inspections.special"),
                f -> engine.below(place, p, f)));
        model.addAttribute("belowNote", belowNote(place, engine.withoutAgency(place)));
        model.addAttribute("kindChart", write(Map.of("pie", engine.composition(place, p))));
        model.addAttribute("mayIssue", actor.hasPermission("statistics:report"));
        return "reporting/statistics/table";
    }

    /** Issue 19: the jurisdictions below without an agency are not bars of zeros; the page says where their records are. */
    static String belowNote(Jurisdiction place, List<String> withoutAgency) {
        if (withoutAgency.isEmpty()) {
            return null;
        }
        String names = String.join("、", withoutAgency.subList(0, Math.min(6, withoutAgency.size())))
                + (withoutAgency.size() > 6 ? "等" : "");
        return "下辖 " + withoutAgency.size() + " 个行政区划（" + names + "）在本系统中未设执法机构、没有执法记录，图中不单列；"
                + place.name() + "本级执法机构的记录计为“" + place.name() + "本级”。";
    }

    private List<Figure> figures(String... keys) {
        return java.util.Arrays.stream(keys).map(engine::figure).toList();
    }

    private String chart(List<Figure> figures, java.util.function.Function<Figure, List<StatisticsEngine.Point>> series) {
        List<String> labels = new ArrayList<>();
        List<Map<String, Object>> s = new ArrayList<>();
        for (Figure f : figures) {
            List<StatisticsEngine.Point> points = series.apply(f);
            if (labels.isEmpty()) {
                points.forEach(x -> labels.add(x.label()));
            }
            s.add(Map.of("name", f.label(), "data", points.stream().map(StatisticsEngine.Point::value).toList()));
        }
        return write(Map.of("labels", labels, "series", s));
    }

    private String write(Object o) {
        return json.writeValueAsString(o);
    }

    /** The table's groups in order, each with its figures (a group no source delivers yet shows as not provided). */
    private Map<String, List<StatFigure>> groups(StatTable table) {
        Map<String, List<StatFigure>> m = new LinkedHashMap<>();
        engine.layout().keySet().forEach(g -> m.put(g.label(), table.of(g)));
        return m;
    }

    /** The chosen jurisdiction, the one above it (if in scope) and those directly below. */
    private List<Jurisdiction> places(Actor actor, Jurisdiction place) {
        List<Jurisdiction> all = new ArrayList<>();
        if (place.parentId() != null) {
            Jurisdiction up = jurisdictions.get(place.parentId());
            if (actor.scope().covers(up.path())) {
                all.add(up);
            }
        }
        all.add(place);
        all.addAll(jurisdictions.children(place.id()));
        return all;
    }

    private static List<StatPeriod> choices(StatPeriod p) {
        List<StatPeriod> all = new ArrayList<>();
        all.add(StatPeriod.year(p.year()));
        all.add(new StatPeriod(StatPeriod.Kind.HALF, p.year(), 1));
        all.add(new StatPeriod(StatPeriod.Kind.HALF, p.year(), 2));
        for (int q = 1; q <= 4; q++) {
            all.add(new StatPeriod(StatPeriod.Kind.QUARTER, p.year(), q));
        }
        all.addAll(StatPeriod.year(p.year()).monthsOf());
        all.add(StatPeriod.year(p.year() - 1));
        return all;
    }

    @GetMapping({"/reporting/statistics/export", "/api/v1/reporting/statistics/export"})
    @PreAuthorize("hasAuthority('statistics:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String j,
                                                 @RequestParam(required = false) String period) {
        Jurisdiction place = engine.jurisdiction(actor, Params.optionalId("行政区划", j));
        StatPeriod p = period(period);
        List<Jurisdiction> below = jurisdictions.children(place.id());
        StatTable table = engine.table(place.id(), p);
        List<StatTable> parts = below.stream().map(c -> engine.table(c.id(), p)).toList();
        List<String> header = new ArrayList<>(List.of("统计类别", "统计项目", "计量单位", place.name() + "（合计）"));
        below.forEach(c -> header.add(c.name()));
        return SheetExport.attachment("执法情况统计表-" + place.name() + "-" + p.label() + ".xlsx", "执法情况统计表", header, rows -> {
            for (StatFigure f : table.figures()) {
                List<Object> cells = new ArrayList<>(List.of(f.group().label(), f.label(), f.unit(), f.value()));
                parts.forEach(t -> cells.add(t.value(f.key())));
                rows.add(cells.toArray());
            }
        });
    }

    @GetMapping("/reporting/statistics/records")
    @PreAuthorize("hasAuthority('statistics:read')")
    String records(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model) {
        Jurisdiction place = engine.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        StatPeriod p = period(q.get("period"));
        Figure f = engine.figure(Params.requiredText("统计项目", q.get("figure"), 60));
        ListSort.Sort sort = StatisticsEngine.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        ListControls kit = ListControls.of(FilterUrl.of("/reporting/statistics/records").with("j", String.valueOf(place.id()))
                .with("period", p.code()).with("figure", f.key()), sort, size);
        model.addAttribute("kit", kit);
        model.addAttribute("place", place);
        model.addAttribute("period", p);
        model.addAttribute("figure", f);
        model.addAttribute("group", engine.group(f));
        StatisticsEngine.Page result = engine.records(place, p, f, sort, Params.page(q.get("page")), size);
        model.addAttribute("value", result.value());   // the figure of the rows listed, taken in the same statement
        model.addAttribute("result", result);
        return "reporting/statistics/records";
    }

    @GetMapping({"/reporting/statistics/records/export", "/api/v1/reporting/statistics/records/export"})
    @PreAuthorize("hasAuthority('statistics:read')")
    ResponseEntity<StreamingResponseBody> exportRecords(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Jurisdiction place = engine.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        StatPeriod p = period(q.get("period"));
        Figure f = engine.figure(Params.requiredText("统计项目", q.get("figure"), 60));
        ListSort.Sort sort = StatisticsEngine.SORT.parse(q.get("sort"));
        return SheetExport.attachment(f.label() + "-" + place.name() + "-" + p.label() + ".xlsx", f.label(), RECORD_HEADER,
                rows -> engine.each(place, p, f, sort, r -> rows.add(r.day() == null ? "" : r.day().toString(), r.title(),
                        r.detail(), r.unit(), r.amount())));
    }

    @PostMapping("/reporting/statistics/report")
    @PreAuthorize("hasAuthority('statistics:report')")
    ResponseEntity<byte[]> issueReport(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> form) {
        Jurisdiction place = engine.jurisdiction(actor, Params.optionalId("行政区划", form.get("j")));
        StatPeriod p = period(form.get("period"));
        IssuedDocument d = report.issue(actor, place, p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.copyVerified(d.fileId(), actor, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(d.fileName()))
                .body(out.toByteArray());
    }
}
