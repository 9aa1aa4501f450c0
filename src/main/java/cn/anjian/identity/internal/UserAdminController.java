package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 for the system administrator (IAM-05), scoped to the administrator's jurisdiction (ORG-03). */
@Controller
@RequestMapping("/admin/users")
@RequiredArgsConstructor
class UserAdminController {

    record UserForm(@NotBlank(message = "请填写用户名") @Size(max = 32, message = "用户名不超过 32 位") String username,
                    @NotBlank(message = "请填写姓名") @Size(max = 32, message = "姓名不超过 32 个字") String displayName,
                    @NotNull(message = "请选择所属机构") Long agencyId,
                    Long unitId,
                    @Size(max = 20, message = "电话不超过 20 位") String phone,
                    @Size(max = 18, message = "身份证号为 18 位") String idCard,
                    @Size(max = 64, message = "密码不超过 64 位") String password,
                    Integer version) {
        static UserForm empty() {
            return new UserForm(null, null, null, null, null, null, null, null);
        }
    }

    record PasswordReset(@NotBlank(message = "请填写临时密码") @Size(max = 64, message = "密码不超过 64 位") String password) {
    }

    private final UserService users;
    private final UserQueries queries;
    private final OrgDirectory org;
    private final RoleCatalog catalog;

    @GetMapping
    @PreAuthorize("hasAuthority('user:manage')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("agencies", org.agenciesIn(actor.scope()));
        model.addAttribute("roles", catalog.roles());
        model.addAttribute("statuses", UserQueries.Status.values());
        refusal.render("filterError", () -> {
            model.addAttribute("filter", new UserQueries.Filter(null, null, null, null));
            model.addAttribute("kit", ListControls.of(filters(q), UserQueries.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", new UserQueries.Page(java.util.List.of(), 0, PageSize.DEFAULT, 0));
            return "identity/users";
        });
        UserQueries.Filter filter = filter(q);
        ListSort.Sort sort = UserQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("filter", filter);
        model.addAttribute("kit", ListControls.of(filters(q), sort, size));
        model.addAttribute("result", queries.list(actor, filter, sort, Params.page(q.get("page")), size));
        return "identity/users";
    }

    static UserQueries.Filter filter(Map<String, String> q) {
        return new UserQueries.Filter(q.get("name"), Params.optionalId("机构", q.get("agencyId")), q.get("role"),
                Params.choice(UserQueries.Status.class, "状态", q.get("status"), UserQueries.Status::label));
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/admin/users").with("name", q.get("name")).with("agencyId", q.get("agencyId"))
                .with("role", q.get("role")).with("status", q.get("status"));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('user:manage')")
    String newForm(@AuthenticationPrincipal Actor actor, Model model) {
        return form(actor, model, UserForm.empty(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('user:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
                  Model model, PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("formError", () -> form(actor, model, form, null));
        if (!binding.hasErrors() && (form.password() == null || form.password().isBlank())) {
            binding.rejectValue("password", "required", "请填写初始密码");
        }
        refusal.check(binding);
        long id = users.create(actor, data(form), Set.of(), form.password(), true);
        return done(redirect, id, "已创建用户 " + form.username() + "，首次登录须修改密码");
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('user:manage', 'pii:view-full')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("user", queries.detail(actor, id));
        model.addAttribute("reset", new PasswordReset(null));
        return "identity/user-detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('user:manage')")
    String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        UserAccount u = users.scoped(actor, id);
        return form(actor, model, new UserForm(u.username(), u.displayName(), u.agencyId(), u.unitId(), u.phone(),
                u.idCard(), null, u.version()), id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('user:manage')")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") UserForm form,
                BindingResult binding, Model model, PageRefusal refusal, RedirectAttributes redirect) {
        users.scoped(actor, id);
        refusal.render("formError", () -> {
            users.scoped(actor, id); // a user gone meanwhile answers 404, not the form
            return form(actor, model, form, id);
        });
        if (!binding.hasErrors() && form.version() == null) {
            binding.reject("version", "表单已过期，请刷新后重试");
        }
        refusal.check(binding);
        users.edit(actor, id, form.version(), data(form));
        return done(redirect, id, "已保存");
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('user:manage')")
    String enable(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        users.setEnabled(actor, id, true);
        return done(redirect, id, "账户已启用");
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('user:manage')")
    String disable(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        users.setEnabled(actor, id, false);
        return done(redirect, id, "账户已停用，其访问令牌已撤销");
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('user:manage')")
    String unlock(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        users.unlock(actor, id);
        return done(redirect, id, "账户已解锁");
    }

    @PostMapping("/{id}/reset-password")
    @PreAuthorize("hasAuthority('user:manage')")
    String resetPassword(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                         @Valid @ModelAttribute("reset") PasswordReset reset, BindingResult binding, Model model,
                         PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render(() -> {
            model.addAttribute("user", queries.detail(actor, id));
            return "identity/user-detail";
        }).field("IAM-02", "password");
        refusal.check(binding);
        users.resetPassword(actor, id, reset.password());
        return done(redirect, id, "密码已重置，用户下次登录须修改密码");
    }

    /** The full value for a detail view (IAM-06), returned as an htmx fragment; audited as iam.pii.viewed. */
    @PostMapping("/{id}/pii/{field}")
    @PreAuthorize("hasAuthority('pii:view-full')")
    String revealPii(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable String field, Model model) {
        model.addAttribute("value", users.revealPii(actor, id, field));
        return "identity/user-detail :: pii-value";
    }

    private String form(Actor actor, Model model, UserForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("agencies", org.agenciesIn(actor.scope()));
        model.addAttribute("units", org.unitsIn(actor.scope()));
        return "identity/user-form";
    }

    private static UserService.UserData data(UserForm f) {
        return new UserService.UserData(f.username(), f.displayName(), f.agencyId(), f.unitId(), f.phone(), f.idCard());
    }

    /** Back to the user's page with the message shown on top. */
    private static String done(RedirectAttributes redirect, long id, String message) {
        redirect.addFlashAttribute("flashMessage", message);
        return "redirect:/admin/users/" + id;
    }
}
