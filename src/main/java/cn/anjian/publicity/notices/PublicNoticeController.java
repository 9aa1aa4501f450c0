package cn.anjian.publicity.notices;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Choice;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.PublicCaching;
import jakarta.servlet.http.HttpServletResponse;

import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal's notices (no login; {@code /public/**} is open in the security configuration).
 * There is no JSON twin: {@code /api/**} requires authentication for every path but the token endpoint.
 */
@Controller
@RequiredArgsConstructor
class PublicNoticeController {

    private final PublicNoticeQueries queries;

    record Filters(String agencyId, String kind, String from, String to, String q) {
        FilterUrl url() {
            return FilterUrl.of("/public/notices").with("agencyId", agencyId).with("kind", kind).with("from", from).with("to", to)
                    .with("q", q);
        }
    }

    @GetMapping("/public/notices")
    @PreAuthorize("permitAll()")
    String list(@RequestParam(required = false) String agencyId, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String size, @RequestParam(required = false) String page, Model model,
                PageRefusal refusal, HttpServletResponse res) {
        Filters f = new Filters(agencyId, kind, from, to, q);
        model.addAttribute("f", f);
        // the filter's options and the rows are built in Java (NoticeRowsHtml, kernel.Choice): the same HTML, a few
        // expressions instead of five per row and three per option
        model.addAttribute("kindChoices", Choice.of(PublicationKind.values(), PublicationKind::label, kind));
        model.addAttribute("ownerChoices", Choice.of(queries.owners(), PublicNoticeQueries.Owner::id,
                PublicNoticeQueries.Owner::name, agencyId));
        refusal.render("filterError", () -> {
            model.addAttribute("result", new PublicNoticeQueries.Page(java.util.List.of(), 0, 0, PageSize.DEFAULT));
            model.addAttribute("rows", "");
            model.addAttribute("kit", ListControls.of(f.url(), PublicNoticeQueries.SORT.defaults(), PageSize.DEFAULT));
            return "publicity/notices";
        });
        String words = Params.text("标题", q, 100);
        ListControls kit = ListControls.of(f.url(), PublicNoticeQueries.SORT.parse(sort), PageSize.parse(size));
        LocalDate fromDay = Params.date("开始日期", from);
        LocalDate toDay = Params.date("结束日期", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw BusinessException.badInput("BAD-PARAMETER", "开始日期不能晚于结束日期");
        }
        PublicNoticeQueries.Page p = queries.list(new PublicNoticeQueries.Filter(Params.optionalId("agencyId", agencyId),
                PublicationKind.parseOrNull(kind), fromDay, toDay, words), kit.sort(), Params.page(page), kit.size());
        model.addAttribute("kit", kit);
        model.addAttribute("result", p);
        model.addAttribute("rows", NoticeRowsHtml.of(p.items()));
        PublicCaching.allow(res); // the same for everyone (the filter form is a GET)
        return "publicity/notices";
    }

    @GetMapping("/public/notices/{id}")
    @PreAuthorize("permitAll()")
    String detail(@PathVariable String id, Model model, HttpServletResponse res) {
        model.addAttribute("n", queries.find(Params.id("id", id))
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "NOT-FOUND", "公告不存在或已撤回")));
        PublicCaching.allow(res);
        return "publicity/notice";
    }
}
