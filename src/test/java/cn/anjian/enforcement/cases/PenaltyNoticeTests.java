package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CASE-12 on the aggregate: every transition and refusal, with the calendar's dates handed in. */
class PenaltyNoticeTests {

    static final LocalDate SERVED = LocalDate.of(2026, 9, 30);
    /** The 5th working day after 2026-09-30 (National Day 10-01..07 off, Saturday 10-10 worked). */
    static final LocalDate FIFTH = LocalDate.of(2026, 10, 13);
    static final Instant AT = Instant.parse("2026-10-20T02:00:00Z");

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    static PenaltyNotice served(BigDecimal fine, List<String> measures, boolean rights) {
        return PenaltyNotice.served(1L, 2L, "泽应急罚告〔2026〕1号", new PenaltyNotice.Notified(fine, null, measures, rights),
                SERVED, FIFTH, rights ? FIFTH : null, AT, "officer");
    }

    @Test
    @DisplayName("CASE-12 hearing request on the 5th working day after service is recorded, on the 6th refused; none without hearing rights")
    void hearingRequestWindow() {
        PenaltyNotice late = served(new BigDecimal("200000"), List.of(), true);
        assertThatThrownBy(() -> late.requestHearing(FIFTH.plusDays(1), LocalDate.of(2026, 10, 20), "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-LATE")).hasMessageContaining("不晚于2026-10-13");
        assertThat(late.hearingStatus()).isEqualTo(PenaltyNotice.HearingStatus.AVAILABLE);
        late.requestHearing(FIFTH, LocalDate.of(2026, 10, 20), "officer");
        assertThat(late.hearingStatus()).isEqualTo(PenaltyNotice.HearingStatus.REQUESTED);
        assertThatThrownBy(() -> late.requestHearing(FIFTH, LocalDate.of(2026, 10, 20), "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-STATE"));
        PenaltyNotice small = served(new BigDecimal("5000"), List.of("警告"), false);
        assertThatThrownBy(() -> small.requestHearing(SERVED, LocalDate.of(2026, 10, 20), "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-NO-HEARING"));
    }

