package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.mines.hazards.HazardQueries;
import cn.anjian.mines.hazards.Hazards;
import cn.anjian.mines.hazards.IncidentTips;
import cn.anjian.mines.hazards.MatterFilter;
import cn.anjian.mines.hazards.NewHazard;
import cn.anjian.mines.hazards.NewIncidentTip;
import cn.anjian.mines.hazards.NewStopWorkOrder;
import cn.anjian.mines.hazards.StopWorkOrders;
import cn.anjian.mines.hazards.StopWorkSync;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commissioner's phone API for hazards, re-checks, tips and stop-work orders (MW-06, MW-08, MW-12), under the
 * checks' base path; shapes in docs/conventions.md ("Mine work API: hazards and orders").
 */
@RestController
@RequestMapping("/api/v1/mines/work")
@RequiredArgsConstructor
class HazardWorkApiController {

    record HazardJson(long hazardId, long mineId, String mineName, String description, boolean major, String state,
                      String stateLabel, String orderNumber, LocalDate dueDate, boolean overdue, Instant foundAt,
                      int rounds, String report) {
        static HazardJson of(HazardQueries.Row r) {
            return new HazardJson(r.id(), r.mineId(), r.mineName(), r.description(), r.major(), r.state().name(),
                    r.state().label(), r.orderNumber(), r.dueDate(), r.overdue(), r.foundAt(), r.rounds(), r.report());
        }
    }

    record HazardRequest(Long mineId, String description, Boolean major, Integer rectificationDays,
                         List<Long> photoFileIds) {
    }

    record ReportRequest(String report, Long fileId) {
    }

    record RecheckRequest(Boolean passed, String note, Integer rectificationDays) {
    }

    record TipRequest(Long mineId, String source, String kind, String summary, Boolean immediate) {
    }

    private final Hazards hazards;
    private final HazardQueries queries;
    private final StopWorkSync stopSync;
    private final IncidentTips tips;

    /** The hazards of the commissioner's mines (or of one of them), newest first, at most 100. */
    @GetMapping("/hazards")
    @PreAuthorize("hasAuthority('mine:hazard')")
    Map<String, List<HazardJson>> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String mine) {
        Long mineId = Params.optionalId("矿山", mine);
        List<Long> supervised = hazards.myMines(actor).stream().map(m -> m.id()).toList();
        if (mineId != null && !supervised.contains(mineId)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "MW-NOT-SUPERVISED", "您不是该矿山的监管专员（含所在煤矿监管组）");
        }
        List<HazardJson> items = supervised.isEmpty() ? List.of() : queries.list(actor,
                        new MatterFilter(null, mineId, null, false, false), HazardQueries.SORT.defaults(), 0, 100)
                .items().stream().filter(r -> supervised.contains(r.mineId())).map(HazardJson::of).toList();
        return Map.of("items", items);
    }

    @PostMapping("/hazards")
    @PreAuthorize("hasAuthority('mine:hazard')")
    ResponseEntity<HazardJson> record(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) HazardRequest body) {
        Params.requireBody(body, "请提交隐患信息");
        long id = hazards.record(actor, new NewHazard(body.mineId(), body.description(), Boolean.TRUE.equals(body.major()),
                body.rectificationDays(), body.photoFileIds()));
        return ResponseEntity.status(HttpStatus.CREATED).body(HazardJson.of(queries.get(actor, id)));
    }

    @PostMapping("/hazards/{hazardId}/report")
    @PreAuthorize("hasAuthority('mine:hazard')")
    HazardJson report(@AuthenticationPrincipal Actor actor, @PathVariable long hazardId,
                      @RequestBody(required = false) ReportRequest body) {
        Params.requireBody(body, "请提交整改报告");
        hazards.report(actor, hazardId, body.report(), body.fileId());
        return HazardJson.of(queries.get(actor, hazardId));
    }

    @PostMapping("/hazards/{hazardId}/recheck")
    @PreAuthorize("hasAuthority('mine:hazard')")
    HazardJson recheck(@AuthenticationPrincipal Actor actor, @PathVariable long hazardId,
                       @RequestBody(required = false) RecheckRequest body) {
        Params.requireBody(body, "请提交复查结论");
        if (body.passed() == null) {
            throw BusinessException.badInput("MW-06-RECHECK", "请给出复查结论（passed: true 或 false）");
        }
        hazards.recheck(actor, hazardId, body.passed(), body.note(), body.rectificationDays());
        return HazardJson.of(queries.get(actor, hazardId));
    }

    @PutMapping("/stop-work-orders/{orderId}")
    @PreAuthorize("hasAuthority('mine:hazard')")
    ResponseEntity<StopWorkOrders.Outcome> stopWork(@AuthenticationPrincipal Actor actor, @PathVariable String orderId,
                                                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                    @RequestBody(required = false) NewStopWorkOrder body) {
        UUID id;
        try {
            id = UUID.fromString(orderId);
        } catch (IllegalArgumentException e) {
            throw BusinessException.badInput("MW-12-ID", "指令编号须为 UUID");
        }
        Params.requireBody(body, "请提交指令内容");
        StopWorkOrders.Outcome o = stopSync.sync(actor, id, key, body);
        return ResponseEntity.status(o.created() ? HttpStatus.CREATED : HttpStatus.OK).body(o);
    }

    @PostMapping("/incident-tips")
    @PreAuthorize("hasAuthority('mine:hazard')")
    ResponseEntity<Map<String, Long>> tip(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) TipRequest body) {
        Params.requireBody(body, "请提交线索信息");
        long id = tips.record(actor, new NewIncidentTip(body.mineId(), body.source(), body.kind(), body.summary(),
                Boolean.TRUE.equals(body.immediate()), null));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("tipId", id));
    }
}
