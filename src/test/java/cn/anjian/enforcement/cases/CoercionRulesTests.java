package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CASE-14 / CASE-15 rules on the aggregates and the computations, without Spring. */
class CoercionRulesTests {

    static final Instant AT = Instant.parse("2026-10-01T02:00:00Z");
    static final List<GoodsItem> GOODS = List.of(new GoodsItem("无证电焊机", "2 台", "泽州县应急管理局证据保管室"));

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    @DisplayName("CASE-15 late penalty: fine 10,000 → day 33 9,900, day 34 10,000 (capped at the fine), day 40 10,000")
    void latePenaltyCappedAtFine() {
        BigDecimal fine = new BigDecimal("10000");
        assertThat(LatePenalty.amount(fine, 0)).isEqualByComparingTo("0");
        assertThat(LatePenalty.amount(fine, 1)).isEqualByComparingTo("300.00");
        assertThat(LatePenalty.amount(fine, 33)).isEqualTo(new BigDecimal("9900.00"));
        assertThat(LatePenalty.amount(fine, 34)).isEqualTo(new BigDecimal("10000.00"));
        assertThat(LatePenalty.amount(fine, 40)).isEqualTo(new BigDecimal("10000.00"));
        LocalDate due = LocalDate.of(2026, 10, 8);
        assertThat(LatePenalty.daysLate(due, due)).isZero();
        assertThat(LatePenalty.of(fine, due, due.plusDays(33))).isEqualTo(new BigDecimal("9900.00"));
        assertThat(LatePenalty.of(fine, due, due.plusDays(34))).isEqualTo(new BigDecimal("10000.00"));
    }

