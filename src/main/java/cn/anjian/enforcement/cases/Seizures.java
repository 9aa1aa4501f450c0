package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.calendar.Period;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-14 查封、扣押 (行政强制法 art. 24–28): decided with the 查封扣押决定书 and its list of goods; 30 calendar days (a
 * calendar deadline, CAL-03); one extension of 30 days approved on the workflow by the unit head and the director
 * (行政强制法 art. 25: 经行政机关负责人批准; four eyes: the requesting officer never decides it), numbered 延长查封扣押期限决定书;
 * released with the 解除查封扣押决定书 and the record of the return. The on-site steps are the recording module's
 * mandatory-AV activities (SEALING_SEIZURE, SEIZURE_RELEASE, REC-03).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Seizures {

    static final String WHAT = "查封、扣押";
    static final FlowDefinition EXTENSION_FLOW = new FlowDefinition("case-seizure-extension", "延长查封、扣押期限",
            StepDefinition.of("unit-head", "科室负责人审核", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("director", "行政机关负责人批准", "DIRECTOR", AgencyTarget.SAME_AGENCY));
    static final Set<CaseStage> STAGES = Set.of(CaseStage.INVESTIGATION, CaseStage.DECISION, CaseStage.SERVICE, CaseStage.EXECUTION);

    private final CaseService cases;
    private final CaseDocuments documents;
    private final SeizureRepository repository;
    private final MeasureDeadlines deadlines;
    private final Workflows workflows;
    private final cn.anjian.kernel.ActingUsers users;

    /** 查封 / 扣押: code → label (for forms). */
    public static java.util.Map<String, String> measures() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (Seizure.Measure x : Seizure.Measure.values()) {
            m.put(x.name(), x.label());
        }
        return m;
    }

    /** What a sealing or seizure is decided with. */
    public record NewSeizure(String measure, LocalDate startedOn, String place, String reason, String basis,
                             List<GoodsItem> items) {
    }

    public List<CoercionViews.SeizureView> list(Actor actor, long caseId) {
        cases.get(actor, caseId);
        LocalDate today = cases.today();
        return repository.findByCaseIdOrderById(caseId).stream().map(s -> view(known(s), today)).toList();
    }

    @Transactional
    public CoercionViews.SeizureView decide(Actor actor, long caseId, NewSeizure in) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        if (c.kind() == CaseKind.LICENCE || !STAGES.contains(c.stage())) {
            throw new BusinessException("CASE-14-STAGE", "查封、扣押只能在行政检查、处罚、强制案件立案调查后、结案前采取");
        }
        if (in == null || in.measure() == null || in.measure().isBlank()) {
            throw BusinessException.badInput("CASE-14-MEASURE", "请选择查封或扣押");
        }
        Seizure.Measure measure = cn.anjian.kernel.Params.choice(Seizure.Measure.class, "强制措施", in.measure(), Seizure.Measure::label);
        LocalDate today = cases.today();
        LocalDate on = in.startedOn();
        if (on == null || on.isAfter(today) || on.isBefore(LocalDate.ofInstant(c.openedAt(), cn.anjian.kernel.Zones.SHANGHAI))) {
            throw BusinessException.badInput("CASE-14-DATE", "查封、扣押日期须在立案之后、不晚于今天");
        }
        String place = Guards.text(in.place(), 200, "查封、扣押地点");
        String reason = Guards.text(in.reason(), 2000, "理由");
        if (place == null || reason == null) {
            throw BusinessException.badInput(place == null ? "CASE-14-PLACE" : "CASE-14-REASON", place == null
                    ? "请填写查封、扣押的地点" : "请写明查封、扣押的理由");
        }
        String basis = Guards.text(in.basis(), 2000, "依据");
        List<GoodsItem> items = GoodsItem.check(in.items());
        Map<String, Object> model = documents.fill(c, new CaseDocuments.DocumentFields(reason,
                basis == null ? "《中华人民共和国行政强制法》第二十二条、第二十三条、第二十四条" : basis,
                "对下列场所、设施或者财物予以" + measure.label() + "，地点：" + place, "自" + Fmt.chineseDate(on) + "起三十日", null));
        model.put("items", GoodsItem.rows(items));
        String number = documents.issue(actor, c, "SEIZURE_DECISION", model).documentNumber();
        Seizure s = repository.save(Seizure.decide(caseId, measure, on, place, reason, basis, items, number, cases.now(),
                actor.username()));
        MeasureDeadlines.Opened d = deadlines.open(c, "case-seizure", s.id(), "CASE-14", Period.calendarDays(Seizure.PERIOD_DAYS),
                on, measure.label() + "期限");
        s.deadline(d.id(), d.due());
        return view(repository.save(s), today);
    }

    /** CASE-14: asks for the one 30-day extension; the unit head and the director decide it (never the requester). */
    @Transactional
    public CoercionViews.SeizureView requestExtension(Actor actor, long caseId, long seizureId, String reason) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        Seizure s = load(caseId, seizureId);
        LocalDate today = cases.today();
        s.requireExtensible(today);
        String why = Guards.text(reason, 2000, "延长理由");
        if (why == null) {
            throw BusinessException.badInput("CASE-14-EXTENSION-REASON", "请写明延长查封、扣押期限的理由（情况复杂）");
        }
        FlowId flow = workflows.start(EXTENSION_FLOW, "case-seizure", Long.toString(seizureId),
                "延长" + s.measure().label() + "期限：" + c.title(), "/cases/" + caseId + "#coercion", c.agencyId(), actor);
        s.requestExtension(flow.value(), why, today, actor.username());
        return view(save(s), today);
    }

    /** The extension's flow ended ({@link CoercionFlowOutcomes}): a new 60-day deadline from the start, and its document. */
    @Transactional
    public void extensionDecided(FlowCompleted done) {
        Seizure s = repository.findByExtensionFlowId(done.flowId().value()).orElse(null);
        if (s == null || !s.extensionPending()) {
            return;
        }
        CaseView c = cases.load(s.caseId()).orElseThrow();
        String by = done.actor() == null ? "system" : done.actor();
        if (!done.approved()) {
            s.extensionDecided(false, null, null, null, by);
            save(s);
            return;
        }
        MeasureDeadlines.Opened d = deadlines.open(c, "case-seizure", s.id(), "CASE-14",
                Period.calendarDays(Seizure.PERIOD_DAYS + Seizure.EXTENSION_DAYS), s.startedOn(), s.measure().label() + "期限（已延长）");
        deadlines.waive(s.deadlineId(), "经批准延长" + s.measure().label() + "期限");
        Map<String, Object> model = documents.fill(c, new CaseDocuments.DocumentFields(
                "本机关于" + Fmt.chineseDate(s.startedOn()) + "作出" + s.measure().label() + "决定（" + s.decisionNumber() + "）",
                "情况复杂，经本机关负责人批准，依据《中华人民共和国行政强制法》第二十五条", "延长" + s.measure().label() + "期限三十日",
                "延长至" + Fmt.chineseDate(d.due()), null));
        model.put("items", GoodsItem.rows(s.items()));
        Actor approver = users.actor(by).orElseThrow(() -> BusinessException.notFound("审批人"));
        String number = documents.issue(approver, c, "SEIZURE_EXTENSION", model).documentNumber();
        s.extensionDecided(true, d.id(), d.due(), number, by);
        save(s);
    }

    /** CASE-14 (行政强制法 art. 27–28): released today with the reason and the record of the return of the goods. */
    @Transactional
    public CoercionViews.SeizureView release(Actor actor, long caseId, long seizureId, String reason, String record) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        Seizure s = load(caseId, seizureId);
        LocalDate today = cases.today();
        s.requireReleasable(today);
        String why = Guards.text(reason, 2000, "解除理由");
        String rec = Guards.text(record, 2000, "解除记录");
        if (why == null || rec == null) {
            throw BusinessException.badInput(why == null ? "CASE-14-RELEASE-REASON" : "CASE-14-RELEASE-RECORD", why == null
                    ? "请写明解除的理由（行政强制法第二十八条）" : "请记录财物返还情况（返还对象、物品、签收人）");
        }
        Map<String, Object> model = documents.fill(c, new CaseDocuments.DocumentFields(
                "本机关于" + Fmt.chineseDate(s.startedOn()) + "作出" + s.measure().label() + "决定（" + s.decisionNumber() + "）",
                why, "解除" + s.measure().label() + "，" + rec, null, null));
        model.put("items", GoodsItem.rows(s.items()));
        String number = documents.issue(actor, c, "SEIZURE_RELEASE", model).documentNumber();
        s.release(today, why, rec, number, actor.username());
        deadlines.met(s.deadlineId(), cases.now());
        return view(save(s), today);
    }

    private Seizure load(long caseId, long seizureId) {
        return known(repository.findById(seizureId).filter(x -> x.caseId() == caseId).orElseThrow(() -> BusinessException.notFound(WHAT)));
    }

    private Seizure known(Seizure s) {
        s.endKnown(deadlines.due(s.deadlineId()));
        return s;
    }

    private Seizure save(Seizure s) {
        try {
            return repository.save(s);
        } catch (OptimisticLockingFailureException e) {
            throw BusinessException.conflict("CASE-14-CONCURRENT", "该查封、扣押已被他人变更，请刷新后重试");
        }
    }

    static CoercionViews.SeizureView view(Seizure s, LocalDate today) {
        boolean released = s.releasedOn() != null;
        String ext = s.extensionStatus().name();
        return new CoercionViews.SeizureView(s.id(), s.measure().name(), s.measure().label(), s.startedOn(), s.place(), s.reason(),
                s.items(), s.endsOn(), ext, EXTENSION_LABELS.get(ext), s.extensionNumber(), s.extensionFlowId(), released,
                s.releasedOn(), s.releaseReason(), s.releaseRecord(), s.decisionNumber(), s.releaseNumber(),
                !released && s.extensionStatus() != Seizure.Extension.APPROVED && s.extensionStatus() != Seizure.Extension.PENDING
                        && (s.endsOn() == null || !today.isAfter(s.endsOn())),
                !released && s.endsOn() != null && today.isAfter(s.endsOn()));
    }

    private static final Map<String, String> EXTENSION_LABELS = Map.of("NONE", "未延长", "PENDING", "延长审批中",
            "APPROVED", "已延长一次", "REJECTED", "延长未获批准");
}
