package cn.anjian.mines.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.HazardFoundInCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check's transitions (MW-10 geofence and review, MW-05 hazards, MW-04 flags), without Spring. */
class CheckAggregateTests {

    static final Instant START = Instant.parse("2026-12-06T01:00:00Z");

    static Check.Facts facts(CheckMode mode, boolean offline) {
        return new Check.Facts(UUID.randomUUID(), 1, 2, "/1/", mode, mode == CheckMode.REMOTE ? RemoteMeans.VIDEO : null, true, true,
                START, START.plusSeconds(3600), offline, 7, "", 1, 2);
    }

    static Check.Position at(int distance) {
        return new Check.Position(BigDecimal.ONE, BigDecimal.ONE, 20, START, distance, 1000);
    }

    static Check.Answer answer(ItemOutcome o, boolean major) {
        return new Check.Answer(11, "一、", "瓦斯检查", true, null, o, "", "5,6", major);
    }

    @Test
    @DisplayName("MW-10 an on-site check-in 1001 m away is refused online (MINE-CHECKIN-OUTSIDE); at 1000 m it is accepted")
    void outsideRefused() {
        assertThatThrownBy(() -> Check.record(facts(CheckMode.ONSITE, false), at(1001), List.of(), "h", START, "u"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("MINE-CHECKIN-OUTSIDE");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.RULE);
                });
        assertThat(Check.record(facts(CheckMode.ONSITE, false), at(1000), List.of(), "h", START, "u").status())
                .isEqualTo(CheckStatus.ACCEPTED);
    }

    @Test
    @DisplayName("MW-10 recorded offline outside the geofence the check is kept FLAGGED; a reviewer clears or rejects it once")
    void offlineFlagged() {
        Check c = Check.record(facts(CheckMode.ONSITE, true), at(2000), List.of(), "h", START, "u");
        assertThat(c.status()).isEqualTo(CheckStatus.FLAGGED);
        assertThatThrownBy(() -> c.review(false, " ", START, "r")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("MINE-CHECK-REVIEW-NOTE"));
        assertThat(c.status()).isEqualTo(CheckStatus.FLAGGED);
        c.review(true, "井下无信号，经核实在矿", START, "r");
        assertThat(c.status()).isEqualTo(CheckStatus.CLEARED);
        assertThatThrownBy(() -> c.review(false, "重复", START, "r")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("MINE-CHECK-REVIEW-STATE"));
        Check accepted = Check.record(facts(CheckMode.ONSITE, false), at(10), List.of(), "h", START, "u");
        assertThatThrownBy(() -> accepted.review(true, "", START, "r")).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("MW-10 a remote check has no geofence")
    void remoteHasNoGeofence() {
        Check c = Check.record(facts(CheckMode.REMOTE, false), new Check.Position(null, null, null, null, null, 1000),
                List.of(), "h", START, "u");
        assertThat(c.status()).isEqualTo(CheckStatus.ACCEPTED);
    }

    @Test
    @DisplayName("MW-05 MW-04 each HAZARD item publishes HazardFoundInCheck with its photos; flags and missed counts are kept")
    void hazards() {
        Check c = Check.record(facts(CheckMode.ONSITE, false), at(5), List.of(answer(ItemOutcome.HAZARD, true),
                answer(ItemOutcome.COMPLIANT, false)), "h", START, "u");
        List<HazardFoundInCheck> found = c.pendingEvents().stream().filter(HazardFoundInCheck.class::isInstance)
                .map(HazardFoundInCheck.class::cast).toList();
        assertThat(found).singleElement().satisfies(h -> {
            assertThat(h.checkId()).isEqualTo(c.id());
            assertThat(h.major()).isTrue();
            assertThat(h.photoFileIds()).containsExactly(5L, 6L);
            assertThat(h.itemText()).isEqualTo("瓦斯检查");
        });
        assertThat(c.snapshot()).containsEntry("unannounced", true).containsEntry("night", true)
                .containsEntry("missedMandatory", 1).containsEntry("missedSpot", 2).containsEntry("hazards", 1);
    }
}
