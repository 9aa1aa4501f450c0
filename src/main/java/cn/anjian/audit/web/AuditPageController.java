package cn.anjian.audit.web;

import lombok.RequiredArgsConstructor;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.audit.AuditEntryView;
import cn.anjian.audit.AuditPage;
import cn.anjian.audit.AuditTrail;
import cn.anjian.kernel.PageRefusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Pages for the audit administrator: the trail with filters and keyset paging, and chain verification. */
@Controller
@RequestMapping("/audit")
@RequiredArgsConstructor
class AuditPageController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditTrail trail;
    private final ObjectMapper json;

    /** One table row, with before/after as readable key → value lines. */
    record Row(AuditEntryView entry, String time, Map<String, String> before, Map<String, String> after) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    String list(@ModelAttribute("q") AuditQueryParams q, Model model, PageRefusal refusal) {
        refusal.render("error", () -> listPage(q, List.of(), null, model)); // shown on the filter form
        AuditPage page = trail.search(q.toFilter());
        String nextUrl = page.nextBefore() == null ? null : ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("before", page.nextBefore()).build().toUriString();
        return listPage(q, page.entries().stream().map(this::row).toList(), nextUrl, model);
    }

    private String listPage(AuditQueryParams q, List<Row> rows, String nextUrl, Model model) {
        model.addAttribute("rows", rows);
        model.addAttribute("nextUrl", nextUrl);
        model.addAttribute("firstUrl", q.before() == null || q.before().isBlank() ? null
                : ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("before").build().toUriString());
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

    private Row row(AuditEntryView e) {
        return new Row(e, TIME.format(e.occurredAt()), readable(e.before()), readable(e.after()));
    }

    private Map<String, String> readable(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                out.put("", text);
                return out;
            }
            for (var p : node.properties()) {
                JsonNode v = p.getValue();
                out.put(p.getKey(), v.isNull() ? "（空）" : v.isValueNode() ? v.asString() : v.toString());
            }
        } catch (JacksonException ex) {
            out.put("", text);
        }
        return out;
    }
}