    @Test
    @DisplayName("CASE-15 late penalty is computed to the fen with BigDecimal (333.33 × 3 % = 9.9999 → 10.00)")
    void latePenaltyToTheFen() {
        assertThat(LatePenalty.amount(new BigDecimal("333.33"), 1)).isEqualTo(new BigDecimal("10.00"));
        assertThat(LatePenalty.amount(new BigDecimal("0.10"), 1)).isEqualTo(new BigDecimal("0.00"));
        assertThat(LatePenalty.amount(new BigDecimal("0.10"), 2)).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    @DisplayName("CASE-15 the party's remedy periods end 6 months after service (later than the 60 days of reconsideration)")
    void remedyEnd() {
        assertThat(Executions.remedyEnd(LocalDate.of(2026, 9, 16))).isEqualTo(LocalDate.of(2027, 3, 16));
        assertThat(Executions.remedyEnd(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    @DisplayName("CASE-14 preservation decided on its due date (7th working day) is accepted, the day after refused unless returned")
    void preservationDueDate() {
        LocalDate due = LocalDate.of(2026, 10, 14);
        Preservation onTime = preservation(due);
        onTime.decide(Preservation.Outcome.CONFISCATE, null, due, "泽应急先保处〔2026〕1号", AT, "officer");
        assertThat(onTime.status()).isEqualTo(Preservation.Status.DECIDED);
        assertThatThrownBy(() -> onTime.decide(Preservation.Outcome.RETURN, null, due, "x", AT, "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-DECIDED"));

        Preservation late = preservation(due);
        assertThatThrownBy(() -> late.decide(Preservation.Outcome.CONFISCATE, null, due.plusDays(1), "x", AT, "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-LATE"));
        assertThat(late.status()).isEqualTo(Preservation.Status.REGISTERED);
        late.decide(Preservation.Outcome.RETURN, "期限届满自动解除，已退还", due.plusDays(1), "x", AT, "officer");
        assertThat(late.outcome()).isEqualTo(Preservation.Outcome.RETURN);
    }

    @Test
    @DisplayName("CASE-14 sealing: extended once (30 + 30 days); a third period is refused, as is extending a released or expired one")
    void sealingExtendedOnce() {
        Seizure s = seizure(LocalDate.of(2026, 10, 8));
        s.requestExtension(11L, "情况复杂，需要检测鉴定", LocalDate.of(2026, 10, 8), "officer");
        assertThatThrownBy(() -> s.requestExtension(12L, "再次", LocalDate.of(2026, 10, 8), "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-EXTENSION-PENDING"));
        s.extensionDecided(true, 99L, LocalDate.of(2026, 11, 4), "泽应急延查扣〔2026〕1号", "director");
        assertThat(s.endsOn()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThatThrownBy(() -> s.requestExtension(13L, "第三个期限", LocalDate.of(2026, 11, 1), "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-EXTENDED"));
        assertThat(s.extensionPending()).isFalse();

        Seizure expired = seizure(LocalDate.of(2026, 10, 8));
        assertThatThrownBy(() -> expired.requestExtension(14L, "过期", LocalDate.of(2026, 10, 9), "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-EXPIRED"));
        expired.release(LocalDate.of(2026, 10, 9), "期限届满", "物品已全部返还，当事人签收", "泽应急解查扣〔2026〕1号", "officer");
        assertThatThrownBy(() -> expired.release(LocalDate.of(2026, 10, 9), "再次", "再次", "x", "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-RELEASED"));
        assertThatThrownBy(() -> expired.requestExtension(15L, "已解除", LocalDate.of(2026, 10, 9), "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-RELEASED"));
    }

    @Test
    @DisplayName("CASE-14 a rejected extension leaves the 30-day end; a rejected one may be asked again")
    void rejectedExtension() {
        Seizure s = seizure(LocalDate.of(2026, 10, 8));
        s.requestExtension(21L, "情况复杂", LocalDate.of(2026, 10, 1), "officer");
        s.extensionDecided(false, null, null, null, "director");
        assertThat(s.endsOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        s.requestExtension(22L, "补充理由后再次申请", LocalDate.of(2026, 10, 2), "officer");
        assertThat(s.extensionPending()).isTrue();
    }

    @Test
    @DisplayName("CASE-15 instalments add up to the fine; payments pay them off in order; closable once the fine is paid")
    void instalmentsAndPayments() {
        Execution e = execution();
        LocalDate today = LocalDate.of(2026, 9, 20);
        List<Execution.Instalment> wrong = List.of(inst("4000", "2026-10-20"), inst("5000", "2026-11-20"));
        assertThatThrownBy(() -> e.requirePlannable(Execution.PlanKind.INSTALMENTS, wrong, today))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-PLAN-SUM"));
        assertThatThrownBy(() -> e.requirePlannable(Execution.PlanKind.INSTALMENTS, List.of(inst("10000", "2026-10-20")), today))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-PLAN-ITEMS"));
        assertThatThrownBy(() -> e.requirePlannable(Execution.PlanKind.INSTALMENTS,
                List.of(inst("4000", "2026-11-20"), inst("6000", "2026-10-20")), today))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-PLAN-DATES"));
        List<Execution.Instalment> plan = List.of(inst("4000", "2026-10-20"), inst("6000", "2026-11-20"));
        e.requestPlan(Execution.PlanKind.INSTALMENTS, plan, "经营困难", 7L, today, "officer");
        assertThatThrownBy(() -> e.requestPlan(Execution.PlanKind.DEFERRAL, List.of(inst("10000", "2026-12-01")), "再", 8L, today, "o"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-PLAN-EXISTS"));
        e.planDecided(true, "泽应急缓缴〔2026〕1号", List.of(new Execution.Instalment(new BigDecimal("4000"), LocalDate.of(2026, 10, 20), 31L, false),
                new Execution.Instalment(new BigDecimal("6000"), LocalDate.of(2026, 11, 20), 32L, false)), "director");
        assertThat(e.pay(new BigDecimal("4000"), LocalDate.of(2026, 10, 19), null, AT, "officer")).containsExactly(31L);
        assertThat(e.closable()).isFalse();
        assertThat(e.latePenalty(LocalDate.of(2026, 11, 20))).isEqualByComparingTo("0");
        assertThat(e.latePenalty(LocalDate.of(2026, 11, 21))).isEqualByComparingTo("300");
        assertThat(e.pay(new BigDecimal("6000"), LocalDate.of(2026, 11, 20), null, AT, "officer")).containsExactly(32L);
        assertThat(e.closable()).isTrue();
        assertThatThrownBy(() -> e.pay(new BigDecimal("1"), LocalDate.of(2026, 11, 21), null, AT, "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-PAID"));
    }

    @Test
    @DisplayName("CASE-15 an overpayment is refused; the payment deadline is met once the fine is paid off; late penalty frozen then")
    void paymentMeetsDeadline() {
        Execution e = execution();
        assertThatThrownBy(() -> e.pay(new BigDecimal("10000.01"), LocalDate.of(2026, 9, 20), null, AT, "o"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-PAYMENT"));
        assertThat(e.pay(new BigDecimal("10300"), LocalDate.of(2026, 10, 9), "票据 001", AT, "o")).containsExactly(41L);
        assertThat(e.paidOffOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(e.latePenalty(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("300");
        assertThat(e.closable()).isTrue();
    }

    @Test
    @DisplayName("CASE-15 court application: refused before the remedy periods end and before ten days after the 催告; once only")
    void courtApplication() {
        Execution e = execution();
        LocalDate remedyEnd = LocalDate.of(2027, 3, 16);
        assertThatThrownBy(() -> e.remind(LocalDate.of(2026, 10, 8), "x", "o"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-NOT-OVERDUE"));
        assertThatThrownBy(() -> e.requireCourtApplicable(remedyEnd, false))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-COURT-EARLY"));
        assertThatThrownBy(() -> e.requireCourtApplicable(remedyEnd.plusDays(1), false))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-COURT-REMINDER"));
        e.remind(remedyEnd.plusDays(1), "泽应急催〔2027〕1号", "o");
        assertThatThrownBy(() -> e.requireCourtApplicable(remedyEnd.plusDays(10), false))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-COURT-REMINDER"));
        e.applyToCourt(remedyEnd.plusDays(11), "泽州县人民法院", "泽应急强申〔2027〕1号", false, "o");
        assertThat(e.closable()).isTrue();
        assertThatThrownBy(() -> e.applyToCourt(remedyEnd.plusDays(12), "泽州县人民法院", "x", false, "o"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-COURT-EXISTS"));
    }

    static Preservation preservation(LocalDate due) {
        Preservation p = Preservation.register(1L, LocalDate.of(2026, 9, 29), "现场", null, GOODS, "泽应急先保〔2026〕1号", AT, "officer");
        p.deadline(5L, due);
        return p;
    }

    static Seizure seizure(LocalDate ends) {
        Seizure s = Seizure.decide(1L, Seizure.Measure.SEAL, LocalDate.of(2026, 9, 5), "二号仓库", "存在重大事故隐患", null, GOODS,
                "泽应急查扣〔2026〕1号", AT, "officer");
        s.deadline(6L, ends);
        return s;
    }

    static Execution execution() {
        Execution e = Execution.start(1L, new BigDecimal("10000.00"), LocalDate.of(2026, 9, 16), LocalDate.of(2027, 3, 16), AT);
        e.deadlines(41L, LocalDate.of(2026, 10, 8), 42L, null);
        return e;
    }

    static Execution.Instalment inst(String amount, String due) {
        return new Execution.Instalment(new BigDecimal(amount), LocalDate.parse(due), null, false);
    }
}
