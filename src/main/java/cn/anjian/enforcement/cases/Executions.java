package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.calendar.Period;
import cn.anjian.enforcement.RemedyOutcome;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-15 execution of a fine. Started in the serving transaction of the 行政处罚决定书 (a fine above zero): payment
 * within 15 days of service (行政处罚法 art. 67) and the application to the court within 3 months after the party's
 * remedy periods end (行政强制法 art. 53; reconsideration 60 days, litigation 6 months from service: 6 months), both
 * calendar deadlines (CAL-03). Payments, 催告 (with the late penalty), court application and other endings here;
 * deferral and instalments in {@link PaymentPlans}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Executions {

    static final String WHAT = "罚款执行";
    /** 行政复议法 art. 20: 六十日; 行政诉讼法 art. 46: 六个月 — the later one ends the party's remedy periods. */
    static final int RECONSIDERATION_DAYS = 60;
    static final int LITIGATION_MONTHS = 6;
    /** 行政强制法 art. 53: 自期限届满之日起三个月内. */
    static final int COURT_MONTHS = 3;

    private final CaseService cases;
    private final CaseDocuments documents;
    private final ExecutionRepository repository;
    private final MeasureDeadlines deadlines;
    private final RemedyRepository remedies;
    private final JdbcClient jdbc;
    private final cn.anjian.documents.DocumentNumbers numbers;

    /** The day the party's remedy periods end: the later of 60 days and 6 months after service. */
    static LocalDate remedyEnd(LocalDate servedOn) {
        LocalDate reconsideration = servedOn.plusDays(RECONSIDERATION_DAYS);
        LocalDate litigation = servedOn.plusMonths(LITIGATION_MONTHS);
        return litigation.isAfter(reconsideration) ? litigation : reconsideration;
    }

    /** CASE-15: the served penalty decision with a fine starts the execution (once per case). */
    @EventListener
    void onServed(CaseDocumentServed served) {
        if (!"PENALTY_DECISION".equals(served.docType()) || repository.findByCaseId(served.caseId()).isPresent()) {
            return;
        }
        BigDecimal fine = jdbc.sql("SELECT fine_yuan FROM enf_case_decision WHERE case_id = :c AND kind = 'PENALTY'")
                .param("c", served.caseId()).query(BigDecimal.class).optional().orElse(null);
        if (fine == null || fine.signum() <= 0) {
            return;
        }
        CaseView c = cases.load(served.caseId()).orElseThrow();
        LocalDate on = LocalDate.ofInstant(served.servedAt(), Zones.SHANGHAI);
        LocalDate remedyEnd = remedyEnd(on);
        Execution e = repository.save(Execution.start(c.id(), fine, on, remedyEnd, served.servedAt()));
        MeasureDeadlines.Opened pay = deadlines.open(c, "case-execution", e.id(), "CASE-15",
                Period.calendarDays(Execution.PAY_WITHIN_DAYS), on, "缴纳罚款期限");
        int courtDays = (int) ChronoUnit.DAYS.between(on, remedyEnd.plusMonths(COURT_MONTHS));
        MeasureDeadlines.Opened court = deadlines.open(c, "case-execution-court", e.id(), "CASE-15",
                Period.calendarDays(courtDays), on, "申请人民法院强制执行期限");
        e.deadlines(pay.id(), pay.due(), court.id(), court.due());
        repository.save(e);
    }

    public Optional<CoercionViews.ExecutionView> find(Actor actor, long caseId) {
        cases.get(actor, caseId);
        LocalDate today = cases.today();
        return repository.findByCaseId(caseId).map(this::known).map(e -> e.view(today));
    }

    /** The payment plan's approval flow of the case (demo loader, tests); refused when none was requested. */
    long planFlow(long caseId) {
        return jdbc.sql("SELECT plan_flow_id FROM enf_execution WHERE case_id = :c AND plan_flow_id IS NOT NULL").param("c", caseId)
                .query(Long.class).optional().orElseThrow(() -> BusinessException.notFound("延期（分期）缴纳申请"));
    }

    /** Records a payment (on {@code paidOn}, not in the future); meets the deadlines it covers. */
    @Transactional
    public CoercionViews.ExecutionView pay(Actor actor, long caseId, BigDecimal amount, LocalDate paidOn, String receipt) {
        Guards.require(actor, "case:manage");
        cases.get(actor, caseId);
        Execution e = load(caseId);
        LocalDate today = cases.today();
        if (paidOn == null || paidOn.isAfter(today)) {
            throw BusinessException.badInput("CASE-15-PAYMENT-DATE", "请填写缴款日期（不晚于今天）");
        }
        BigDecimal a = Guards.amount(amount, "缴款金额");
        String r = Guards.text(receipt, 100, "缴款凭证号");
        Instant now = cases.now();
        List<Long> met = e.pay(a, paidOn, r, now, actor.username());
        met.forEach(id -> deadlines.met(id, now));
        if (e.paidOffOn() != null) {
            deadlines.waive(e.courtDeadlineIdOrNull(), "罚款已缴清");
        }
        return save(e).view(today);
    }

    /** 催告书 (行政强制法 art. 35, 54) with the late penalty so far; only once payment is overdue. */
    @Transactional
    public CoercionViews.ExecutionView remind(Actor actor, long caseId) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        Execution e = load(caseId);
        LocalDate today = cases.today();
        e.requireRemindable(today);
        CoercionViews.ExecutionView v = e.view(today);
        Map<String, Object> model = documents.fill(c, new CaseDocuments.DocumentFields(reminderFacts(c, v),
                "《中华人民共和国行政处罚法》第七十二条、《中华人民共和国行政强制法》第三十五条、第四十五条",
                "罚款 " + yuan(v.fineYuan()) + "，已缴 " + yuan(v.paid()) + "，截至" + Fmt.chineseDate(today) + "逾期 " + v.daysLate()
                        + " 日，加处罚款 " + yuan(v.latePenalty()) + "（每日按罚款数额的 3% 加处，不超过罚款数额），合计应缴 " + yuan(v.owed()),
                "收到本催告书之日起十日内", null));
        model.put("latePenalty", v.latePenalty().toPlainString());
        String number = documents.issue(actor, c, "PAYMENT_REMINDER", model).documentNumber();
        e.remind(today, number, actor.username());
        return save(e).view(today);
    }

    /** 申请人民法院强制执行 (行政强制法 art. 53–55), today: after the remedy periods and ten days after the 催告. */
    @Transactional
    public CoercionViews.ExecutionView applyToCourt(Actor actor, long caseId, String court) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        Execution e = load(caseId);
        LocalDate today = cases.today();
        boolean concluded = remedyConcluded(caseId);
        e.requireCourtApplicable(today, concluded);
        String name = Guards.text(court, 200, "人民法院");
        if (name == null) {
            throw BusinessException.badInput("CASE-15-COURT", "请填写受理申请的人民法院");
        }
        String number = numbers.take("COURT_ENFORCEMENT", c.agencyId(), "case", Long.toString(caseId), actor.username()).text();
        e.applyToCourt(today, name, number, concluded, actor.username());
        deadlines.met(e.courtDeadlineIdOrNull(), cases.now());
        return save(e).view(today);
    }

    /** Another lawful ending (e.g. 行政强制法 art. 40 终结执行), with the reason. */
    @Transactional
    public CoercionViews.ExecutionView endOtherwise(Actor actor, long caseId, String reason) {
        Guards.require(actor, "case:decide");
        cases.get(actor, caseId);
        Execution e = load(caseId);
        String why = Guards.text(reason, 2000, "终结理由");
        if (why == null) {
            throw BusinessException.badInput("CASE-15-ENDING", "请写明终结执行的法定情形和理由");
        }
        e.endOtherwise(why, actor.username());
        deadlines.waive(e.paymentDeadlineIdOrNull(), "执行终结：" + why);
        deadlines.waive(e.courtDeadlineIdOrNull(), "执行终结：" + why);
        return save(e).view(cases.today());
    }

    /** The EXECUTION → CLOSURE check ({@link ExecutionStageGuard}); refuses while the fine is unpaid and nothing ended it. */
    void requireClosable(long caseId) {
        Execution e = repository.findByCaseId(caseId).orElse(null);
        if (e == null) {
            BigDecimal fine = jdbc.sql("SELECT fine_yuan FROM enf_case_decision WHERE case_id = :c AND kind = 'PENALTY'")
                    .param("c", caseId).query(BigDecimal.class).optional().orElse(null);
            if (fine != null && fine.signum() > 0) {
                throw new BusinessException("CASE-15-NOT-SERVED", "行政处罚决定书（罚款 " + yuan(fine) + "）尚未登记送达，罚款未执行，不能结案");
            }
            return;
        }
        if (!e.closable() && !decisionSetAside(caseId)) {
            throw new BusinessException("CASE-15-UNPAID", "罚款尚有 " + yuan(e.fineOutstanding()) + " 未缴纳，且未申请人民法院强制执行或依法终结执行，不能结案");
        }
    }

    /** Every remedy filed has ended and none set the decision aside: the court may be applied to before the 6 months. */
    private boolean remedyConcluded(long caseId) {
        List<Remedy> all = remedies.findByCaseIdOrderById(caseId);
        return !all.isEmpty() && all.stream().allMatch(r -> r.outcome() != null && !r.outcome().againstDecision());
    }

    private boolean decisionSetAside(long caseId) {
        return remedies.findByCaseIdOrderById(caseId).stream().map(Remedy::outcome)
                .anyMatch(o -> o == RemedyOutcome.REVOKED || o == RemedyOutcome.CONFIRMED_ILLEGAL);
    }

    private Execution known(Execution e) {
        e.duesKnown(deadlines.due(e.paymentDeadlineId()), deadlines.due(e.courtDeadlineIdOrNull()));
        return e;
    }

    private Execution load(long caseId) {
        return repository.findByCaseId(caseId).map(this::known).orElseThrow(() -> new BusinessException("CASE-15-NO-EXECUTION",
                "本案没有待执行的罚款（行政处罚决定书登记送达后开始执行）"));
    }

    private Execution save(Execution e) {
        try {
            return repository.save(e);
        } catch (OptimisticLockingFailureException x) {
            throw BusinessException.conflict("CASE-15-CONCURRENT", "罚款执行情况已被他人变更，请刷新后重试");
        }
    }

    private static String reminderFacts(CaseView c, CoercionViews.ExecutionView v) {
        return "本机关对你（单位）作出的行政处罚决定（" + c.caseNumber() + "）已于" + Fmt.chineseDate(v.servedOn())
                + "送达，缴纳期限已于" + Fmt.chineseDate(v.effectiveDue()) + "届满，你（单位）至今未全部履行";
    }

    static String yuan(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2).toPlainString() + " 元";
    }
}
