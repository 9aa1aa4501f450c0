package cn.anjian.personnel.people;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.officers.OfficerService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** People pages: the scoped list and one person with all roles, certificates, trainings and deadlines. */
@Controller
@RequestMapping("/personnel/people")
@RequiredArgsConstructor
class PeoplePageController {

    private final People people;
    private final OfficerService officers;
    private final Deadlines deadlines;
    private final cn.anjian.personnel.PersonAccounts accounts;
    private final PersonList list;

    @GetMapping
    @PreAuthorize("hasAuthority('personnel:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(filters(q), PersonList.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", list.page(actor, PersonFilter.none(), PersonList.SORT.defaults(), 0, PageSize.DEFAULT));
            return "personnel/people";
        });
        ListSort.Sort sort = PersonList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(filters(q), sort, size));
        model.addAttribute("result", list.page(actor, filter(q), sort, Params.integer("页码", q.get("page"), 0, 0, 100_000), size));
        return "personnel/people";
    }

    static PersonFilter filter(Map<String, String> q) {
        String role = q.get("role") == null || q.get("role").isBlank() ? null : q.get("role");
        return new PersonFilter(q.get("name"), q.get("idCard"), null, role);
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/personnel/people").with("name", q.get("name")).with("idCard", q.get("idCard"))
                .with("role", q.get("role"));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('personnel:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return render(actor, Params.optionalId("人员编号", id), model);
    }

    /** IAM-06: full ID card and phone on request, for pii:view-full holders; the viewing is audited by the facade. */
    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasAuthority('pii:view-full')")
    String reveal(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        long personId = Params.optionalId("人员编号", id);
        model.addAttribute("pii", people.revealPii(actor, personId));
        return render(actor, personId, model);
    }

    private String render(Actor actor, long personId, Model model) {
        PersonView p = people.get(actor, personId);
        List<PersonRole> roles = people.roles(personId);
        model.addAttribute("p", p);
        model.addAttribute("roles", roles);
        if (officers.isOfficer(personId)) {
            model.addAttribute("officer", officers.get(actor, personId));
        }
        List<DeadlineView> ds = deadlines.listFor("officer-post", String.valueOf(personId));
        model.addAttribute("deadlines", ds);
        // "我的案件": the person's login account, set by HR (personnel/person-account.html)
        model.addAttribute("account", accounts.accountOf(personId).orElse(null));
        if (actor.hasPermission("personnel:manage")) {
            model.addAttribute("accountChoices", accounts.choices(actor, personId));
        }
        return "personnel/person";
    }
}
