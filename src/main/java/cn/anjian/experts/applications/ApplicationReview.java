package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-03 / EXP-05 as HR (人事教育培训股) drives them: the eligibility exception (reason, then another person's
 * approval), sending an application into the review flow, sending it to the director's meeting after the notice, and
 * deleting an archive whose five years have passed.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ApplicationReview {

    static final String WHAT = "专家申报";
    static final String SUBJECT = "expert_application";

    /** EXP-05 (seed 002 art. 6(2)–(3)): the review before the public notice, in the article's order. */
    static final FlowDefinition REVIEW_FLOW = new FlowDefinition("expert-application-review", "专家申报审核推荐",
            StepDefinition.of("preliminary", "牵头股室初审（材料真实性）", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("recommend", "分管领导签字推荐", "DEPUTY_DIRECTOR", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("formal", "救援协调和预案管理股形式审查", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("leading-group", "专家管理领导小组批准拟定名单", "DIRECTOR", AgencyTarget.SAME_AGENCY));
    /** EXP-05 (seed 002 art. 6(3)–(4)): after the notice, the director's office meeting decides. */
    static final FlowDefinition MEETING_FLOW = new FlowDefinition("expert-application-meeting", "专家拟定名单局长办公会审定",
            StepDefinition.of("meeting", "局长办公会审定", "DIRECTOR", AgencyTarget.SAME_AGENCY));

    private final ApplicationRepository applications;
    private final ObjectionRepository objections;
    private final Workflows workflows;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    static void requireManage(Actor actor) {
        if (!actor.hasPermission("expert:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有办理专家申报的权限");
        }
    }

    ExpertApplication load(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, applications.findById(id), a -> a.scopePath, WHAT);
    }

    /** EXP-03: every criterion of the level, on the day the application was filed. */
    static List<Eligibility.Criterion> criteria(ExpertApplication x) {
        return Eligibility.check(x.facts(), LocalDate.ofInstant(x.submittedAt, Zones.SHANGHAI));
    }

    public void requestException(Actor actor, long id, String reason) {
        requireManage(actor);
        ExpertApplication x = load(actor, id);
        String r = Params.text("EXP-03-REASON", "破格理由", reason, 500, true);
        x.requestException(criteria(x), r, actor.username());
        applications.save(x);
    }

    /** EXP-03 four eyes: the one who asked for the exception cannot approve it. */
    public void approveException(Actor actor, long id) {
        requireManage(actor);
        ExpertApplication x = load(actor, id);
        x.approveException(actor.username(), clock.instant());
        applications.save(x);
    }

    /** EXP-03 gate, then EXP-05: HR sends the application into the review flow. */
    public FlowId startReview(Actor actor, long id) {
        requireManage(actor);
        ExpertApplication x = load(actor, id);
        List<Eligibility.Criterion> c = criteria(x);
        x.requireReviewable(c); // before a flow is started
        FlowId flow = workflows.start(REVIEW_FLOW, SUBJECT, String.valueOf(id), "专家申报审核推荐：" + x.name,
                "/experts/applications/" + id, x.agencyId, actor);
        x.startReview(c, flow.value(), actor.username());
        applications.save(x);
        return flow;
    }

    /** EXP-05 gate: the meeting flow starts only after the notice, with every objection handled. */
    public FlowId startMeeting(Actor actor, long id) {
        requireManage(actor);
        ExpertApplication x = load(actor, id);
        LocalDate today = today();
        long open = objections.countOpen(id);
        x.requireMeetingAllowed(today, open); // before a flow is started
        FlowId flow = workflows.start(MEETING_FLOW, SUBJECT, String.valueOf(id), "专家拟定名单审定：" + x.name,
                "/experts/applications/" + id, x.agencyId, actor);
        x.startMeeting(today, open, flow.value(), actor.username());
        applications.save(x);
        return flow;
    }

    /** EXP-05: an objection is verified and answered (upheld or not) by HR. */
    public void handleObjection(Actor actor, long applicationId, long objectionId, boolean upheld, String result) {
        requireManage(actor);
        load(actor, applicationId);
        Objection o = objections.findById(objectionId).filter(x -> x.applicationId == applicationId)
                .orElseThrow(() -> BusinessException.notFound("异议"));
        o.handle(upheld, Params.text("EXP-05-HANDLING", "核查处理意见", result, 1000, true), clock.instant(), actor.username());
        objections.save(o);
    }

    /** EXP-05 (seed 002 art. 6(5)): an archive is deleted only after its retention date. */
    public void deleteArchive(Actor actor, long id) {
        requireManage(actor);
        ExpertApplication x = load(actor, id);
        x.requireDeletable(today());
        jdbc.sql("DELETE FROM exp_application_objection WHERE application_id = :id").param("id", id).update();
        applications.delete(x);
        events.publishEvent(AuditableEvent.change("experts.application.deleted", SUBJECT, id, x.audit(), null));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.SHANGHAI));
    }
}
