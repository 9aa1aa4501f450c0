package cn.anjian.org.web;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.UnitKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 行政区划与机构 (ORG-01..03): the tree (children loaded lazily with htmx), search, a detail panel
 * with agencies and units, and the administration forms. Forms post normally: success redirects
 * back to the division with a message; a refusal re-renders the page with the message under the
 * form, the typed values kept, and the refusal's 4xx status. Unknown or out-of-scope ids answer 404.
 */
@Controller
@RequestMapping("/org/divisions")
@RequiredArgsConstructor
class DivisionPageController {

    private final Jurisdictions jurisdictions;
    private final Agencies agencies;

    @GetMapping
    @PreAuthorize("hasAuthority('org:read')")
    String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) Long selected, @RequestParam(defaultValue = "false") boolean retired,
                Model model) {
        List<Jurisdiction> roots = jurisdictions.roots();
        model.addAttribute("roots", roots);
        model.addAttribute("childCounts", jurisdictions.activeChildCounts(roots.stream().map(Jurisdiction::id).toList()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("retired", retired);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", jurisdictions.search(q, null, retired, 100));
        }
        if (selected != null) {
            panelModel(actor, selected, model);
        }
        return "org/divisions";
    }

    @GetMapping("/{id}/children")
    @PreAuthorize("hasAuthority('org:read')")
    String children(@PathVariable long id, Model model) {
        jurisdictions.get(id);
        List<Jurisdiction> children = jurisdictions.children(id, true);
        model.addAttribute("nodes", children);
        model.addAttribute("childCounts", jurisdictions.activeChildCounts(children.stream().map(Jurisdiction::id).toList()));
        return "org/fragments :: children";
    }

    @GetMapping("/{id}/panel")
    @PreAuthorize("hasAuthority('org:read')")
    String panel(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        panelModel(actor, id, model);
        return "org/fragments :: panel";
    }

    // ---- administration: each action names the form whose inline message shows a refusal ----

    @PostMapping("/{id}/children")
    @PreAuthorize("hasAuthority('org:manage')")
    String add(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String code,
               @RequestParam(required = false) String name, Model model, RedirectAttributes flash, PageRefusal refusal) {
        return act(actor, id, "add", Map.of("code", nz(code), "name", nz(name)), model, flash, refusal, () -> {
            Jurisdiction created = jurisdictions.add(actor, id, code, name);
            return new Done(created.id(), "已新增区划“" + created.name() + "”（" + created.code() + "）");
        });
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize("hasAuthority('org:manage')")
    String rename(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String code, @RequestParam(required = false) String reason,
                  Model model, RedirectAttributes flash, PageRefusal refusal) {
        return act(actor, id, "rename", Map.of("name", nz(name), "code", nz(code), "reason", nz(reason)), model, flash, refusal, () -> {
            Jurisdiction after = jurisdictions.rename(actor, id, name, code, reason);
            return new Done(id, "已更新为“" + after.name() + "”（" + after.code() + "），原名称和代码已记入变更历史");
        });
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('org:manage')")
    String retire(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String successorCode, @RequestParam(required = false) String confirm,
                  Model model, RedirectAttributes flash, PageRefusal refusal) {
        return act(actor, id, "retire", Map.of("reason", nz(reason), "successorCode", nz(successorCode)), model, flash, refusal, () -> {
            if (!"yes".equals(confirm)) {
                throw BusinessException.badInput("ORG-CONFIRM", "请勾选确认后再撤销");
            }
            Long successor = null;
            if (successorCode != null && !successorCode.isBlank()) {
                successor = jurisdictions.findByCode(successorCode).map(Jurisdiction::id).orElseThrow(() ->
                        BusinessException.badInput("ORG-SUCCESSOR", "找不到代码为 " + abbreviate(successorCode.strip()) + " 的在用区划"));
            }
            Jurisdiction after = jurisdictions.retire(actor, id, successor, reason);
            return new Done(id, "“" + after.name() + "”已于 " + after.retiredAt() + " 撤销");
        });
    }

    @PostMapping("/{id}/agencies")
    @PreAuthorize("hasAuthority('org:manage')")
    String addAgency(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String name, Model model, RedirectAttributes flash, PageRefusal refusal) {
        return act(actor, id, "agency", Map.of("kind", nz(kind), "name", nz(name)), model, flash, refusal, () -> {
            Agency a = agencies.create(actor, id, AgencyKind.parse(kind), name);
            return new Done(id, "已设立“" + a.name() + "”");
        });
    }

    @PostMapping("/agencies/{agencyId}/rename")
    @PreAuthorize("hasAuthority('org:manage')")
    String renameAgency(@AuthenticationPrincipal Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String name,
                        Model model, RedirectAttributes flash, PageRefusal refusal) {
        Agency a = agencies.get(agencyId);
        return act(actor, a.jurisdictionId(), "agency-rename-" + agencyId, Map.of("name", nz(name)), model, flash, refusal, () -> {
            Agency after = agencies.rename(actor, agencyId, name);
            return new Done(a.jurisdictionId(), "机构已更名为“" + after.name() + "”");
        });
    }

    @PostMapping("/agencies/{agencyId}/retire")
    @PreAuthorize("hasAuthority('org:manage')")
    String retireAgency(@AuthenticationPrincipal Actor actor, @PathVariable long agencyId,
                        Model model, RedirectAttributes flash, PageRefusal refusal) {
        Agency a = agencies.get(agencyId);
        return act(actor, a.jurisdictionId(), "agency-retire-" + agencyId, Map.of(), model, flash, refusal, () -> {
            agencies.retire(actor, agencyId);
            return new Done(a.jurisdictionId(), "“" + a.name() + "”已撤销");
        });
    }

    @PostMapping("/agencies/{agencyId}/units")
    @PreAuthorize("hasAuthority('org:manage')")
    String addUnit(@AuthenticationPrincipal Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String name, Model model, RedirectAttributes flash, PageRefusal refusal) {
        Agency a = agencies.get(agencyId);
        return act(actor, a.jurisdictionId(), "unit-" + agencyId, Map.of("kind", nz(kind), "name", nz(name)), model, flash, refusal, () -> {
            OrgUnit u = agencies.createUnit(actor, agencyId, UnitKind.parse(kind), name);
            return new Done(a.jurisdictionId(), "已在“" + a.name() + "”下设立“" + u.name() + "”");
        });
    }

    @PostMapping("/units/{unitId}/rename")
    @PreAuthorize("hasAuthority('org:manage')")
    String renameUnit(@AuthenticationPrincipal Actor actor, @PathVariable long unitId, @RequestParam(required = false) String name,
                      Model model, RedirectAttributes flash, PageRefusal refusal) {
        OrgUnit u = agencies.getUnit(actor, unitId);
        long jid = agencies.get(u.agencyId()).jurisdictionId();
        return act(actor, jid, "unit-rename-" + unitId, Map.of("name", nz(name)), model, flash, refusal, () -> {
            OrgUnit after = agencies.renameUnit(actor, unitId, name);
            return new Done(jid, "内设机构已更名为“" + after.name() + "”");
        });
    }

    @PostMapping("/units/{unitId}/retire")
    @PreAuthorize("hasAuthority('org:manage')")
    String retireUnit(@AuthenticationPrincipal Actor actor, @PathVariable long unitId,
                      Model model, RedirectAttributes flash, PageRefusal refusal) {
        OrgUnit u = agencies.getUnit(actor, unitId);
        long jid = agencies.get(u.agencyId()).jurisdictionId();
        return act(actor, jid, "unit-retire-" + unitId, Map.of(), model, flash, refusal, () -> {
            agencies.retireUnit(actor, unitId);
            return new Done(jid, "“" + u.name() + "”已撤销");
        });
    }

    // ---- helpers ----

    private record Done(long selected, String message) {
    }

    private String act(Actor actor, long jurisdictionId, String form, Map<String, String> values, Model model,
                       RedirectAttributes flash, PageRefusal refusal, Supplier<Done> action) {
        refusal.render(() -> {
            // the message and code are in the model already; the form that caused it shows them with the input
            model.addAttribute("formError", new FormError(form, (String) model.getAttribute(PageRefusal.MESSAGE),
                    (String) model.getAttribute("refusalCode"), new LinkedHashMap<>(values)));
            return page(actor, null, jurisdictionId, false, model);
        });
        Done done = action.get();
        flash.addFlashAttribute("flashMessage", done.message());
        return "redirect:/org/divisions?selected=" + done.selected();
    }

    /** A refusal shown under the form that caused it, with what the user typed. */
    record FormError(String form, String message, String code, Map<String, String> values) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    private void panelModel(Actor actor, long id, Model model) {
        Jurisdiction j = jurisdictions.get(id);
        model.addAttribute("node", j);
        model.addAttribute("ancestors", jurisdictions.ancestors(id));
        model.addAttribute("history", jurisdictions.history(id));
        model.addAttribute("activeChildren", jurisdictions.children(id).size());
        model.addAttribute("successor", j.successorId() == null ? null : jurisdictions.findById(j.successorId()).orElse(null));
        boolean inScope = actor != null && actor.scope().covers(j.path());
        model.addAttribute("inScope", inScope);
        model.addAttribute("canManage", inScope && actor.hasPermission("org:manage"));
        List<Agency> list = agencies.list(id);
        model.addAttribute("agencies", list);
        // units are not public reference data (ORG-03): only inside the actor's scope
        Map<Long, List<OrgUnit>> units = new LinkedHashMap<>();
        if (inScope) {
            list.forEach(a -> units.put(a.id(), agencies.units(a.id())));
        }
        model.addAttribute("units", units);
        model.addAttribute("agencyKinds", AgencyKind.values());
        model.addAttribute("unitKinds", UnitKind.values());
    }

    private static String nz(String s) {
        return s == null ? "" : (s.length() > 200 ? s.substring(0, 200) : s);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
