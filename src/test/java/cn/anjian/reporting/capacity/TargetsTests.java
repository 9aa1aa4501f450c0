package cn.anjian.reporting.capacity;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact arithmetic of the indicators, at their boundaries. */
class TargetsTests {

    @Test
    @DisplayName("CAP-01 19.99% of the leadership with a background misses the 20% target, 20% meets it")
    void share20() {
        BigDecimal twenty = new BigDecimal("20");
        assertThat(Targets.meetsShare(1999, 10000, twenty)).isFalse();
        assertThat(Targets.meetsShare(2000, 10000, twenty)).isTrue();
        assertThat(Targets.meetsShare(1, 5, twenty)).isTrue();
        assertThat(Targets.meetsShare(0, 0, BigDecimal.ZERO)).isFalse();
        assertThat(Targets.percent(1999, 10000)).isEqualTo("19.99%");
    }

    @Test
    @DisplayName("CAP-03 74.99% of qualified officers misses 75%, 75% meets it")
    void share75() {
        BigDecimal target = new BigDecimal("75");
        assertThat(Targets.meetsShare(7499, 10000, target)).isFalse();
        assertThat(Targets.meetsShare(3, 4, target)).isTrue();
    }

    @Test
    @DisplayName("CAP-05 199,999.99 yuan misses the 200,000 yuan funding target, 200,000 meets it")
    void funding() {
        BigDecimal target = new BigDecimal("200000");
        assertThat(Targets.meetsAmount(new BigDecimal("199999.99"), target)).isFalse();
        assertThat(Targets.meetsAmount(new BigDecimal("200000.00"), target)).isTrue();
        assertThat(Targets.meetsAmount(null, target)).isFalse();
    }
}
