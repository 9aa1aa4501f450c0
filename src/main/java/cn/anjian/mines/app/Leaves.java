package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowReturned;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-11 (art. 20): a commissioner who cannot be at the mine asks the department for leave, naming a substitute;
 * the unit head decides on workflow (four eyes: the commissioner starts the flow and decides nothing). No
 * deadline: the request is decided before the leave starts. During leave remote supervision continues (MW-01):
 * the app says so and the weekly requirement is unchanged.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Leaves implements FlowOutcomeHandler {

    static final String SUBJECT = "mine_leave";
    static final FlowDefinition FLOW = new FlowDefinition("mine-commissioner-leave", "矿山安全监管专员请假",
            StepDefinition.of("unit-head", "科室负责人审批", "UNIT_HEAD", AgencyTarget.SAME_AGENCY));
    /** What the app shows during an approved leave (art. 20). */
    public static final String REMOTE_DUTY = "请假期间仍需远程监管";

    private final LeaveRepository leaves;
    private final CommissionerSelf self;
    private final Workflows workflows;
    private final Clock clock;

    public record LeaveRequest(LocalDate startsOn, LocalDate endsOn, String reason, Long substituteId) {
    }

    public record MyLeave(long id, LocalDate startsOn, LocalDate endsOn, String reason, LeaveStatus status) {
    }

    /** Files the request and starts the department's approval; refused before anything is stored. */
    public long request(Actor actor, LeaveRequest r) {
        Me me = self.require(actor);
        if (r.substituteId() == null) {
            throw BusinessException.badInput("MW-11-SUBSTITUTE", "请选择代岗监管专员");
        }
        if (r.substituteId() != me.commissionerId() && self.colleague(me, r.substituteId()).isEmpty()) {
            throw new BusinessException("MW-11-SUBSTITUTE", "代岗监管专员须为本部门在岗的其他监管专员");
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        Leave l = Leave.request(me, r.startsOn(), r.endsOn(), r.reason(), r.substituteId(), today, clock.instant(),
                actor.username());
        for (Leave other : leaves.findByCommissionerId(me.commissionerId())) {
            if (other.overlaps(r.startsOn(), r.endsOn())) {
                throw BusinessException.conflict("MW-11-OVERLAP", "与已提交的请假（" + Fmt.date(other.startsOn()) + " 至 "
                        + Fmt.date(other.endsOn()) + "）时间重叠");
            }
        }
        l = leaves.save(l);
        FlowId flow = workflows.start(FLOW, SUBJECT, String.valueOf(l.id()), "请假：" + me.name() + " "
                        + Fmt.date(r.startsOn()) + " 至 " + Fmt.date(r.endsOn()), "/mines/leaves",
                actor.agencyId(), actor);
        l.flow(flow.value());
        return leaves.save(l).id();
    }

    /** The actor's own requests, newest first. */
    @Transactional(readOnly = true)
    public List<MyLeave> mine(Actor actor) {
        return self.find(actor).map(me -> leaves.findByCommissionerId(me.commissionerId()).stream()
                .sorted((a, b) -> b.startsOn().compareTo(a.startsOn()))
                .map(l -> new MyLeave(l.id(), l.startsOn(), l.endsOn(), l.reason(), l.status())).toList()).orElse(List.of());
    }

    /** The actor's possible substitutes (other commissioners of the department), empty for a non-commissioner. */
    @Transactional(readOnly = true)
    public List<CommissionerSelf.Colleague> substitutes(Actor actor) {
        return self.find(actor).map(self::colleagues).orElse(List.of());
    }

    /** The approval flow of a leave (trusted: the caller filed it). */
    @Transactional(readOnly = true)
    public FlowId flowOf(long leaveId) {
        return new FlowId(leaves.findById(leaveId).orElseThrow(() -> BusinessException.notFound("请假申请")).flowId());
    }

    /** The approved leave the commissioner is on that day, if any. */
    @Transactional(readOnly = true)
    public Optional<MyLeave> onLeave(long commissionerId, LocalDate day) {
        return leaves.findByCommissionerId(commissionerId).stream()
                .filter(l -> l.status() == LeaveStatus.APPROVED && l.overlaps(day, day))
                .map(l -> new MyLeave(l.id(), l.startsOn(), l.endsOn(), l.reason(), l.status())).findFirst();
    }

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(FLOW);
    }

    @Override
    public void completed(FlowCompleted e) {
        decide(Long.parseLong(e.subjectId()), e.approved(), e.opinion());
    }

    @Override
    public void returned(FlowReturned e) {
        decide(Long.parseLong(e.subjectId()), false, e.opinion());
    }

    private void decide(long id, boolean approved, String opinion) {
        Leave l = leaves.findById(id).orElseThrow();
        l.decide(approved, opinion, clock.instant());
        leaves.save(l);
    }
}
