package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.ExemptionReason;
import cn.anjian.recording.ExemptionStatus;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * REC-04 (art. 14): the reason a mandatory-AV step has no AV record. The reasons of art. 14(一)(二) are accepted
 * as given (with a note); art. 14(三) "other situations unsuitable for AV" goes to the unit head of the case's
 * agency on the one approval mechanism and clears the REC-03 flag only when approved. Four eyes: the workflow
 * never lets the requester decide his own request ({@code WF-FOUR-EYES}). An accepted reason waives the
 * REC-07 upload deadline.
 */
@Component
@RequiredArgsConstructor
class AvExemptions {

    static final String SUBJECT = "rec-av-exemption";
    static final FlowDefinition FLOW = new FlowDefinition("rec-av-exemption", "未进行音像记录理由审批（第十四条（三））",
            new StepDefinition("unit-head", "科室负责人审批", "UNIT_HEAD", AgencyTarget.SAME_AGENCY, EnumSet.of(Decision.REJECT), null));

    private final Activities activities;
    private final ActivityRepository repository;
    private final Cases cases;
    private final Deadlines deadlines;
    private final Workflows workflows;
    private final Clock clock;

    /** REC-04: records the reason; art. 14(三) starts the unit head's approval, the others are accepted at once. */
    @Transactional
    void exempt(long activityId, String reason, String note, Actor actor) {
        ActivityView a = activities.activity(activityId, actor);
        ExemptionReason r = Exemptions.parse(reason, note);
        Activity activity = repository.findById(activityId).orElseThrow(() -> BusinessException.notFound("执法活动"));
        ExemptionStatus status = activity.exempt(r, note.strip(), a.avCount(), actor.username(), clock.instant());
        if (status == ExemptionStatus.PENDING) {
            CaseRef c = cases.find(a.caseId()).orElseThrow(() -> BusinessException.notFound("案件"));
            FlowId flow = workflows.start(FLOW, SUBJECT, String.valueOf(activityId),
                    "未进行音像记录：" + c.caseNumber() + " " + a.kind().label() + "（" + a.place() + "）",
                    "/recording/cases/" + c.id(), c.agencyId(), actor);
            activity.exemptionFlowStarted(flow.value());
        } else {
            waiveUpload(activity.uploadDeadlineId(), r);
        }
        repository.save(activity); // publishes the audit entry
    }

    /** The unit head's decision ({@link AvExemptionFlowOutcomes}), inside the deciding transaction. */
    @Transactional
    void decided(FlowCompleted done) {
        Activity activity = repository.findByExemptionFlowId(done.flowId().value()).orElse(null);
        if (activity == null) {
            return;
        }
        Instant at = done.at() == null ? clock.instant() : done.at();
        activity.exemptionDecided(done.approved(), done.actor() == null ? "system" : done.actor(), done.opinion(), at);
        if (done.approved()) {
            waiveUpload(activity.uploadDeadlineId(), ExemptionReason.OTHER_UNSUITABLE);
        }
        repository.save(activity);
    }

    private void waiveUpload(Long deadlineId, ExemptionReason r) {
        if (deadlineId == null) {
            return;
        }
        DeadlineId d = new DeadlineId(deadlineId);
        deadlines.find(d).filter(v -> v.state() == DeadlineState.OPEN || v.state() == DeadlineState.OVERDUE)
                .ifPresent(v -> deadlines.waive(d, "未进行音像记录：" + r.label()));
    }
}
