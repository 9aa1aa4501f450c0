package cn.anjian.supervision.tolerance;

import java.time.Instant;

import cn.anjian.kernel.BusinessException;
import cn.anjian.supervision.tolerance.ToleranceApplication.Criteria;
import cn.anjian.supervision.tolerance.ToleranceApplication.Responsibility;
import cn.anjian.supervision.tolerance.ToleranceEnums.Kind;
import cn.anjian.supervision.tolerance.ToleranceEnums.Outcome;
import cn.anjian.supervision.tolerance.ToleranceEnums.Requested;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** COR-04: the criteria of art. 2, the responsibility statement of 003 §12, the decision. */
class ToleranceApplicationTests {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final Criteria ALL = new Criteria(true, "按程序履职", true, "未违反规定", true, "未谋利");

    static ToleranceApplication apply(Kind kind, Criteria c, Responsibility r, Requested requested) {
        return ToleranceApplication.apply(1, 2, "/1/", kind, 3, "王建国", "检查中漏查一处隐患", c, r, requested, NOW, "office");
    }

    @Test
    @DisplayName("COR-04 a mistake not made diligently, lawfully or without private gain cannot be tolerated: each failing criterion is named")
    void criteria() {
        assertThatThrownBy(() -> apply(Kind.FAULT_TOLERANCE, new Criteria(true, "a", true, "b", false, "c"), null, Requested.EXEMPT))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("COR-04");
                    assertThat(e.getMessage()).contains("谋取了私利").doesNotContain("未勤勉尽责");
                });
        assertThatThrownBy(() -> apply(Kind.FAULT_TOLERANCE, new Criteria(false, "a", false, "b", true, "c"), null, Requested.EXEMPT))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage()).contains("未勤勉尽责", "违反法律或政策规定"));
        assertThat(apply(Kind.FAULT_TOLERANCE, ALL, null, Requested.EXEMPT).status()).isEqualTo(ToleranceEnums.Status.IN_REVIEW);
    }

    @Test
    @DisplayName("COR-04 a due-diligence exemption states the responsibility boundary, duties and accountability conditions first")
    void dueDiligence() {
        assertThatThrownBy(() -> apply(Kind.DUE_DILIGENCE, ALL, new Responsibility("边界", null, "条件"), Requested.EXEMPT))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("COR-04-RESPONSIBILITY"));
        assertThat(apply(Kind.DUE_DILIGENCE, ALL, new Responsibility("边界", "职责", "条件"), Requested.MITIGATE).boundary())
                .isEqualTo("边界");
    }

    @Test
    @DisplayName("COR-04 the decision grants what was asked (exempt or mitigate) or refuses, always with reasons, once")
    void decision() {
        ToleranceApplication exempt = apply(Kind.FAULT_TOLERANCE, ALL, null, Requested.EXEMPT);
        assertThatThrownBy(() -> exempt.decide(true, " ", NOW, "director")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("COR-04-REASON"));
        exempt.decide(true, "符合第二条", NOW, "director");
        assertThat(exempt.outcome()).isEqualTo(Outcome.EXEMPTED);
        assertThatThrownBy(() -> exempt.decide(false, "x", NOW, "director")).isInstanceOf(BusinessException.class);
        ToleranceApplication mitigate = apply(Kind.FAULT_TOLERANCE, ALL, null, Requested.MITIGATE);
        mitigate.decide(true, "从轻", NOW, "director");
        assertThat(mitigate.outcome()).isEqualTo(Outcome.MITIGATED);
        ToleranceApplication refused = apply(Kind.FAULT_TOLERANCE, ALL, null, Requested.EXEMPT);
        refused.decide(false, "不符合", NOW, "director");
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.decisionReason()).isEqualTo("不符合");
    }
}
