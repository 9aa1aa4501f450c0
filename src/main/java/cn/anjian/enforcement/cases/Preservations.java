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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-14 先行登记保存: registered with its goods and the 先行登记保存证据通知书, decided within 7 working days with the
 * 处理决定书. The on-site step itself is a mandatory-AV activity of the recording module (kind PRESERVATION, REC-03),
 * which flags it and blocks the closure while it has no AV record; nothing of that is duplicated here.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Preservations {

    static final String WHAT = "先行登记保存";
    /** Evidence is preserved while it is being gathered (行政处罚法 art. 56: 在证据可能灭失或者以后难以取得的情况下). */
    static final Set<CaseStage> STAGES = Set.of(CaseStage.INVESTIGATION, CaseStage.DECISION);

    private final CaseService cases;
    private final CaseDocuments documents;
    private final PreservationRepository repository;
    private final MeasureDeadlines deadlines;

    /** The decisions a preservation may end with: code → label (for forms). */
    public static java.util.Map<String, String> outcomes() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (Preservation.Outcome o : Preservation.Outcome.values()) {
            m.put(o.name(), o.label());
        }
        return m;
    }

    /** What a registration carries: the day (today or earlier), the place, the reason and the goods. */
    public record NewPreservation(LocalDate registeredOn, String place, String reason, List<GoodsItem> items) {
    }

    public List<CoercionViews.PreservationView> list(Actor actor, long caseId) {
        cases.get(actor, caseId);
        LocalDate today = cases.today();
        return repository.findByCaseIdOrderById(caseId).stream().map(p -> view(known(p), today)).toList();
    }

    @Transactional
    public CoercionViews.PreservationView register(Actor actor, long caseId, NewPreservation in) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        if (c.kind() == CaseKind.LICENCE || !STAGES.contains(c.stage())) {
            throw new BusinessException("CASE-14-STAGE", "先行登记保存只能在行政检查、处罚、强制案件的调查取证或审查决定阶段进行");
        }
        LocalDate today = cases.today();
        LocalDate on = in == null ? null : in.registeredOn();
        if (on == null || on.isAfter(today) || on.isBefore(LocalDate.ofInstant(c.openedAt(), cn.anjian.kernel.Zones.SHANGHAI))) {
            throw BusinessException.badInput("CASE-14-DATE", "登记保存日期须在立案之后、不晚于今天");
        }
        String place = Guards.text(in.place(), 200, "保存地点");
        if (place == null) {
            throw BusinessException.badInput("CASE-14-PLACE", "请填写先行登记保存的地点");
        }
        String reason = Guards.text(in.reason(), 2000, "保存理由");
        List<GoodsItem> items = GoodsItem.check(in.items());
        Map<String, Object> model = documents.fill(c, new CaseDocuments.DocumentFields(reason, "《中华人民共和国行政处罚法》第五十六条",
                "对下列物品予以先行登记保存，保存地点：" + place + "，保存日期：" + Fmt.chineseDate(on), null, null));
        model.put("items", GoodsItem.rows(items));
        String notice = documents.issue(actor, c, "PRESERVATION_NOTICE", model).documentNumber();
        Instant now = cases.now();
        Preservation p = repository.save(Preservation.register(caseId, on, place, reason, items, notice, now, actor.username()));
        MeasureDeadlines.Opened d = deadlines.open(c, "case-preservation", p.id(), "CASE-14",
                Period.workingDays(Preservation.DECIDE_WITHIN_WORKING_DAYS), on, "先行登记保存处理决定");
        p.deadline(d.id(), d.due());
        return view(repository.save(p), today);
    }

    /** CASE-14: the decision on the preserved goods, today; refused after the 7th working day (except the return). */
    @Transactional
    public CoercionViews.PreservationView decide(Actor actor, long caseId, long preservationId, String outcomeCode,
                                                 String note) {
        Preservation.Outcome outcome = outcomeCode == null || outcomeCode.isBlank() ? null
                : cn.anjian.kernel.Params.choice(Preservation.Outcome.class, "处理决定", outcomeCode, Preservation.Outcome::label);
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        Preservation p = known(repository.findById(preservationId).filter(x -> x.caseId() == caseId)
                .orElseThrow(() -> BusinessException.notFound(WHAT)));
        LocalDate today = cases.today();
        p.requireDecidable(outcome, today);
        String why = Guards.text(note, 2000, "处理说明");
        Map<String, Object> model = documents.fill(c, new CaseDocuments.DocumentFields(
                "本机关于" + Fmt.chineseDate(p.registeredOn()) + "对你（单位）的下列物品予以先行登记保存",
                "《中华人民共和国行政处罚法》第五十六条", outcome.label() + (why == null ? "" : "。" + why), null, null));
        model.put("items", GoodsItem.rows(p.items()));
        String number = documents.issue(actor, c, "PRESERVATION_DECISION", model).documentNumber();
        Instant now = cases.now();
        p.decide(outcome, why, today, number, now, actor.username());
        deadlines.met(p.deadlineId(), now);
        try {
            return view(repository.save(p), today);
        } catch (OptimisticLockingFailureException e) {
            throw BusinessException.conflict("CASE-14-DECIDED", "该先行登记保存已被他人处理，请刷新");
        }
    }

    private Preservation known(Preservation p) {
        p.dueKnown(deadlines.due(p.deadlineId()));
        return p;
    }

    private static CoercionViews.PreservationView view(Preservation p, LocalDate today) {
        Preservation.Outcome o = p.outcome();
        boolean decided = p.status() == Preservation.Status.DECIDED;
        return new CoercionViews.PreservationView(p.id(), p.registeredOn(), p.place(), p.reason(), p.items(), p.dueDate(),
                decided, o == null ? null : o.name(), o == null ? null : o.label(), p.outcomeNote(), p.decidedOn(),
                p.noticeNumber(), p.decisionNumber(), !decided && p.late(today));
    }
}
