package cn.anjian.supervision.checks;

import java.time.Instant;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** COR-02: the correction order's moves, every allowed one and every refusal. */
class CorrectionOrderTests {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    static CorrectionOrder order(CorrectionKind kind, Long caseId) {
        return CorrectionOrder.issue(1, 2, 3, 4, 5, "/1/5/", kind, "限期纠正", caseId, caseId == null ? null : "泽应急罚〔2026〕1号",
                NOW, "office");
    }

    @Test
    @DisplayName("COR-02 issued → rectifying → submitted → closed; nothing moves out of a closed order")
    void toClosure() {
        CorrectionOrder o = order(CorrectionKind.UNLAWFUL_ACT, null);
        assertThat(o.status()).isEqualTo(OrderStatus.ISSUED);
        o.startRectifying("county");
        o.submit("已纠正", NOW, "county");
        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
        o.verify(true, "验收合格", NOW, "city");
        assertThat(o.status()).isEqualTo(OrderStatus.CLOSED);
        assertThatThrownBy(() -> o.submit("再报", NOW, "county")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("COR-02-STATE"));
        assertThatThrownBy(() -> o.verify(false, "x", NOW, "city")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("COR-02-STATE"));
    }

    @Test
    @DisplayName("COR-02 a report not accepted reopens the order (rectifying again, counted); a second report can close it")
    void reopened() {
        CorrectionOrder o = order(CorrectionKind.NON_PERFORMANCE, null);
        o.submit("已整改", NOW, "county");
        o.verify(false, "整改不到位", NOW, "city");
        assertThat(o.status()).isEqualTo(OrderStatus.RECTIFYING);
        assertThat(o.reopened()).isEqualTo(1);
        assertThatThrownBy(() -> o.startRectifying("county")).isInstanceOf(BusinessException.class);
        o.submit("已再次整改", NOW, "county");
        o.verify(true, "合格", NOW, "city");
        assertThat(o.status()).isEqualTo(OrderStatus.CLOSED);
    }

    @Test
    @DisplayName("COR-02 the person who reported the rectification cannot verify it; verifying before a report is refused")
    void verifier() {
        CorrectionOrder o = order(CorrectionKind.ULTRA_VIRES, null);
        assertThatThrownBy(() -> o.verify(true, "x", NOW, "city")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("COR-02-STATE"));
        o.submit("已改正", NOW, "same");
        assertThatThrownBy(() -> o.verify(true, "x", NOW, "same")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    @DisplayName("COR-02 a penalty corrected for wrong basis or procedure must name its case")
    void penaltyNeedsCase() {
        assertThatThrownBy(() -> order(CorrectionKind.PENALTY, null)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("COR-02"));
        assertThat(order(CorrectionKind.PENALTY, 9L).status()).isEqualTo(OrderStatus.ISSUED);
    }
}
