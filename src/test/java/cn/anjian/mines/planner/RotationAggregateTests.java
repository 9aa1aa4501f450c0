package cn.anjian.mines.planner;

import java.time.Instant;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MC-07: the handover is completed by both commissioners, each on their own side; an exception is decided once. */
class RotationAggregateTests {

    static final Instant NOW = Instant.parse("2027-01-05T02:00:00Z");

    @Test
    @DisplayName("MC-07 a handover: only the outgoing commissioner hands over, with situation and supervision status; then only the incoming one completes it")
    void handover() {
        Handover h = Handover.open(1, 2, 10, 20, 3, "/1/", NOW);
        assertThatThrownBy(() -> h.confirmIncoming(20, "", NOW)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("MC-07-HANDOVER-STATE"));
        assertThatThrownBy(() -> h.confirmOutgoing(20, "正常生产", "无遗留隐患", NOW)).isInstanceOfSatisfying(
                BusinessException.class, e -> assertThat(e.code()).isEqualTo("MC-07-HANDOVER-WHO"));
        assertThatThrownBy(() -> h.confirmOutgoing(10, " ", "无遗留隐患", NOW)).isInstanceOfSatisfying(
                BusinessException.class, e -> assertThat(e.code()).isEqualTo("MC-07-HANDOVER-CONTENT"));
        assertThat(h.status()).isEqualTo(Handover.Status.PENDING);
        h.confirmOutgoing(10, "正常生产，两个采区", "本年度检查 48 次，隐患已整改", NOW);
        assertThat(h.status()).isEqualTo(Handover.Status.HANDED_OVER);
        assertThatThrownBy(() -> h.confirmIncoming(10, "", NOW)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("MC-07-HANDOVER-WHO"));
        h.confirmIncoming(20, "已接收", NOW);
        assertThat(h.status()).isEqualTo(Handover.Status.COMPLETED);
        assertThatThrownBy(() -> h.confirmIncoming(20, "", NOW)).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("MC-07 a rotation exception needs a reason and is decided once by the province")
    void exception() {
        assertThatThrownBy(() -> RotationException.request(1, "/1/", 2027, 5, 6, " ", NOW, "u"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("MC-07-REASON"));
        RotationException x = RotationException.request(1, "/1/", 2027, 5, 6, "矿井改扩建期间保持监管连续", NOW, "u");
        assertThat(x.status()).isEqualTo(RotationException.Status.PENDING);
        x.decide(true, NOW);
        assertThat(x.status()).isEqualTo(RotationException.Status.APPROVED);
        assertThatThrownBy(() -> x.decide(false, NOW)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("MC-07-STATE"));
    }
}
