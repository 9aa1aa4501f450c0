package cn.anjian.publicity.portal;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.org.Agency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: an agency keeps its portal's supervision channels and footer (PUB-01); its own agency by default. */
@Controller
@RequiredArgsConstructor
class PortalChannelAdminController {

    private final PortalChannels channels;

    record ChannelForm(@Size(max = 40) String phone, @Size(max = 100) String email, @Size(max = 200) String address,
                       @Size(max = 20) String hotline, @Size(max = 100) String sponsor, @Size(max = 200) String contact) {
        PortalChannels.Channels channels() {
            return new PortalChannels.Channels(phone, email, address, hotline, sponsor, contact);
        }
    }

    @GetMapping("/publicity/channels")
    @PreAuthorize("hasAuthority('portal:manage')")
    String edit(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String agencyId, Model model) {
        Agency a = channels.agency(actor, agencyId == null ? actor.agencyId() : Params.id("agencyId", agencyId));
        model.addAttribute("agency", a);
        if (!model.containsAttribute("form")) {
            PortalChannels.Channels c = channels.of(a);
            model.addAttribute("form", new ChannelForm(c.phone(), c.email(), c.address(), c.hotline(), c.sponsor(), c.contact()));
        }
        return "publicity/channels";
    }

    @PostMapping("/publicity/channels")
    @PreAuthorize("hasAuthority('portal:manage')")
    String save(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String agencyId,
                @Valid @ModelAttribute("form") ChannelForm form, BindingResult errors, Model model, PageRefusal refusal,
                RedirectAttributes flash) {
        long id = agencyId == null ? actor.agencyId() : Params.id("agencyId", agencyId);
        refusal.render(() -> edit(actor, String.valueOf(id), model)).field("PUB-01-PHONE", "phone").field("PUB-01-EMAIL", "email");
        refusal.check(errors);
        channels.save(actor, id, form.channels());
        flash.addFlashAttribute("flashMessage", "门户监督渠道已保存");
        return "redirect:/publicity/channels?agencyId=" + id;
    }
}
