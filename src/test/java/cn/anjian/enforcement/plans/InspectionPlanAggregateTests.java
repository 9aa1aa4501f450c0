package cn.anjian.enforcement.plans;

import java.time.Instant;

import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inspection plan aggregate's life cycle as a plain object (no Spring, no database). */
class InspectionPlanAggregateTests {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    static final Agency ZEZHOU = new Agency(1, 5, "/1/5/", AgencyKind.EMERGENCY_MANAGEMENT, "泽州县应急管理局", "ACTIVE", null, 0);

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    @DisplayName("CASE-07 draft → submitted → approved → published, each step refused out of order")
    void lifeCycle() {
        InspectionPlan p = InspectionPlan.draft(ZEZHOU, 2026, "2026 年度计划", 1, null, null, new GradeFrequencies(4, 2, 1, 0), "zz_unithead", AT);
        assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
        assertThatThrownBy(() -> p.decide(true, AT)).satisfies(e -> assertThat(code(e)).isEqualTo("PLAN-STATE"));
        assertThatThrownBy(() -> p.publish("zz_unithead", AT)).satisfies(e -> assertThat(code(e)).isEqualTo("PLAN-NOT-APPROVED"));
        p.submit(9);
        assertThatThrownBy(() -> p.submit(9)).satisfies(e -> assertThat(code(e)).isEqualTo("PLAN-NOT-EDITABLE"));
        p.returned();
        assertThat(p.status()).isEqualTo(PlanStatus.RETURNED);
        p.submit(9);
        p.decide(true, AT);
        assertThat(p.status()).isEqualTo(PlanStatus.APPROVED);
        p.publish("zz_unithead", AT);
        assertThat(p.status()).isEqualTo(PlanStatus.PUBLISHED);
        p.supersede(2, AT);
        assertThat(p.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThatThrownBy(() -> p.supersede(3, AT)).satisfies(e -> assertThat(code(e)).isEqualTo("PLAN-STATE"));
    }
}
