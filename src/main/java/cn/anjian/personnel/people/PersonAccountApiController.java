package cn.anjian.personnel.people;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.PersonAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** "我的案件": the person's login account over the API — read it, or set / end it ({@code {"userId": null}}). */
@RestController
@RequiredArgsConstructor
class PersonAccountApiController {

    private final PersonAccounts accounts;
    private final cn.anjian.personnel.People people;

    record AccountRequest(Long userId) {
    }

    @GetMapping("/api/v1/personnel/people/{id}/account")
    @PreAuthorize("hasAuthority('personnel:read')")
    PersonAccounts.Account get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long personId = Params.id("id", id);
        people.get(actor, personId); // 404 out of scope
        return accounts.accountOf(personId).orElse(null);
    }

    @PutMapping("/api/v1/personnel/people/{id}/account")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('personnel:manage')")
    void link(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestBody(required = false) AccountRequest r) {
        Params.requireBody(r, "请提交要关联的登录账户（userId，解除关联时为 null）");
        accounts.link(actor, Params.id("id", id), r.userId());
    }
}
