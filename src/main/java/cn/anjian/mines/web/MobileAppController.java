package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.app.CommissionerSelf;
import cn.anjian.mines.app.Leaves;
import cn.anjian.mines.app.Me;
import cn.anjian.mines.app.Pledges;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The commissioner's installable phone app (issue 17): the shell at {@code /m/} (the service worker's scope), the
 * worker itself at {@code /m/sw.js} (served from this path so its scope may be {@code /m/}) and the web manifest.
 * Everything the shell does is in static files (CSP: no inline script); its data comes from the JSON API.
 */
@Controller
@RequestMapping("/m")
@RequiredArgsConstructor
class MobileAppController {

    private static final Resource WORKER = new ClassPathResource("static/js/mines-app/sw.js");
    private static final Resource MANIFEST = new ClassPathResource("static/js/mines-app/manifest.webmanifest");

    private final CommissionerSelf self;
    private final Leaves leaves;
    private final Pledges pledges;
    private final Clock clock;

    @GetMapping
    @PreAuthorize("hasAuthority('mine:app')")
    String root() {
        return "redirect:/m/";
    }

    @GetMapping("/")
    @PreAuthorize("hasAuthority('mine:app')")
    String shell(@AuthenticationPrincipal Actor actor, Model model) {
        Optional<Me> me = self.find(actor);
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("onLeave", me.flatMap(m -> leaves.onLeave(m.commissionerId(), today)).orElse(null));
        model.addAttribute("remoteDuty", Leaves.REMOTE_DUTY);
        model.addAttribute("pledgeSigned", pledges.signed(actor).isPresent());
        return "mines/app/shell";
    }

    @GetMapping("/sw.js")
    @PreAuthorize("hasAuthority('mine:app')")
    ResponseEntity<Resource> worker() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.noCache()).header("Service-Worker-Allowed", "/m/").body(WORKER);
    }

    @GetMapping("/manifest.webmanifest")
    @PreAuthorize("hasAuthority('mine:app')")
    ResponseEntity<Resource> manifest() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("application/manifest+json;charset=UTF-8"))
                .cacheControl(CacheControl.noCache()).body(MANIFEST);
    }
}
