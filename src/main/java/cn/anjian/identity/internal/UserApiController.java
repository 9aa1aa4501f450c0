package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users as JSON, scoped (ORG-03) and masked (IAM-06). */
@RestController
@RequestMapping("/api/v1/identity/users")
@RequiredArgsConstructor
class UserApiController {

    private final UserQueries queries;
    private final UserService users;

    @GetMapping
    @PreAuthorize("hasAuthority('user:manage')")
    UserQueries.Page list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return queries.list(actor, UserAdminController.filter(q), UserQueries.SORT.parse(q.get("sort")),
                Params.page(q.get("page")), PageSize.parse(q.get("size")));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('user:manage', 'pii:view-full')")
    UserQueries.Detail detail(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return queries.detail(actor, id);
    }

    /** The full phone or ID-card number (IAM-06); audited as iam.pii.viewed. */
    @PostMapping("/{id}/pii/{field}")
    @PreAuthorize("hasAuthority('pii:view-full')")
    Map<String, Object> pii(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable String field) {
        String value = users.revealPii(actor, id, field);
        return value == null ? Map.of("field", field) : Map.of("field", field, "value", value);
    }
}
