package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowReturned;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MA-01: the unit confirms a computed grade (four eyes: the officer who submits decides no step); an override of the
 * grade needs a reason and the head's approval. MA-09: an exemption (art. 39) is approved by the unit head and the
 * director; an approved one frees the occurrence from the ladder and re-computes the draft assessment of its year.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class AssessmentFlows implements FlowOutcomeHandler {

    static final FlowDefinition CONFIRM = new FlowDefinition("mine-assessment-confirm", "监管专员年度专项考核结果确认",
            StepDefinition.of("unit-head", "科室负责人审核确认", "UNIT_HEAD", AgencyTarget.SAME_AGENCY));
    static final FlowDefinition OVERRIDE = new FlowDefinition("mine-assessment-override", "调整监管专员年度专项考核等次",
            StepDefinition.of("unit-head", "科室负责人审核", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("director", "局长批准", "DIRECTOR", AgencyTarget.SAME_AGENCY));
    static final FlowDefinition EXEMPTION = new FlowDefinition("mine-accountability-exemption", "监管专员免予追究责任",
            StepDefinition.of("unit-head", "科室负责人审核", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("director", "局长批准", "DIRECTOR", AgencyTarget.SAME_AGENCY));

    private final CommissionerAssessments assessments;
    private final AssessmentRepository repository;
    private final ExemptionRepository exemptions;
    private final YearFactsReader reader;
    private final Workflows workflows;
    private final Clock clock;

    public void submit(Actor actor, long id) {
        AssessmentFacts.require(actor);
        Assessment a = assessments.find(actor, id);
        a.submit();   // the state gate first: nothing is started for a confirmed or pending assessment
        long flow = workflows.start(CONFIRM, Assessment.SUBJECT, String.valueOf(id), title(a), "/mines/assessments/" + id,
                a.agencyId(), actor).value();
        a.flowStarted(flow);
        repository.save(a);
    }

    public void override(Actor actor, long id, Grade to, String reason) {
        AssessmentFacts.require(actor);
        Assessment a = assessments.find(actor, id);
        String why = Params.text("MA-01-OVERRIDE-REASON", "调整理由", reason, 1000, false);
        a.requestOverride(to, why);
        long flow = workflows.start(OVERRIDE, Assessment.SUBJECT, String.valueOf(id), title(a) + "（调整等次）",
                "/mines/assessments/" + id, a.agencyId(), actor).value();
        a.flowStarted(flow);
        repository.save(a);
    }

    /** MA-09: an exemption of one occurrence of the assessment's year (a check with missed items). */
    public long requestExemption(Actor actor, long id, String checkRef, ExemptionGround ground, String note) {
        AssessmentFacts.require(actor);
        Assessment a = assessments.find(actor, id);
        String ref = Params.text("MA-09-CHECK", "检查", checkRef, 64, true);
        if (reader.missed(a.commissionerId(), a.year()).stream().noneMatch(m -> m.checkRef().equals(ref))) {
            throw BusinessException.badInput("MA-09-CHECK", "该检查在本年度没有漏查记录");
        }
        if (exemptions.findByCommissionerIdAndYearAndCheckRef(a.commissionerId(), a.year(), ref).stream()
                .anyMatch(e -> e.status() != Exemption.Status.REJECTED)) {
            throw BusinessException.conflict("MA-09-DUPLICATE", "该次漏查已申请或已批准免责");
        }
        String text = Params.text("MA-09-NOTE", "免责事实和依据", note, 1000, false);
        Exemption e = exemptions.save(Exemption.request(a.commissionerId(), a.scopePath(), a.year(), ref, ground, text,
                clock.instant(), actor.username()));
        long flow = workflows.start(EXEMPTION, Exemption.SUBJECT, String.valueOf(e.id()), title(a) + "：免予追究责任",
                "/mines/assessments/" + id, a.agencyId(), actor).value();
        e.started(flow);
        exemptions.save(e);
        return e.id();
    }

    private static String title(Assessment a) {
        return a.year() + " 年度监管专员专项考核";
    }

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(CONFIRM, OVERRIDE, EXEMPTION);
    }

    @Override
    public void completed(FlowCompleted e) {
        decide(e.definitionCode(), Long.parseLong(e.subjectId()), e.approved());
    }

    @Override
    public void returned(FlowReturned e) {
        decide(e.definitionCode(), Long.parseLong(e.subjectId()), false);
    }

    private void decide(String definition, long subjectId, boolean approved) {
        if (EXEMPTION.code().equals(definition)) {
            Exemption x = exemptions.findById(subjectId).orElseThrow();
            x.decided(approved);
            exemptions.save(x);
            if (approved) {
                repository.findByCommissionerIdAndYear(x.commissionerId(), x.year())
                        .ifPresent(a -> assessments.recomputeOne(a.id()));
            }
            return;
        }
        Assessment a = repository.findById(subjectId).orElseThrow();
        a.decided(approved, clock.instant());
        repository.save(a);
    }
}
