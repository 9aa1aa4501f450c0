package cn.anjian.experts.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.experts.draws.DrawRequest;
import cn.anjian.experts.draws.DrawView;
import cn.anjian.experts.draws.Draws;
import cn.anjian.experts.pool.PoolQueries;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The expert pool's API (issue 15): the structure, the roster (masked), draws and their replay. */
@RestController
@RequestMapping("/api/v1/experts")
@RequiredArgsConstructor
class ExpertApiController {

    record SubJson(String code, String name) {
    }

    record FieldJson(String code, String name, List<SubJson> subSpecialties) {
    }

    record PickJson(long expertId, String name) {
    }

    record ExclusionJson(long expertId, String reason) {
    }

    record DrawJson(long id, long seed, List<PickJson> selected, List<ExclusionJson> excluded) {
        static DrawJson of(DrawView d, List<DrawView.Pick> selected) {
            return new DrawJson(d.id(), d.seed(), selected.stream().map(p -> new PickJson(p.expertId(), p.name())).toList(),
                    d.excluded().stream().map(e -> new ExclusionJson(e.expertId(), e.reason())).toList());
        }
    }

    record ReplayJson(long id, long seed, List<PickJson> selected, List<ExclusionJson> excluded, boolean identical) {
    }

    private final PoolStructure structure;
    private final PoolQueries queries;
    private final Draws draws;

    /** EXP-01: {@code [{"code","name","subSpecialties":[{"code","name"}]}]}. */
    @GetMapping("/fields")
    @PreAuthorize("hasAuthority('expert:read')")
    List<FieldJson> fields() {
        return structure.fields().stream().map(f -> new FieldJson(f.code(), f.name(),
                f.subSpecialties().stream().map(s -> new SubJson(s.code(), s.name())).toList())).toList();
    }

    /** The roster in scope, masked like the page; same filters and sort as {@code /experts}. */
    @GetMapping
    @PreAuthorize("hasAuthority('expert:read')")
    PoolQueries.RosterPage roster(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return queries.list(actor, ExpertPageController.filter(q), PoolQueries.SORT.parse(q.get("sort")),
                Params.page(q.get("page")), PageSize.parse(q.get("size")));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return ExpertPageController.export(queries, actor, q);
    }

    /** EXP-07/08: a seeded draw; too few eligible experts → 422 saying how many and why. */
    @PostMapping("/draws")
    @PreAuthorize("hasAuthority('expert:draw')")
    ResponseEntity<DrawJson> draw(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) DrawRequest body) {
        Params.requireBody(body, "请提交抽取条件");
        DrawView d = draws.draw(actor, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(DrawJson.of(d, d.selected()));
    }

    /** EXP-07: reruns the stored draw from its candidate snapshot and seed. */
    @GetMapping("/draws/{id}/replay")
    @PreAuthorize("hasAuthority('expert:read')")
    ReplayJson replay(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        Draws.Replay r = draws.replay(actor, id);
        DrawJson j = DrawJson.of(r.draw(), r.selected());
        return new ReplayJson(j.id(), j.seed(), j.selected(), j.excluded(), r.same());
    }
}
