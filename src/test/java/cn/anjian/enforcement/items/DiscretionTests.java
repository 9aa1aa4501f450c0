package cn.anjian.enforcement.items;

import java.math.BigDecimal;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscretionTests {

    static final Discretion.Range RANGE = new Discretion.Range(new BigDecimal("10000"), new BigDecimal("50000"));

    @Test
    @DisplayName("CASE-17 range 10,000–50,000: 50,000 needs no reason, 50,000.01 is refused without one and accepted with one")
    void upperBoundary() {
        assertThatCode(() -> Discretion.check(Circumstance.GENERAL, RANGE, new BigDecimal("50000"), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Discretion.check(Circumstance.GENERAL, RANGE, new BigDecimal("50000.01"), null))
                .isInstanceOf(BusinessException.class)
                .satisfies(t -> assertThat(((BusinessException) t).code()).isEqualTo("CASE-17-REASON"))
                .hasMessageContaining("一般").hasMessageContaining("10,000–50,000 元").hasMessageContaining("50,000.01");
        assertThatThrownBy(() -> Discretion.check(Circumstance.GENERAL, RANGE, new BigDecimal("50000.01"), "   "))
                .isInstanceOf(BusinessException.class);
        assertThatCode(() -> Discretion.check(Circumstance.GENERAL, RANGE, new BigDecimal("50000.01"), "违法行为持续时间长，拒不改正"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("CASE-17 range 10,000–50,000: 10,000 needs no reason, 9,999.99 needs one; no fine is never outside")
    void lowerBoundary() {
        assertThat(Discretion.outside(RANGE, new BigDecimal("10000"))).isFalse();
        assertThat(Discretion.outside(RANGE, new BigDecimal("9999.99"))).isTrue();
        assertThatThrownBy(() -> Discretion.check(Circumstance.MINOR, RANGE, new BigDecimal("9999.99"), null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("轻微");
        assertThat(Discretion.outside(RANGE, null)).isFalse();
        assertThat(Discretion.outside(RANGE, BigDecimal.ZERO)).isFalse();
    }

    @Test
    @DisplayName("CASE-17 a benchmark range is refused when its minimum exceeds its maximum or is negative")
    void badRange() {
        assertThatThrownBy(() -> new Discretion.Range(new BigDecimal("2"), BigDecimal.ONE)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new Discretion.Range(new BigDecimal("-1"), BigDecimal.ONE)).isInstanceOf(BusinessException.class);
    }
}
