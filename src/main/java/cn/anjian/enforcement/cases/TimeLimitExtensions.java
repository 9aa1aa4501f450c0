package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.calendar.PeriodKind;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-13 (行政处罚法第六十条): the case time limit (the case's deadline in the calendar, opened with the setting
 * {@code enforcement.case-time-limit-days}) is extended only with the head's approval, on the one approval mechanism
 * (four eyes: the requester never approves). On approval the old deadline is waived and the calendar opens the new
 * one from the same start with the longer length; the case takes its id and due.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TimeLimitExtensions {

    static final FlowDefinition FLOW = new FlowDefinition("case-time-limit-extension", "延长办案期限",
            StepDefinition.of("head", "行政机关负责人批准延长", "DIRECTOR", AgencyTarget.SAME_AGENCY));

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final CaseRepository caseRepository;
    private final Workflows workflows;
    private final Deadlines deadlines;
    private final TimeLimitExtensionRepository extensions;

    /** A request as the case page and the API show it. */
    public record ExtensionView(long id, int extraDays, String reason, String status, String statusLabel, Instant oldDueAt,
                                Instant newDueAt, Integer newLengthDays, Instant requestedAt, String requestedBy,
                                Instant decidedAt, String decidedBy, String opinion, long flowId) {
    }

    public List<ExtensionView> list(Actor actor, long caseId) {
        cases.get(actor, caseId);
        return jdbc.sql("SELECT * FROM enf_case_extension WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query((rs, i) -> {
                    String s = rs.getString("status");
                    return new ExtensionView(rs.getLong("id"), rs.getInt("extra_days"), rs.getString("reason"), s,
                            switch (s) {
                                case "PENDING" -> "审批中";
                                case "APPROVED" -> "已批准";
                                default -> "未批准";
                            },
                            CaseService.instant(rs, "old_due_at"), CaseService.instant(rs, "new_due_at"),
                            (Integer) rs.getObject("new_length_days", Integer.class), CaseService.instant(rs, "requested_at"),
                            rs.getString("requested_by"), CaseService.instant(rs, "decided_at"), rs.getString("decided_by"),
                            rs.getString("opinion"), rs.getLong("flow_id"));
                }).list();
    }

    /** Requests an extension by {@code extraDays} with a reason and starts its approval flow. Needs {@code case:manage}. */
    @Transactional
    public ExtensionView request(Actor actor, long caseId, int extraDays, String reason) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        String r = Guards.text(reason, 2000, "延长理由");
        TimeLimitExtension.check(extraDays, r);
        if (c.closedAt() != null || cases.decisionIssued(caseId)) {
            throw new BusinessException("CASE-13-DECIDED", "本案已作出决定或已结案，无需延长办案期限");
        }
        boolean pending = jdbc.sql("SELECT count(*) FROM enf_case_extension WHERE case_id = :c AND status = 'PENDING'")
                .param("c", caseId).query(Integer.class).single() > 0;
        if (pending) {
            throw BusinessException.conflict("CASE-13-PENDING", "本案已有审批中的延期申请");
        }
        FlowId flow = workflows.start(FLOW, "case-time-limit-extension", Long.toString(caseId),
                "延长办案期限 " + extraDays + " 日：" + c.title(), "/cases/" + caseId, c.agencyId(), actor);
        long id = extensions.save(TimeLimitExtension.request(caseId, flow.value(), extraDays, r, c.dueAt(), cases.now(),
                actor.username())).id();
        return list(actor, caseId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** The flow ended ({@link ExtensionFlowOutcomes}), inside the deciding transaction: move the deadline when approved. */
    @Transactional
    public void decided(FlowCompleted done) {
        TimeLimitExtension e = extensions.findByFlowId(done.flowId().value()).orElse(null);
        if (e == null || !e.pending()) {
            return;
        }
        Instant at = done.at() == null ? cases.now() : done.at();
        String by = done.actor() == null ? "system" : done.actor();
        if (!done.approved()) {
            e.decide(false, null, null, at, by, done.opinion());
            extensions.save(e);
            return;
        }
        Case c = caseRepository.findById(e.caseId()).orElseThrow();
        CaseView v = cases.load(e.caseId()).orElseThrow();
        DeadlineView old = deadlines.find(new DeadlineId(c.deadlineId())).orElseThrow(() ->
                new BusinessException("CASE-13-NO-DEADLINE", "本案没有办案期限，无法延长"));
        int length = (old.period().kind() == PeriodKind.HOURS ? old.period().amount() / 24 : old.period().amount()) + e.extraDays();
        deadlines.waive(old.id(), "经负责人批准延长办案期限 " + e.extraDays() + " 日");
        DeadlineId next = deadlines.open(new NewDeadline("case", Long.toString(e.caseId()), "CASE-13", null, v.unitId(),
                old.jurisdictionId(), old.scopePath(), Period.hours(length * 24), old.startAt(), "办案期限（已延长）：" + v.title()));
        Instant due = deadlines.find(next).map(DeadlineView::dueAt).orElse(null);
        c.extendTimeLimit(next.value(), due, length, by);
        caseRepository.save(c);
        e.decide(true, due, length, at, by, done.opinion());
        extensions.save(e);
    }
}
