package cn.anjian.audit.web;

import cn.anjian.kernel.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import lombok.RequiredArgsConstructor;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.audit.AuditEntryView;
import cn.anjian.audit.AuditFilter;
import cn.anjian.audit.AuditPage;
import cn.anjian.audit.AuditTrail;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.SheetExport;
import cn.anjian.kernel.Subjects;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.ObjectMapper;

/**
 * Pages for the audit administrator: the trail with filters, sort, page size, keyset paging and Excel export, and
 * chain verification. Users read Chinese action labels, people's names and links to the subject (issue 12 defect 7);
 * the codes stay in the export.
 */
@Controller
@RequestMapping("/audit")
@RequiredArgsConstructor
class AuditPageController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The trail's one sortable column (issue 12): time, newest first by default; keyset-paged by entry id. */
    static final ListSort SORT = ListSort.by("id").key("time", "时间", "id").byDefault("time", false);
    static final List<String> HEADER = List.of("编号", "时间", "操作人", "操作人账号", "来源地址", "操作", "操作代码",
            "对象", "对象类型代码", "对象标识", "变更前", "变更后", "链状态");

    private final AuditTrail trail;
    private final ObjectMapper json;
    private final Subjects subjects;
    private final JdbcClient jdbc;

    /** One table row: labels for people and codes, before/after as readable lines. */
    record Row(AuditEntryView entry, String time, String actorName, String actionLabel, String subjectLabel,
               String subjectName, String subjectLink, Map<String, String> before, Map<String, String> after) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    String list(@AuthenticationPrincipal Actor me, @ModelAttribute("q") AuditQueryParams q, Model model, PageRefusal refusal) {
        refusal.render("error", () -> listPage(q, List.of(), null,
                ListControls.of(filters(q), SORT.defaults(), PageSize.DEFAULT), model)); // shown on the filter form
        ListSort.Sort sort = q.order(SORT);
        AuditFilter filter = q.toPageFilter(sort);
        ListControls kit = ListControls.of(filters(q), sort, filter.size());
        AuditPage page = trail.search(me.scope(), filter);
        String nextUrl = page.nextBefore() == null ? null : kit.url().with("before", page.nextBefore()).toString();
        return listPage(q, rows(page.entries()), nextUrl, kit, model);
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('audit:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor me, @ModelAttribute("q") AuditQueryParams q) {
        AuditFilter filter = q.toFilter(); // the page's parser: a bad filter is a 400 before anything is written
        return SheetExport.attachment("审计日志.xlsx", "审计日志", HEADER, out -> {
            Map<String, String> names = new HashMap<>();
            trail.each(me.scope(), filter, e -> {
                String name = names.computeIfAbsent(e.actor(), this::displayName);
                out.add(e.id(), TIME.format(e.occurredAt()), name, e.actor(), e.sourceAddress(),
                        ActionLabels.label(e.action()), e.action(), subjects.label(e.subjectType()), e.subjectType(),
                        e.subjectId(), lines(AuditValues.readable(json, e.action(), e.before())), lines(AuditValues.readable(json, e.action(), e.after())),
                        e.chained() ? "已链接" : "待链接");
            });
        });
    }

    /** The trail's filters, kept in its pager, sort, size and export links (the cursor is not a filter). */
    static FilterUrl filters(AuditQueryParams q) {
        return FilterUrl.of("/audit").with("actor", q.actor()).with("action", q.action()).with("subjectType", q.subjectType())
                .with("subjectId", q.subjectId()).with("from", q.from()).with("to", q.to());
    }

    private String listPage(AuditQueryParams q, List<Row> rows, String nextUrl, ListControls kit, Model model) {
        model.addAttribute("rows", rows);
        model.addAttribute("kit", kit);
        model.addAttribute("nextUrl", nextUrl);
        model.addAttribute("firstUrl", q.before() == null || q.before().isBlank() ? null : kit.url().toString());
        model.addAttribute("actions", ActionLabels.choices());
        model.addAttribute("oldestFirst", kit.sort().ascending());
        return "audit/list";
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    String verifyPage() {
        return "audit/verify";
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    String verify(Model model) {
        long started = System.nanoTime();
        model.addAttribute("result", VerificationAudit.verifyAndRecord(trail));
        model.addAttribute("millis", (System.nanoTime() - started) / 1_000_000);
        return "audit/verify";
    }

    private List<Row> rows(List<AuditEntryView> entries) {
        Map<String, String> names = new HashMap<>();
        return entries.stream().map(e -> {
            String actorName = names.computeIfAbsent(e.actor(), this::displayName);
            boolean userSubject = "user".equals(e.subjectType()) && e.subjectId() != null && !e.subjectId().matches("\\d+");
            String subjectName = userSubject ? names.computeIfAbsent(e.subjectId(), this::displayName) : null;
            return new Row(e, TIME.format(e.occurredAt()), actorName, ActionLabels.label(e.action()),
                    subjects.label(e.subjectType()), subjectName, subjects.link(e.subjectType(), e.subjectId()),
                    AuditValues.readable(json, e.action(), e.before()), AuditValues.readable(json, e.action(), e.after()));
        }).toList();
    }

    /** The person behind a login name (identity's published view); the system and anonymous visitors by role. */
    private String displayName(String username) {
        if (username == null || username.isBlank() || "system".equals(username)) {
            return "系统";
        }
        if ("anonymous".equals(username)) {
            return "未登录访问者";
        }
        return jdbc.sql("select display_name from iam_user_view where lower(username) = lower(:u)")
                .param("u", username).query(String.class).optional().orElse("未知账户");
    }

    private static String lines(Map<String, String> kv) {
        StringBuilder out = new StringBuilder();
        kv.forEach((k, v) -> out.append(out.isEmpty() ? "" : "\n").append(k.isEmpty() ? "" : k + "：").append(v));
        return out.toString();
    }
}
