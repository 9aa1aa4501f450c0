package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

import java.util.Map;

import cn.anjian.enforcement.items.ItemViews.CaseItemView;
import cn.anjian.enforcement.items.ItemViews.ItemPage;
import cn.anjian.enforcement.items.ItemViews.ItemView;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue's API (CASE-17): read by every business role (and later by the public portal, PUB-01: items, their
 * legal bases and discretion benchmarks are published before enforcement); written by the province administrator.
 * The case's choice: {@code PUT /api/v1/cases/{id}/enforcement-item}.
 */
@RestController
@RequiredArgsConstructor
class ItemApiController {

    private final EnforcementItems items;
    private final CaseItems caseItems;

    @GetMapping("/api/v1/enforcement-items")
    @PreAuthorize("hasAuthority('item:read')")
    ItemPage list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String level, @RequestParam(required = false) String active,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String size,
                  @RequestParam(required = false) String page) {
        return items.list(EnforcementItems.filter(q, kind, level, active, sort), Params.page(page), PageSize.parse(size));
    }

    @GetMapping("/api/v1/enforcement-items/{id}")
    @PreAuthorize("hasAuthority('item:read')")
    ItemView get(@PathVariable String id) {
        return items.get(Params.id("id", id));
    }

    @PostMapping("/api/v1/enforcement-items")
    @PreAuthorize("hasAuthority('item:manage')")
    @ResponseStatus(HttpStatus.CREATED)
    ItemView create(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) EnforcementItems.Input in) {
        Params.requireBody(in, "请提交执法事项");
        return items.get(items.create(actor, in));
    }

    record Revision(int version, EnforcementItems.Input item) {
    }

    @PutMapping("/api/v1/enforcement-items/{id}")
    @PreAuthorize("hasAuthority('item:manage')")
    ItemView update(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestBody(required = false) Revision in) {
        Params.requireBody(in, "请提交执法事项及其版本号");
        long itemId = Params.id("id", id);
        items.update(actor, itemId, in.version(), in.item());
        return items.get(itemId);
    }

    record Choice(Long itemId, Integer benchmarkSeq, String reason) {
    }

    @GetMapping("/api/v1/cases/{id}/enforcement-item")
    @PreAuthorize("hasAuthority('case:read')")
    Map<String, Object> caseItem(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        CaseItemView v = caseItems.find(actor, Params.id("id", id))
                .orElseThrow(() -> BusinessException.notFound("本案执法事项"));
        return Map.of("choice", v);
    }

    @PutMapping("/api/v1/cases/{id}/enforcement-item")
    @PreAuthorize("hasAuthority('case:manage')")
    CaseItemView choose(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestBody(required = false) Choice in) {
        Params.requireBody(in, "请提交执法事项");
        return caseItems.choose(actor, Params.id("id", id), in.itemId(), in.benchmarkSeq(), in.reason());
    }
}
