package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
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

/** 角色与权限 for the security administrator (IAM-05): a role's permissions and user-role grants. */
@Controller
@RequestMapping("/admin/roles")
@RequiredArgsConstructor
class RoleAdminController {

    private final RoleService roles;
    private final RoleCatalog catalog;

    @GetMapping
    @PreAuthorize("hasAuthority('role:manage')")
    String list(Model model) {
        List<RoleRules.Role> all = catalog.roles();
        model.addAttribute("roles", all);
        model.addAttribute("permissionsByRole", all.stream()
                .collect(java.util.stream.Collectors.toMap(RoleRules.Role::code, r -> catalog.permissionNamesOf(r.code()))));
        return "identity/roles";
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAuthority('role:manage')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
        return page(actor, code, model, null);
    }

    @PostMapping("/{code}/permissions")
    @PreAuthorize("hasAuthority('role:manage')")
    String setPermissions(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestParam int version,
                          @RequestParam(name = "permissions", required = false) Set<String> permissions, Model model,
                          PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("formError", () -> page(actor, code, model, null));
        roles.setPermissions(actor, code, version, permissions == null ? Set.of() : permissions);
        redirect.addFlashAttribute("flashMessage", "角色权限已保存");
        return "redirect:/admin/roles/" + code;
    }

    @PostMapping("/{code}/grants")
    @PreAuthorize("hasAuthority('role:manage')")
    String grant(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestParam(required = false) String username,
                 Model model, PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("formError", () -> page(actor, code, model, null));
        roles.role(code);
        roles.grant(actor, catalog.userIdByName(actor, username), code);
        redirect.addFlashAttribute("flashMessage", "已授予角色");
        return "redirect:/admin/roles/" + code;
    }

    @PostMapping("/{code}/grants/{userId}/revoke")
    @PreAuthorize("hasAuthority('role:manage')")
    String revoke(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long userId,
                  Model model, PageRefusal refusal, RedirectAttributes redirect) {
        refusal.render("formError", () -> page(actor, code, model, null));
        roles.revoke(actor, userId, code);
        redirect.addFlashAttribute("flashMessage", "已撤销角色");
        return "redirect:/admin/roles/" + code;
    }

    private String page(Actor actor, String code, Model model, String error) {
        RoleRules.Role role = roles.role(code);
        model.addAttribute("role", role);
        model.addAttribute("version", catalog.roleVersion(code));
        model.addAttribute("permissions", catalog.permissions());
        model.addAttribute("granted", Set.copyOf(catalog.permissionsOf(code)));
        model.addAttribute("holders", catalog.holders(actor, code));
        model.addAttribute("mayEdit", actor.scope().isProvince());
        if (error != null) {
            model.addAttribute("formError", error);
        }
        return "identity/role";
    }
}
