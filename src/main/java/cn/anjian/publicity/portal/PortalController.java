package cn.anjian.publicity.portal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.PublicCaching;
import cn.anjian.personnel.CertificateCheck;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * The public portal (no login; linked from the login page): the home page of the province or of an agency by its
 * division code, the search box over published entries, and the certificate check. The home page and the empty
 * certificate page are the same for everyone and cacheable; a look-up by number is rate-limited (web's
 * PublicAbuseGuard) and not cached.
 */
@Controller
@RequiredArgsConstructor
class PortalController {

    private final PortalDirectory directory;
    private final PortalChannels channels;
    private final CertificateCheck certificates;
    private final Clock clock;
    private final PortalSearchView searchView;

    @GetMapping({"/public", "/public/"})
    @PreAuthorize("permitAll()")
    String province(Model model, HttpServletResponse res) {
        return home(null, model, res);
    }

    @GetMapping("/public/{code:\\d{6,12}}")
    @PreAuthorize("permitAll()")
    String agency(@PathVariable String code, Model model, HttpServletResponse res) {
        return home(code, model, res);
    }

    private String home(String code, Model model, HttpServletResponse res) {
        PortalDirectory.Portal p = directory.portal(code);
        model.addAttribute("portal", p);
        model.addAttribute("channels", channels.of(p.agency()));
        model.addAttribute("latest", directory.latest(p));
        PublicCaching.allow(res);
        return "publicity/portal-home";
    }

    /**
     * The search box (issue 14: the uncached search's JVM cost). The parameters are read from the request, not bound,
     * and the page is written by {@link PortalSearchView} from Java — the same bytes as the former template
     * ({@code PortalSearchHtmlTests}); the model keeps what the page shows (a refused query's re-rendering and the pin
     * test read it).
     */
    @GetMapping("/public/search")
    @PreAuthorize("permitAll()")
    View search(HttpServletRequest req, Model model, PageRefusal refusal, HttpServletResponse res) {
        String q = req.getParameter("q");
        String portal = req.getParameter("portal");
        PortalDirectory.Portal p = directory.portal(portal == null || portal.isBlank() ? null : Params.text("门户", portal, 12));
        model.addAttribute("portal", p);
        model.addAttribute("channels", channels.of(p.agency()));
        model.addAttribute("q", q);
        refusal.render("filterError", () -> PortalSearchView.NAME);
        String text = Params.text("PUB-SEARCH", "搜索内容", q, 50, true);
        PortalDirectory.Hits hits = directory.search(p, text, Params.page(req.getParameter("page")));
        FilterUrl url = FilterUrl.of("/public/search").with("q", text).with("portal", p.code());
        model.addAttribute("hits", hits);
        model.addAttribute("prevUrl", hits.page() > 0 ? url.page(hits.page() - 1) : null);
        model.addAttribute("nextUrl", hits.hasNext() ? url.page(hits.page() + 1) : null);
        PublicCaching.allow(res);
        return searchView;
    }

    /**
     * PUB-01/PUB-02: is this certificate valid today? The QR code printed on a certificate holds this page's URL
     * with {@code number=}. An unknown number answers 404 with the form again.
     */
    @GetMapping("/public/certificates")
    @PreAuthorize("permitAll()")
    String certificate(@RequestParam(required = false) String number, Model model, HttpServletResponse res) {
        model.addAttribute("number", number);
        if (number == null || number.isBlank()) {
            PublicCaching.allow(res);
            return "publicity/certificate-check";
        }
        res.setHeader("Cache-Control", "no-store");
        if (number.strip().length() > 40) {
            throw BusinessException.badInput("PUB-CERTIFICATE", "证件编号不能超过 40 个字符");
        }
        LocalDate today = LocalDate.now(clock);
        var found = certificates.check(number, today);
        model.addAttribute("today", today);
        model.addAttribute("result", found.orElse(null));
        if (found.isEmpty()) {
            res.setStatus(404);
            model.addAttribute("notFound", "没有查到该编号的执法证件。请核对编号；如对方出示的证件无法查到，可拨打监督电话或 12345 反映。");
        }
        return "publicity/certificate-check";
    }
}
