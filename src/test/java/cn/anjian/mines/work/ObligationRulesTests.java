package cn.anjian.mines.work;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The state of a weekly or monthly obligation and the key-period requirement, without Spring. */
class ObligationRulesTests {

    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);

    @Test
    @DisplayName("MW-01 an obligation still owed is in progress through its last day and missed from the next day on")
    void inProgressUntilTheLastDay() {
        assertThat(CoverageRules.state(1, SUNDAY, SUNDAY)).isEqualTo(CoverageRules.State.IN_PROGRESS);
        assertThat(CoverageRules.state(1, SUNDAY, SUNDAY.plusDays(1))).isEqualTo(CoverageRules.State.MISSED);
        assertThat(CoverageRules.state(0, SUNDAY, SUNDAY.plusDays(1))).isEqualTo(CoverageRules.State.MET);
    }

    @Test
    @DisplayName("MW-09 a key period's count raises the week's requirement, never lowers it")
    void keyPeriodRaises() {
        assertThat(CoverageRules.remoteRequired(3, null)).isEqualTo(3);
        assertThat(CoverageRules.remoteRequired(3, 6)).isEqualTo(6);
        assertThat(CoverageRules.remoteRequired(5, 4)).isEqualTo(5);
    }

    @Test
    @DisplayName("MW-01 MW-02 MW-03 a deadline's rule: remote checks MW-01, a coal mine's patrol MW-02, a non-coal mine's check MW-03")
    void rules() {
        assertThat(ObligationKind.REMOTE_WEEK.ruleId(KindGroup.COAL)).isEqualTo("MW-01");
        assertThat(ObligationKind.ONSITE_WEEK.ruleId(KindGroup.COAL)).isEqualTo("MW-02");
        assertThat(ObligationKind.SITES_MONTH.ruleId(KindGroup.NON_COAL)).isEqualTo("MW-03");
        assertThat(ObligationKind.ONSITE_WEEK.title(KindGroup.COAL, "甲矿", "2026年第47周")).isEqualTo("监管组每周巡回检查：甲矿（2026年第47周）");
    }
}
