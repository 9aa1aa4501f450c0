package cn.anjian.mines.work;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coverage arithmetic of art. 12, 13 and 18, and the geofence of art. 19, without Spring. */
class CoverageRulesTests {

    @Test
    @DisplayName("MW-01 a week with 2 remote checks is red, with 3 green")
    void remoteBoundary() {
        assertThat(CoverageRules.week(KindGroup.NON_COAL, 2, 1, CoverageRules.remoteRequired(false, 2)).green()).isFalse();
        assertThat(CoverageRules.week(KindGroup.NON_COAL, 2, 1, 3).reason()).contains("远程监管2次").contains("每周3次");
        assertThat(CoverageRules.week(KindGroup.NON_COAL, 3, 1, CoverageRules.remoteRequired(false, 2)).green()).isTrue();
    }

    @Test
    @DisplayName("MW-09 a holiday or key-period week asks for the extra remote checks: 4 of 5 is red, 5 green")
    void holidayWeek() {
        int required = CoverageRules.remoteRequired(true, 2);
        assertThat(required).isEqualTo(5);
        assertThat(CoverageRules.week(KindGroup.COAL, 4, 1, required).green()).isFalse();
        assertThat(CoverageRules.week(KindGroup.COAL, 4, 1, required).reason()).contains("第十八条");
        assertThat(CoverageRules.week(KindGroup.COAL, 5, 1, required).green()).isTrue();
    }

    @Test
    @DisplayName("MW-02 a coal mine not patrolled in the week is red for its group; one patrol is green")
    void coalPatrol() {
        assertThat(CoverageRules.week(KindGroup.COAL, 3, 0, 3).reason()).contains("监管组本周未巡回检查");
        assertThat(CoverageRules.week(KindGroup.COAL, 3, 1, 3).green()).isTrue();
    }

    @Test
    @DisplayName("MW-03 a non-coal mine without an on-site check in the week is red; one is green")
    void nonCoalOnsite() {
        assertThat(CoverageRules.week(KindGroup.NON_COAL, 3, 0, 3).reason()).contains("本周未现场检查");
        assertThat(CoverageRules.week(KindGroup.NON_COAL, 3, 1, 3).green()).isTrue();
    }

    @Test
    @DisplayName("MW-02 MW-03 a site not visited in the month is red with its name; all visited is green")
    void monthlySites() {
        CoverageRules.Verdict v = CoverageRules.month(List.of("1201 采煤工作面", "主通风系统"), Set.of("主通风系统"));
        assertThat(v.green()).isFalse();
        assertThat(v.reason()).contains("1201 采煤工作面").doesNotContain("主通风系统、");
        assertThat(CoverageRules.month(List.of("1201 采煤工作面", "主通风系统"), Set.of("主通风系统", "1201 采煤工作面")).green()).isTrue();
    }

    @Test
    @DisplayName("MW-01 ISO weeks in Shanghai: Sunday 23:59 belongs to the ending week, Monday 00:00 to the next")
    void isoWeekEdges() {
        var sunday = LocalDateTime.of(2026, 12, 6, 23, 59).atZone(Zones.SHANGHAI).toInstant();
        var monday = LocalDateTime.of(2026, 12, 7, 0, 0).atZone(Zones.SHANGHAI).toInstant();
        assertThat(CoverageRules.isoWeek(sunday)).isEqualTo("2026-W49");
        assertThat(CoverageRules.isoWeek(monday)).isEqualTo("2026-W50");
        // Sunday 16:30 UTC is already Monday 00:30 in Shanghai
        assertThat(CoverageRules.isoWeek(java.time.Instant.parse("2026-12-06T16:30:00Z"))).isEqualTo("2026-W50");
        assertThat(CoverageRules.weekStart("2026-W49")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(CoverageRules.isoWeek(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThatThrownBy(() -> CoverageRules.weekStart("2026-W54")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> CoverageRules.weekStart("2026-49")).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("MW-02 a month judges the ISO weeks whose Thursday lies in it")
    void weeksOfMonth() {
        assertThat(CoverageRules.weeksOf(YearMonth.of(2026, 12))).containsExactly(LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 28));
        assertThat(CoverageRules.weeksOf(YearMonth.of(2026, 11))).first().isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    @DisplayName("MW-10 haversine: 1 km boundary inside, one metre more outside; a point 2 km away is outside")
    void geofence() {
        double d = Geofence.distanceMeters(35.5, 112.8, 35.5 + 2000 / 111_195.0, 112.8);
        assertThat(d).isBetween(1999.0, 2001.0);
        assertThat(Geofence.inside(1000, 1000)).isTrue();
        assertThat(Geofence.inside(1001, 1000)).isFalse();
        assertThat(Geofence.inside((int) Math.round(d), 1000)).isFalse();
    }
}
