package cn.anjian.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The flow aggregate. State transitions are methods that check the current state first and throw a
 * {@link BusinessException} before changing anything; {@code @Version} makes two concurrent decisions
 * on the same flow impossible (the second save fails).
 */
@Table("wf_flow")
class Flow {

    static final int OPINION_MAX = 2000;

    @Id
    Long id;
    @Version
    Integer version;
    final String definitionCode;
    final String definitionName;
    final String subjectType;
    final String subjectId;
    final String subjectUrl;
    final String title;
    final long initiatingAgencyId;
    final String initiatingAgencyName;
    final long initiatorUserId;
    final String initiatorName;
    FlowState state;
    int currentStep;
    int round;
    final String scopePath;
    final Instant startedAt;
    Instant finishedAt;
    @MappedCollection(idColumn = "flow_id", keyColumn = "idx")
    List<FlowStep> steps;
    @MappedCollection(idColumn = "flow_id", keyColumn = "seq")
    List<FlowRecordEntry> entries;

    @PersistenceCreator
    Flow(Long id, Integer version, String definitionCode, String definitionName, String subjectType, String subjectId,
         String subjectUrl, String title, long initiatingAgencyId, String initiatingAgencyName, long initiatorUserId,
         String initiatorName, FlowState state, int currentStep, int round, String scopePath, Instant startedAt,
         Instant finishedAt, List<FlowStep> steps, List<FlowRecordEntry> entries) {
        this.id = id;
        this.version = version;
        this.definitionCode = definitionCode;
        this.definitionName = definitionName;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectUrl = subjectUrl;
        this.title = title;
        this.initiatingAgencyId = initiatingAgencyId;
        this.initiatingAgencyName = initiatingAgencyName;
        this.initiatorUserId = initiatorUserId;
        this.initiatorName = initiatorName;
        this.state = state;
        this.currentStep = currentStep;
        this.round = round;
        this.scopePath = scopePath;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.steps = new ArrayList<>(steps == null ? List.of() : steps);
        this.entries = new ArrayList<>(entries == null ? List.of() : entries);
    }

    static Flow start(String definitionCode, String definitionName, String subjectType, String subjectId,
                      String subjectUrl, String title, long agencyId, String agencyName, long initiatorUserId,
                      String initiatorName, String scopePath, List<FlowStep> resolved, Instant now) {
        List<FlowStep> steps = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            steps.add(i == 0 ? resolved.get(i).pending(now) : resolved.get(i).withState(FlowStep.WAITING));
        }
        return new Flow(null, null, definitionCode, definitionName, subjectType, subjectId, subjectUrl, title,
                agencyId, agencyName, initiatorUserId, initiatorName, FlowState.RUNNING, 0, 1, scopePath, now, null,
                steps, List.of());
    }

    FlowStep current() {
        return steps.get(currentStep);
    }

    /** Gates that do not depend on who decides (checked after the decider gate by the service). */
    void checkDecision(Decision decision, String opinion) {
        requireRunning();
        if (decision == null) {
            throw BusinessException.badInput("WF-DECISION", "请选择审批决定：同意、不同意或退回修改");
        }
        FlowStep step = current();
        if (!step.allowedDecisions().contains(decision)) {
            throw new BusinessException("WF-DECISION-NOT-ALLOWED", "“" + step.name() + "”这一步不能作出“" + decision.label() + "”的决定");
        }
        if (decision != Decision.APPROVE && opinion == null) {
            throw BusinessException.badInput("WF-OPINION-REQUIRED", "“" + decision.label() + "”时必须填写审批意见");
        }
    }

    boolean startedBy(long userId) {
        return initiatorUserId == userId;
    }

    /**
     * Four eyes: whoever started the flow (and so resubmits it) never decides one of its steps, even
     * when they hold the step's role — otherwise a unit head could approve his own transfer.
     */
    void requireOtherThanInitiator(long actorUserId) {
        if (startedBy(actorUserId)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "WF-FOUR-EYES",
                    "此审批由您本人发起，不能由您审批其中的任何一步；请由" + current().agencyName() + "的其他有权人员审批");
        }
    }

    void requireRunning() {
        switch (state) {
            case APPROVED, REJECTED -> throw new BusinessException("WF-FINISHED",
                    "该审批已办结（" + state.label() + "），不能再作决定");
            case RETURNED -> throw new BusinessException("WF-RETURNED", "该审批已退回发起人修改，等待重新提交");
            default -> {
            }
        }
    }

    /**
     * Records the decision on the current step and moves on. Returns the step that was decided.
     * The caller has checked the decider and {@link #checkDecision}.
     */
    FlowStep decide(Decision decision, String opinion, long actorUserId, String actorName, Instant now) {
        checkDecision(decision, opinion);
        FlowStep step = current();
        entries.add(new FlowRecordEntry(round, currentStep, step.name(), step.agencyName(), actorUserId, actorName,
                decision.name(), opinion, now));
        switch (decision) {
            case APPROVE -> {
                steps.set(currentStep, step.withState("APPROVED"));
                if (currentStep == steps.size() - 1) {
                    state = FlowState.APPROVED;
                    finishedAt = now;
                } else {
                    currentStep++;
                    steps.set(currentStep, steps.get(currentStep).pending(now));
                }
            }
            case REJECT -> {
                steps.set(currentStep, step.withState("REJECTED"));
                state = FlowState.REJECTED;
                finishedAt = now;
            }
            case RETURN -> {
                steps.set(currentStep, step.withState("RETURNED"));
                state = FlowState.RETURNED;
            }
        }
        return step;
    }

    /**
     * The initiator resubmits after revision: a new round starts at the first step (every level looks
     * at the revised subject again; earlier rounds' decisions stay in the history).
     */
    void resubmit(long actorUserId, String actorName, String note, Instant now) {
        checkResubmit(actorUserId);
        entries.add(new FlowRecordEntry(round, -1, null, initiatingAgencyName, actorUserId, actorName, null, note, now));
        round++;
        state = FlowState.RUNNING;
        currentStep = 0;
        for (int i = 0; i < steps.size(); i++) {
            steps.set(i, i == 0 ? steps.get(i).pending(now) : steps.get(i).withState(FlowStep.WAITING));
        }
    }

    void checkResubmit(long actorUserId) {
        if (state != FlowState.RETURNED) {
            throw new BusinessException("WF-NOT-RETURNED", state.finished()
                    ? "该审批已办结（" + state.label() + "），不能重新提交"
                    : "该审批正在审批中，未被退回，不需要重新提交");
        }
        if (actorUserId != initiatorUserId) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "WF-NOT-INITIATOR",
                    "只有发起人" + initiatorName + "可以修改后重新提交");
        }
    }

    void setCurrentDeadline(long deadlineId, Instant dueAt) {
        steps.set(currentStep, current().withDeadline(deadlineId, dueAt));
    }
}
