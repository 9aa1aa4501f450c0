package cn.anjian.enforcement.cases;

import java.time.LocalDate;

import cn.anjian.enforcement.ViolationFacts;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CASE-11 (行政处罚法第三十六条): the limitation of a penalty case, computed on the day it is opened. */
class LimitationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    @DisplayName("CASE-11 a violation of 2024-12-05 discovered on 2026-12-05 is still within two years; discovered 2026-12-06 it is refused with the computation")
    void twoYearsOnTheDay() {
        Limitation ok = Limitation.check(new ViolationFacts(LocalDate.of(2024, 12, 5), false, false, LocalDate.of(2026, 12, 5)), TODAY);
        assertThat(ok.years()).isEqualTo(2);
        assertThat(ok.lastDay()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(ok.computation()).contains("在时效内");
        assertThatThrownBy(() -> Limitation.check(new ViolationFacts(LocalDate.of(2024, 12, 5), false, false,
                LocalDate.of(2026, 12, 6)), TODAY))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-11"))
                .hasMessageContaining("违法行为发生于2024-12-05")
                .hasMessageContaining("时效二年，截至2026-12-05")
                .hasMessageContaining("发现于2026-12-06，已超过时效");
    }

    @Test
    @DisplayName("CASE-11 harm to citizens' life, health or financial security: five years, the last day accepted, the day after refused")
    void fiveYearsWithSeriousHarm() {
        assertThat(Limitation.check(new ViolationFacts(LocalDate.of(2021, 12, 5), false, true, LocalDate.of(2026, 12, 5)), TODAY)
                .lastDay()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThatThrownBy(() -> Limitation.check(new ViolationFacts(LocalDate.of(2021, 12, 4), false, true,
                LocalDate.of(2026, 12, 5)), TODAY))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-11")).hasMessageContaining("时效五年");
        // without the harm the same dates are long past the two years
        assertThatThrownBy(() -> Limitation.check(new ViolationFacts(LocalDate.of(2021, 12, 5), false, false,
                LocalDate.of(2026, 12, 5)), TODAY)).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-11"));
    }

    @Test
    @DisplayName("CASE-11 a continuing violation counts from its end: ended 2025-01-10, discovered 2026-12-05, accepted and shown as such")
    void continuingCountsFromItsEnd() {
        Limitation l = Limitation.check(new ViolationFacts(LocalDate.of(2025, 1, 10), true, false, LocalDate.of(2026, 12, 5)), TODAY);
        assertThat(l.lastDay()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(l.computation()).contains("违法行为终了于2025-01-10").contains("自终了之日起计算");
    }

    @Test
    @DisplayName("CASE-11 the discovery day defaults to the opening day; missing, future and inverted dates are refused as bad input")
    void inputs() {
        assertThat(Limitation.check(new ViolationFacts(LocalDate.of(2026, 1, 1), false, false, null), TODAY).discoveredOn())
                .isEqualTo(TODAY);
        assertThatThrownBy(() -> Limitation.check(null, TODAY)).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-11-MISSING"));
        assertThatThrownBy(() -> Limitation.check(new ViolationFacts(null, false, false, null), TODAY))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-11-MISSING"));
        assertThatThrownBy(() -> Limitation.check(new ViolationFacts(LocalDate.of(2026, 1, 1), false, false, TODAY.plusDays(1)), TODAY))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-11-DISCOVERED"));
        assertThatThrownBy(() -> Limitation.check(new ViolationFacts(LocalDate.of(2026, 12, 9), false, false,
                LocalDate.of(2026, 12, 8)), TODAY)).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-11-DATE"));
    }
}
