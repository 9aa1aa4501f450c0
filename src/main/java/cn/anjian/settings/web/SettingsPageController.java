package cn.anjian.settings.web;

import lombok.RequiredArgsConstructor;

import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.settings.internal.SettingsAdministration;
import cn.anjian.settings.internal.SettingsAdministration.NewVersion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 规则参数: every setting grouped by module with its value in force, default, source and history; a
 * province-level system administrator schedules a new value from a day on. Input problems are shown
 * inline all at once; a refusal the form cannot show (a non-province administrator posting anyway) goes
 * to the common refusal page.
 */
@Controller
@RequestMapping("/admin/settings")
@RequiredArgsConstructor
class SettingsPageController {

    private final SettingsAdministration admin;

    @GetMapping
    @PreAuthorize("hasAuthority('settings:read')")
    String page(@AuthenticationPrincipal Actor actor, Model model) {
        return render(actor, model, null, new NewVersion(null, null, null), Map.of());
    }

    @PostMapping("/{key}/versions")
    @PreAuthorize("hasAuthority('settings:manage')")
    String schedule(@AuthenticationPrincipal Actor actor, @PathVariable String key, @ModelAttribute NewVersion form,
                    Model model, RedirectAttributes redirect) {
        admin.requireManager(actor);
        Map<String, String> problems = admin.problems(key, form);
        if (!problems.isEmpty()) {
            return render(actor, model, key, form, problems);
        }
        var v = admin.schedule(actor, key, form);
        redirect.addFlashAttribute("flashMessage", "已安排：" + admin.setting(key).name() + "自 " + v.effectiveFrom()
                + " 起为 " + v.display());
        return "redirect:/admin/settings#setting-" + key;
    }

    private String render(Actor actor, Model model, String formKey, NewVersion form, Map<String, String> problems) {
        model.addAttribute("groups", admin.overview());
        model.addAttribute("mayManage", admin.mayManage(actor));
        model.addAttribute("formKey", formKey);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "settings/settings";
    }
}
