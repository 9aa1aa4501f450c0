package cn.anjian.personnel.people;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.PersonAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "我的案件": HR links a person to a login account of the person's agency, or ends the link (blank choice). */
@Controller
@RequiredArgsConstructor
class PersonAccountController {

    private final PersonAccounts accounts;

    @PostMapping("/personnel/people/{id}/account")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String link(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String userId,
                PageRefusal refusal, RedirectAttributes flash) {
        long personId = Params.id("id", id);
        refusal.redirect("accountError", "/personnel/people/" + personId + "#account");
        Long account = Params.optionalId("userId", userId);
        accounts.link(actor, personId, account);
        flash.addFlashAttribute("notice", account == null ? "已解除登录账户关联" : "已关联登录账户");
        return "redirect:/personnel/people/" + personId + "#account";
    }
}
