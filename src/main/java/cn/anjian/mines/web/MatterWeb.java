package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Attachment;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.mines.hazards.MatterFilter;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the three department lists (hazards, stop-work orders, incident tips) share: the filter parameters
 * ({@code jurisdiction} — a division code, its subtree —, {@code mine}, {@code state}, {@code major}, {@code overdue})
 * and the download of a matter's document or photo (only a file the matter names, verified while streaming).
 */
@Component
@RequiredArgsConstructor
class MatterWeb {

    private final Jurisdictions jurisdictions;
    private final Files files;

    <E extends Enum<E>> MatterFilter filter(Map<String, String> q, Class<E> states, java.util.function.Function<E, String> label) {
        String code = Params.text("行政区划代码", q.get("jurisdiction"), 20);
        String path = null;
        if (code != null) {
            path = jurisdictions.findByCode(code).map(Jurisdiction::path).orElseThrow(() ->
                    BusinessException.badInput("MW-FILTER", "没有代码为“" + code + "”的行政区划"));
        }
        E state = Params.choice(states, "状态", q.get("state"), label);
        return new MatterFilter(path, Params.optionalId("矿山", q.get("mine")), state == null ? null : state.name(),
                Params.flag("只看重大", q.get("major")), Params.flag("只看逾期", q.get("overdue")));
    }

    /** One page of a matter list: what {@code HazardQueries}, {@code StopWorkQueries} and {@code TipQueries} answer. */
    @FunctionalInterface
    interface Lister {
        Object page(MatterFilter filter, ListSort.Sort sort, int page, int size);
    }

    /**
     * The list page of one kind of matter: filter, sort, page size and the list kit's links from the query; a filter
     * the user typed wrong re-renders the unfiltered first page with the message above it.
     */
    <E extends Enum<E>> String list(Map<String, String> q, Model model, PageRefusal refusal, String path, String view,
                                    ListSort sorts, Class<E> states, java.util.function.Function<E, String> label, Lister lister) {
        model.addAttribute("q", q);
        model.addAttribute("states", states.getEnumConstants());
        refusal.render("filterError", () -> {
            model.addAttribute("result", lister.page(MatterFilter.none(), sorts.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url(path, Map.of()), sorts.defaults(), PageSize.DEFAULT));
            return view;
        });
        MatterFilter f = filter(q, states, label);
        ListSort.Sort sort = sorts.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(url(path, q), sort, size));
        model.addAttribute("result", lister.page(f, sort, Params.page(q.get("page")), size));
        return view;
    }

    static FilterUrl url(String path, Map<String, String> q) {
        return FilterUrl.of(path).with("jurisdiction", q.get("jurisdiction")).with("mine", q.get("mine"))
                .with("state", q.get("state")).with("major", q.get("major")).with("overdue", q.get("overdue"));
    }

    /** Streams a file the matter names (its order, report or photos); any other id is 404. */
    void send(Actor actor, Long fileId, List<Long> allowed, HttpServletResponse response) throws IOException {
        if (fileId == null || !allowed.contains(fileId)) {
            throw BusinessException.notFound("文件");
        }
        StoredFile f = files.find(fileId, actor);
        response.setContentType(f.contentType() == null ? "application/octet-stream" : f.contentType());
        response.setHeader("Content-Disposition", Attachment.disposition(f.originalName()));
        response.setContentLengthLong(f.size());
        files.copyVerified(f, response.getOutputStream());
    }
}
