package cn.anjian.publicity.before;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.ItemCatalogue;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.PublicCaching;
import cn.anjian.personnel.PublicOfficerList;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's "事前公开" (PUB-01, PUB-03, PUB-10): no login, the same for everyone, so cacheable (ETag from
 * web's PublicPortalFilters). A portal is chosen by its division code ({@code portal=140525}); none is the province,
 * which aggregates its subtree. Only published items and currently valid certificates are shown.
 */
@Controller
@RequiredArgsConstructor
class PublicBeforeController {

    static final int OFFICER_PAGE = 50;

    private final PublicBefore before;
    private final PublicOfficerList officers;
    private final ItemCatalogue catalogue;
    private final Clock clock;

    @GetMapping("/public/before")
    @PreAuthorize("permitAll()")
    String index(@RequestParam(required = false) String portal, Model model, HttpServletResponse res) {
        portal(portal, model);
        model.addAttribute("sections", List.of(BeforeKind.UNIT_DUTY, BeforeKind.POWER, BeforeKind.SPOT_CHECK,
                BeforeKind.LICENCE_GUIDE, BeforeKind.LEGAL_BASIS));
        model.addAttribute("caseKinds", CaseKind.values());
        PublicCaching.allow(res);
        return "publicity/before/public-index";
    }

    @GetMapping("/public/before/{section:[a-z-]+}")
    @PreAuthorize("permitAll()")
    String section(@PathVariable String section, @RequestParam(required = false) String portal, Model model,
                   HttpServletResponse res) {
        BeforeKind kind = BeforeKind.ofSection(section);
        if (kind == null || kind == BeforeKind.PROCEDURE) {
            throw BusinessException.notFound("栏目");
        }
        PublicBefore.Portal p = portal(portal, model);
        model.addAttribute("kind", kind);
        model.addAttribute("items", before.published(p, kind, null));
        PublicCaching.allow(res);
        return "publicity/before/public-list";
    }

    @GetMapping("/public/before/items/{id}")
    @PreAuthorize("permitAll()")
    String item(@PathVariable String id, Model model, HttpServletResponse res) {
        model.addAttribute("item", before.item(Params.id("id", id)));
        PublicCaching.allow(res);
        return "publicity/before/public-item";
    }

    /** A page per case kind (CASE-01): the procedures with their steps and time limits. */
    @GetMapping("/public/before/procedures/{caseKind}")
    @PreAuthorize("permitAll()")
    String procedures(@PathVariable String caseKind, @RequestParam(required = false) String portal, Model model,
                      HttpServletResponse res) {
        CaseKind kind = Arrays.stream(CaseKind.values()).filter(k -> k.name().equalsIgnoreCase(caseKind))
                .findFirst().orElseThrow(() -> BusinessException.notFound("案件类别"));
        PublicBefore.Portal p = portal(portal, model);
        model.addAttribute("caseKind", kind);
        model.addAttribute("caseKinds", CaseKind.values());
        model.addAttribute("items", before.published(p, BeforeKind.PROCEDURE, kind));
        PublicCaching.allow(res);
        return "publicity/before/public-procedure";
    }

    /** PUB-01: officers with a certificate valid today, its number; names in full, nothing else of the person. */
    @GetMapping("/public/before/officers")
    @PreAuthorize("permitAll()")
    String officers(@RequestParam(required = false) String portal, @RequestParam(required = false) String page, Model model,
                    HttpServletResponse res) {
        PublicBefore.Portal p = portal(portal, model);
        PublicOfficerList.Page result = officers.validHolders(p.agency().scopePath(), LocalDate.now(clock), Params.page(page),
                OFFICER_PAGE);
        FilterUrl url = FilterUrl.of("/public/before/officers").with("portal", p.code());
        model.addAttribute("result", result);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("prevUrl", result.page() > 0 ? url.page(result.page() - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? url.page(result.page() + 1) : null);
        PublicCaching.allow(res);
        return "publicity/before/public-officers";
    }

    /** PUB-01 / CASE-17: the enforcement-item catalogue with its legal bases and discretion benchmarks (Shanxi-wide). */
    @GetMapping("/public/before/catalogue")
    @PreAuthorize("permitAll()")
    String catalogue(@RequestParam(required = false) String portal, Model model, HttpServletResponse res) {
        portal(portal, model);
        model.addAttribute("items", catalogue.activeItems());
        PublicCaching.allow(res);
        return "publicity/before/public-catalogue";
    }

    private PublicBefore.Portal portal(String code, Model model) {
        String c = code == null || code.isBlank() ? null : code.strip().toLowerCase(Locale.ROOT);
        if (c != null && !c.matches("\\d{6,12}")) {
            throw BusinessException.notFound("门户");
        }
        PublicBefore.Portal p = before.portal(c);
        model.addAttribute("portal", p);
        return p;
    }
}
