package cn.anjian.publicity.notices;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.PublicCaching;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;

/**
 * The public portal's notices (no login; {@code /public/**} is open in the security configuration).
 * There is no JSON twin: {@code /api/**} requires authentication for every path but the token endpoint.
 */
@Controller
@RequiredArgsConstructor
class PublicNoticeController {

    private final PublicNoticeQueries queries;
    private final NoticeListView view;

    record Filters(String agencyId, String kind, String from, String to, String q) {
        FilterUrl url() {
            return FilterUrl.of("/public/notices").with("agencyId", agencyId).with("kind", kind).with("from", from).with("to", to)
                    .with("q", q);
        }
    }

    /**
     * The list (issue 14: the uncached page's JVM cost). The parameters are read from the request, not bound (eight
     * {@code @RequestParam}s were a conversion service call each), and the page is written by {@link NoticeListView}
     * from Java: the chrome and the filter's options kept, the rest built once — the same bytes as the former template
     * ({@code PublicNoticeListHtmlTests}). The model keeps what the page shows (the refused filter's re-rendering and the
     * pin test read it).
     */
    @GetMapping("/public/notices")
    @PreAuthorize("permitAll()")
    View list(HttpServletRequest req, Model model, PageRefusal refusal, HttpServletResponse res) {
        String agencyId = req.getParameter("agencyId");
        String kind = req.getParameter("kind");
        String from = req.getParameter("from");
        String to = req.getParameter("to");
        String q = req.getParameter("q");
        Filters f = new Filters(agencyId, kind, from, to, q);
        model.addAttribute("f", f);
        model.addAttribute("kindOptions", NoticeListView.kindOptions(kind));
        model.addAttribute("ownerOptions", queries.ownerOptions(agencyId));
        refusal.render("filterError", () -> {
            model.addAttribute("result", new PublicNoticeQueries.Page(java.util.List.of(), 0, 0, PageSize.DEFAULT));
            model.addAttribute("rows", "");
            model.addAttribute("kit", ListControls.of(f.url(), PublicNoticeQueries.SORT.defaults(), PageSize.DEFAULT));
            return NoticeListView.NAME;
        });
        String words = Params.text("标题", q, 100);
        ListControls kit = ListControls.of(f.url(), PublicNoticeQueries.SORT.parse(req.getParameter("sort")),
                PageSize.parse(req.getParameter("size")));
        LocalDate fromDay = Params.date("开始日期", from);
        LocalDate toDay = Params.date("结束日期", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw BusinessException.badInput("BAD-PARAMETER", "开始日期不能晚于结束日期");
        }
        PublicNoticeQueries.Page p = queries.list(new PublicNoticeQueries.Filter(Params.optionalId("agencyId", agencyId),
                PublicationKind.parseOrNull(kind), fromDay, toDay, words), kit.sort(), Params.page(req.getParameter("page")),
                kit.size());
        model.addAttribute("kit", kit);
        model.addAttribute("result", p);
        model.addAttribute("rows", NoticeRowsHtml.of(p.items()));
        PublicCaching.allow(res); // the same for everyone (the filter form is a GET)
        return view;
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
