package cn.anjian.enforcement.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case and case-transfer aggregates as plain objects (no Spring, no database). */
class CaseAggregateTests {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    static Case opened(CaseKind kind) {
        return Case.open(new Case.Opening(7, "泽应急案〔2026〕7号", 1, null, "/1/5/", kind, CaseSource.ANNUAL_PLAN,
                "年度计划", "泽应急〔2026〕3号", LocalDate.of(2026, 1, 5), null, 11L, "某煤业", "COAL_MINE", "年度检查",
                "某地", 3L, AT.plusSeconds(3600), AT, "zz_officer"));
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    @DisplayName("CASE-03 advanceTo checks StageRules before the gate and changes nothing when refused")
    void rulesBeforeGate() {
        Case c = opened(CaseKind.PENALTY);
        List<CaseStage> gateCalls = new ArrayList<>();
        assertThatThrownBy(() -> c.advanceTo(CaseStage.DECISION, null, false, (x, from, to) -> gateCalls.add(to), "u", AT))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CASE-STAGE-ORDER"));
        assertThat(gateCalls).isEmpty();
        assertThat(c.stage()).isEqualTo(CaseStage.INITIATION);

        assertThatThrownBy(() -> c.advanceTo(CaseStage.INVESTIGATION, null, false, (x, from, to) -> {
            throw new BusinessException("GUARD", "下游模块拒绝");
        }, "u", AT)).satisfies(e -> assertThat(code(e)).isEqualTo("GUARD"));
        assertThat(c.stage()).isEqualTo(CaseStage.INITIATION);

        c.advanceTo(CaseStage.INVESTIGATION, null, false, (x, from, to) -> gateCalls.add(to), "u", AT);
        assertThat(gateCalls).containsExactly(CaseStage.INVESTIGATION);
        assertThat(c.stage()).isEqualTo(CaseStage.INVESTIGATION);
    }

    @Test
    @DisplayName("CASE-03 an inspection without decision skips from decision to closure with the reason logged")
    void skipLogsTheReason() {
        Case c = opened(CaseKind.INSPECTION);
        c.advanceTo(CaseStage.INVESTIGATION, null, false, (x, from, to) -> { }, "u", AT);
        c.advanceTo(CaseStage.DECISION, null, false, (x, from, to) -> { }, "u", AT);
        assertThatThrownBy(() -> c.advanceTo(CaseStage.CLOSURE, null, false, (x, from, to) -> { }, "u", AT))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CASE-STAGE-SKIP-REASON"));
        String logged = c.advanceTo(CaseStage.CLOSURE, "未发现问题", false, (x, from, to) -> { }, "u", AT);
        assertThat(logged).isEqualTo("跳过送达、执行直接结案：未发现问题");
        assertThat(c.stage()).isEqualTo(CaseStage.CLOSURE);
    }

    @Test
    @DisplayName("CASE-08 a case leaves only the joint operation it is linked to")
    void jointLink() {
        Case c = opened(CaseKind.INSPECTION);
        assertThatThrownBy(() -> c.linkJointOperation(0)).satisfies(e -> assertThat(code(e)).isEqualTo("CASE-JOINT"));
        c.linkJointOperation(5);
        assertThatThrownBy(() -> c.unlinkJointOperation(6)).satisfies(e -> assertThat(code(e)).isEqualTo("JOINT-NOT-LINKED"));
        c.unlinkJointOperation(5);
        assertThat(c.jointOperationId()).isNull();
    }

    @Test
    @DisplayName("CASE-09 a transfer is decided once")
    void transferDecidedOnce() {
        CaseTransfer t = CaseTransfer.request(7, "泽州县公安局", LocalDate.of(2026, 3, 2), "涉嫌非法采矿", 9, AT, "zz_unithead");
        assertThat(t.pending()).isTrue();
        t.decide(true, "泽应急移〔2026〕1号", AT, "zz_director", "同意");
        assertThat(t.pending()).isFalse();
        assertThatThrownBy(() -> t.decide(false, null, AT, "zz_director", null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CASE-TRANSFER-STATE"));
    }
}
