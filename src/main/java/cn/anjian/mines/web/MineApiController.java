package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import cn.anjian.mines.planner.AssignmentPlans;
import cn.anjian.mines.planner.MinePlanApproval;
import cn.anjian.mines.planner.PlanMoves;
import cn.anjian.mines.planner.PlanOutcome;
import cn.anjian.mines.planner.PlanView;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.registry.NewCommissioner;
import cn.anjian.mines.registry.NewMine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mines' API (issue 16): registering mines and commissioners, computing, reading and adjusting plans. */
@RestController
@RequestMapping("/api/v1/mines")
@RequiredArgsConstructor
class MineApiController {

    record PlanRequest(String jurisdictionCode, Integer year) {
    }

    record MoveRequest(Long commissionerId, Long fromMineId, Long toMineId) {
    }

    record MemberRequest(Long commissionerId, Long mineId) {
    }

    record ViolationJson(String code, String message, Long mineId, Long commissionerId) {
    }

    record GroupJson(List<Long> mineIds, List<Long> memberIds, Long leaderId) {
    }

    record PlanJson(String status, List<ViolationJson> hardViolations, List<PlanOutcome.Assignment> assignments,
                    List<GroupJson> groups, List<PlanOutcome.Unstaffed> unstaffed, String score) {
        static PlanJson of(PlanView v) {
            PlanOutcome o = v.outcome();
            return new PlanJson(v.status().name(), v.hardViolations().stream().map(x -> new ViolationJson(x.ruleId(),
                    x.message(), x.mineId(), x.commissionerId())).toList(),
                    o == null ? List.of() : o.assignments(),
                    o == null ? List.of() : o.groups().stream().map(g -> new GroupJson(g.mineIds(), g.memberIds(),
                            g.leaderId())).toList(),
                    o == null ? List.of() : o.unstaffed(), v.score());
        }
    }

    private final MineRegistry registry;
    private final AssignmentPlans plans;
    private final PlanMoves moves;
    private final MinePlanApproval approval;

    /** MC-01: registers an enterprise in scope as a mine. */
    @PostMapping
    @PreAuthorize("hasAuthority('mine:manage')")
    ResponseEntity<Map<String, Long>> register(@AuthenticationPrincipal Actor actor,
                                               @RequestBody(required = false) NewMine body) {
        Params.requireBody(body, "请提交矿山信息");
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", registry.register(actor, body)));
    }

    /** MC-04: selects a recorded person as a commissioner. */
    @PostMapping("/commissioners")
    @PreAuthorize("hasAuthority('mine:manage')")
    ResponseEntity<Map<String, Long>> select(@AuthenticationPrincipal Actor actor,
                                             @RequestBody(required = false) NewCommissioner body) {
        Params.requireBody(body, "请提交监管专员信息");
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", registry.select(actor, body)));
    }

    /** MC-09: starts computing a jurisdiction's plan for a year; poll the GET for progress. */
    @PostMapping("/assignment-plans")
    @PreAuthorize("hasAuthority('mine:plan')")
    ResponseEntity<Map<String, Long>> plan(@AuthenticationPrincipal Actor actor,
                                           @RequestBody(required = false) PlanRequest body) {
        Params.requireBody(body, "请提交行政区划代码和年度");
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("id", plans.create(actor, body.jurisdictionCode(), body.year())));
    }

    @GetMapping("/assignment-plans/{id}")
    @PreAuthorize("hasAuthority('mine:read')")
    PlanJson get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return PlanJson.of(plans.get(actor, id));
    }

    /** Manual adjustment, re-checked; a breach is refused (422) with the rule as the code. */
    @PostMapping("/assignment-plans/{id}/moves")
    @PreAuthorize("hasAuthority('mine:plan')")
    PlanJson move(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @RequestBody(required = false) MoveRequest body) {
        Params.requireBody(body, "请提交调整内容");
        return PlanJson.of(moves.move(actor, id, body.commissionerId(), body.fromMineId(), body.toMineId()));
    }

    /** MC-09: adds a commissioner to a mine of a draft plan, re-checked; a breach is refused (422) with the rule as the code. */
    @PostMapping("/assignment-plans/{id}/additions")
    @PreAuthorize("hasAuthority('mine:plan')")
    PlanJson add(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                 @RequestBody(required = false) MemberRequest body) {
        plans.get(actor, id);
        Params.requireBody(body, "请提交增派的监管专员和矿山");
        return PlanJson.of(moves.add(actor, id, body.commissionerId(), body.mineId()));
    }

    /** MC-09: takes a commissioner off a mine of a draft plan; refused (422) when the mine would fall short. */
    @PostMapping("/assignment-plans/{id}/removals")
    @PreAuthorize("hasAuthority('mine:plan')")
    PlanJson remove(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @RequestBody(required = false) MemberRequest body) {
        plans.get(actor, id);
        Params.requireBody(body, "请提交撤出的监管专员和矿山");
        return PlanJson.of(moves.remove(actor, id, body.commissionerId(), body.mineId()));
    }

    /** MC-09: computes the plan's jurisdiction and year again with the longer limit; poll the new plan's GET. */
    @PostMapping("/assignment-plans/{id}/recompute")
    @PreAuthorize("hasAuthority('mine:plan')")
    ResponseEntity<Map<String, Long>> recompute(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", plans.recompute(actor, id)));
    }

    /** MC-06: submits a plan without rule breaches for review (unit head) and approval (director). */
    @PostMapping("/assignment-plans/{id}/submit")
    @PreAuthorize("hasAuthority('mine:plan')")
    PlanJson submit(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        approval.submit(actor, id);
        return PlanJson.of(plans.get(actor, id));
    }
}
