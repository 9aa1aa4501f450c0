package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 20: 监控令牌 — the system administrator's page of Prometheus credentials: the list (list kit, scoped), the
 * issue form (the secret shown once, on the answer page only, never stored in the session), and revocation.
 */
@Controller
@RequiredArgsConstructor
class MonitoringTokenController {

    static final String PAGE = "/admin/monitoring-tokens";
    static final List<String> HEADER = List.of("名称", "机构", "签发人", "签发时间", "有效期至", "最近使用", "状态");

    record TokenForm(@NotBlank @Size(max = MonitoringToken.NAME_MAX) String name, @NotBlank @DateText String expiresOn) {
    }

    private final MonitoringTokenService tokens;

    @GetMapping(PAGE)
    @PreAuthorize("hasAuthority('ops:monitor')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm("", ""));
        }
        return page(actor, q, model);
    }

    @GetMapping(PAGE + "/export")
    @PreAuthorize("hasAuthority('ops:monitor')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        String name = Params.text("名称", q.get("q"), 60);
        MonitoringTokenService.Status status = status(q.get("status"));
        ListSort.Sort sort = MonitoringTokenService.SORT.parse(q.get("sort"));
        return SheetExport.attachment("监控令牌.xlsx", "监控令牌", HEADER, rows -> tokens.each(actor, name, status, sort,
                t -> rows.add(t.name(), t.agencyName(), t.createdByName(), Fmt.dateTime(t.createdAt()),
                        Fmt.dateTime(t.expiresAt()), Fmt.dateTime(t.lastUsedAt()), t.status().label())));
    }

    @PostMapping(PAGE)
    @PreAuthorize("hasAuthority('ops:monitor')")
    String issue(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") TokenForm form, BindingResult errors,
                 PageRefusal refusal, Model model, HttpServletResponse response) {
        refusal.render(() -> page(actor, Map.of(), model))
                .field("IAM-MONITOR-TOKEN-NAME", "name").field("IAM-MONITOR-TOKEN-DUPLICATE", "name")
                .field("IAM-MONITOR-TOKEN-EXPIRY", "expiresOn");
        refusal.check(errors);
        MonitoringTokenService.Issued issued = tokens.issue(actor, form.name(), Params.requiredDate("有效期至", form.expiresOn()));
        response.setHeader("Cache-Control", "no-store"); // the secret is on this answer only
        model.addAttribute("issued", issued);
        return "identity/monitoring-token-issued";
    }

    @PostMapping(PAGE + "/{id}/revoke")
    @PreAuthorize("hasAuthority('ops:monitor')")
    String revoke(@AuthenticationPrincipal Actor actor, @PathVariable String id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect(PAGE);
        tokens.revoke(actor, Params.id("令牌编号", id));
        flash.addFlashAttribute("flashMessage", "监控令牌已撤销，使用它的 Prometheus 抓取将被拒绝");
        return "redirect:" + PAGE;
    }

    private String page(Actor actor, Map<String, String> q, Model model) {
        String name = Params.text("名称", q.get("q"), 60);
        MonitoringTokenService.Status status = status(q.get("status"));
        ListSort.Sort sort = MonitoringTokenService.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        MonitoringTokenService.Page result = tokens.list(actor, name, status, sort, Params.page(q.get("page")), size);
        ListControls kit = ListControls.of(FilterUrl.of(PAGE).with("q", name).with("status", q.get("status")), sort, size);
        model.addAttribute("q", name);
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", MonitoringTokenService.Status.values());
        model.addAttribute("kit", kit);
        model.addAttribute("result", result);
        model.addAttribute("prevUrl", result.page() > 0 ? kit.page(result.page() - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? kit.page(result.page() + 1) : null);
        return "identity/monitoring-tokens";
    }

    private static MonitoringTokenService.Status status(String raw) {
        return raw == null || raw.isBlank() ? null
                : Params.choice(MonitoringTokenService.Status.class, "状态", raw, MonitoringTokenService.Status::label);
    }
}
