package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.mines.work.CheckStatus;
import cn.anjian.mines.work.MineCheckQueries;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 20 item 7: the checks recorded offline outside the geofence and waiting for review (MW-10) as JSON, the list of
 * {@code /mines/checks/flagged}: same scope, order and page size, counted up to {@link ListCount#CAP} like the other
 * list APIs ({@code totalCapped}: more match).
 */
@RestController
@RequestMapping("/api/v1/mines/checks")
@RequiredArgsConstructor
class MineCheckApiController {

    private final MineCheckQueries checks;

    record FlaggedPage(List<MineCheckQueries.Row> items, int page, int pageSize, long total, boolean totalCapped) {
    }

    @GetMapping("/flagged")
    @PreAuthorize("hasAuthority('mine:check-review')")
    @Operation(summary = "辖区内待核查的检查记录（离线打卡超出范围，MW-10）：默认按检查时间倒序，可排序、分页")
    FlaggedPage flagged(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        ListSort.Sort sort = MineCheckQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        MineCheckQueries.Result r = checks.list(actor, new MineCheckQueries.Filter(null, null, null, CheckStatus.FLAGGED, null),
                sort, Params.page(q.get("page")), size, ListCount.CAPPED);
        return new FlaggedPage(r.items(), r.page(), r.size(), r.total(), r.totalCapped());
    }
}