    @Test
    @DisplayName("CASE-12 a hearing earlier than the 7th working day after its notice is refused, on that day noticed; then held, reported")
    void hearingNoticeHeldReported() {
        PenaltyNotice p = served(new BigDecimal("200000"), List.of(), true);
        LocalDate earliest = LocalDate.of(2026, 10, 14);
        assertThatThrownBy(() -> p.noticeHearing(earliest, "听证室", SERVED, earliest, "号", "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-STATE")); // nothing requested yet
        p.requestHearing(SERVED, LocalDate.of(2026, 10, 20), "officer");
        assertThatThrownBy(() -> p.noticeHearing(earliest.minusDays(1), "听证室", SERVED, earliest, "号", "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-NOTICE"))
                .hasMessageContaining("最早可于2026-10-14");
        p.noticeHearing(earliest, "听证室", SERVED, earliest, "听通1号", "officer");
        assertThatThrownBy(p::checkReport).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-STATE"));
        assertThatThrownBy(() -> p.held(earliest.minusDays(1), LocalDate.of(2026, 10, 20), "录1号", "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-DATE"));
        p.held(earliest, LocalDate.of(2026, 10, 20), "录1号", "officer");
        assertThatThrownBy(() -> p.checkDecision(null, null, List.of(), LocalDate.of(2026, 10, 20)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-PENDING"));
        p.reported("维持", "报1号", "officer");
        assertThat(p.hearingStatus()).isEqualTo(PenaltyNotice.HearingStatus.REPORTED);
        assertThatCode(() -> p.checkDecision(new BigDecimal("200000"), null, List.of(), LocalDate.of(2026, 10, 20))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("CASE-12 the statement period: a decision on its last working day is refused, the day after allowed; stated but unanswered refused")
    void statementPeriod() {
        PenaltyNotice p = served(new BigDecimal("5000"), List.of("警告"), false);
        assertThatThrownBy(() -> p.checkDecision(new BigDecimal("5000"), null, List.of("警告"), FIFTH))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-STATEMENT-PERIOD"));
        assertThatCode(() -> p.checkDecision(new BigDecimal("5000"), null, List.of("警告"), FIFTH.plusDays(1))).doesNotThrowAnyException();
        PenaltyNotice stated = served(new BigDecimal("5000"), List.of(), false);
        assertThatThrownBy(() -> stated.answer("复核", AT, "officer")).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-NO-STATEMENT"));
        assertThatThrownBy(() -> stated.state(false, " ", SERVED, FIFTH, "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-STATEMENT"));
        assertThatThrownBy(() -> stated.state(false, "申辩", SERVED.minusDays(1), FIFTH, "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-DATE"));
        stated.state(false, "申辩：已整改", SERVED.plusDays(1), FIFTH, "officer");
        assertThatThrownBy(() -> stated.checkDecision(null, null, List.of(), FIFTH.plusDays(1)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-UNANSWERED"));
        stated.answer("经复核，申辩理由不成立", AT, "officer");
        assertThatThrownBy(() -> stated.answer("再次", AT, "officer")).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-ANSWERED"));
        // answered: the decision need not wait for the end of the period
        assertThatCode(() -> stated.checkDecision(new BigDecimal("5000"), null, List.of(), SERVED.plusDays(2))).doesNotThrowAnyException();
        PenaltyNotice waived = served(new BigDecimal("5000"), List.of(), false);
        waived.state(true, null, SERVED, FIFTH, "officer");
        assertThatCode(() -> waived.checkDecision(new BigDecimal("5000"), null, List.of(), SERVED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> waived.state(false, "又申辩", SERVED, FIFTH, "officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-STATED"));
    }

    @Test
    @DisplayName("CASE-12 不得因陈述申辩加重: a higher fine, a confiscation not notified, or a heavier kind of measure is refused; equal or lighter allowed")
    void notHeavierThanNotified() {
        PenaltyNotice p = served(new BigDecimal("30000"), List.of("警告"), false);
        p.state(true, null, SERVED, FIFTH, "officer");
        LocalDate day = FIFTH.plusDays(1);
        assertThatThrownBy(() -> p.checkDecision(new BigDecimal("30000.01"), null, List.of("警告"), day))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEAVIER"))
                .hasMessageContaining("不得因当事人陈述、申辩而给予更重的处罚").hasMessageContaining("警告；罚款 30000 元");
        assertThatThrownBy(() -> p.checkDecision(null, new BigDecimal("100"), List.of(), day))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEAVIER"));
        assertThatThrownBy(() -> p.checkDecision(new BigDecimal("1000"), null, List.of("责令停产停业整顿一个月"), day))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEAVIER"));
        assertThatCode(() -> p.checkDecision(new BigDecimal("30000"), null, List.of("警告"), day)).doesNotThrowAnyException();
        assertThatCode(() -> p.checkDecision(new BigDecimal("20000"), null, List.of(), day)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("CASE-12 hearing rights (第六十三条): a fine at the threshold, suspension of production or revocation; not below the threshold or a warning")
    void hearingRights() {
        BigDecimal threshold = new BigDecimal("100000");
        assertThat(PenaltySeverity.hearingRights(new BigDecimal("100000"), null, List.of(), threshold)).isTrue();
        assertThat(PenaltySeverity.hearingRights(new BigDecimal("99999.99"), null, List.of("警告"), threshold)).isFalse();
        assertThat(PenaltySeverity.hearingRights(null, null, List.of("责令停产停业整顿"), threshold)).isTrue();
        assertThat(PenaltySeverity.hearingRights(null, null, List.of("吊销安全生产许可证"), threshold)).isTrue();
        assertThat(PenaltySeverity.hearingRights(null, new BigDecimal("100000"), List.of(), threshold)).isTrue();
        assertThat(PenaltySeverity.individual("INDIVIDUAL_BUSINESS")).isTrue();
        assertThat(PenaltySeverity.individual("LEGAL_PERSON")).isFalse();
    }
}
