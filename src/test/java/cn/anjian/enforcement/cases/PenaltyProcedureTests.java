package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.ViolationFacts;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CASE-11 at opening and CASE-12 through the services, on the real calendar (2026: National Day 10-01..07 off,
 * Saturday 10-10 worked), with the clock on Tuesday 2026-10-20.
 */
@IntegrationTest
class PenaltyProcedureTests {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 20);

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired PenaltyProcedures procedures;
    @Autowired CaseDecisions decisions;
    @Autowired CaseLimitations limitations;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    TestActor zz;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 10, 20, 10, 0));
        zz = fx.zz();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    CaseRef decisionStage(String title) {
        CaseRef c = fx.open(zz, CaseKind.PENALTY, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", title + "甲"), fx.certifiedOfficer("140525", title + "乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        return c;
    }

    PenaltyView notify(CaseRef c, String fine, List<String> measures, LocalDate servedOn) {
        return procedures.notify(zz, c.id(), new PenaltyInputs.Notice("未按规定开展安全培训", "《中华人民共和国安全生产法》第九十七条",
                new BigDecimal(fine), null, measures, ServiceMethod.DIRECT, "公司负责人", servedOn));
    }

    static CaseDecision penalty(String fine, List<String> measures) {
        return new CaseDecision(0, DecisionKind.PENALTY, measures, new BigDecimal(fine), null, null, "未按规定开展安全培训",
                "《中华人民共和国安全生产法》第九十七条", null);
    }

    long cases(String title) {
        return jdbc.sql("SELECT count(*) FROM enf_case WHERE title = :t").param("t", title).query(Long.class).single();
    }

    @Test
    @DisplayName("CASE-11 opening a penalty case: violation two years before discovery on the day accepted and recorded; a day earlier refused, nothing stored")
    void limitationAtOpening() {
        long e = fx.enterprise(zz, "时效测试企业");
        NewCase base = fx.newCase(CaseKind.PENALTY, e, "时效测试-超期");
        assertThatThrownBy(() -> service.open(zz, base.withViolation(new ViolationFacts(LocalDate.of(2024, 10, 19), false, false, TODAY))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-11")).hasMessageContaining("截至2026-10-19");
        assertThat(cases("时效测试-超期")).isZero();
        assertThatThrownBy(() -> service.open(zz, new NewCase(CaseKind.PENALTY, base.source(), base.basisTitle(), base.basisNumber(),
                base.basisDate(), e, null, "时效测试-超期", "某地", null)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-11-MISSING"));
        NewCase inTime = fx.newCase(CaseKind.PENALTY, e, "时效测试-当日")
                .withViolation(new ViolationFacts(LocalDate.of(2024, 10, 20), false, false, null));
        CaseRef c = service.open(zz, inTime);
        CaseLimitations.LimitationView l = limitations.find(c.id()).orElseThrow();
        assertThat(l.lastDay()).isEqualTo(TODAY);
        assertThat(l.discoveredOn()).isEqualTo(TODAY);
        assertThat(l.computation()).contains("在时效内");
        // other kinds record nothing
        assertThat(limitations.find(fx.open(zz, CaseKind.INSPECTION, "时效测试-检查").id())).isEmpty();
    }

    @Test
    @DisplayName("CASE-12 no penalty decision without a served notice; the statement period (5 working days) blocks it up to its last day")
    void decisionNeedsNoticeAndPeriod() {
        CaseRef c = decisionStage("告知测试-期限");
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("5000", List.of("警告"))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-NO-NOTICE"));
        PenaltyView p = notify(c, "5000", List.of("警告"), null);
        assertThat(p.servedOn()).isEqualTo(TODAY);
        assertThat(p.statementUntil()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(p.hearingRights()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_document WHERE case_id = :c AND doc_type = 'PENALTY_NOTICE' AND served_at IS NOT NULL")
                .param("c", c.id()).query(Long.class).single()).isEqualTo(1);
        clock.set(LocalDateTime.of(2026, 10, 27, 17, 0));
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("5000", List.of("警告"))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-STATEMENT-PERIOD")).hasMessageContaining("2026-10-27");
        assertThat(decisions.find(zz, c.id())).isEmpty();
        clock.set(LocalDateTime.of(2026, 10, 28, 9, 0));
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("5000.01", List.of("警告"))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEAVIER"));
        assertThat(decisions.issueDecision(zz, c.id(), penalty("5000", List.of("警告"))).fineYuan()).isEqualByComparingTo("5000");
    }

    @Test
    @DisplayName("CASE-12 across National Day 2026: served 09-30, a hearing request on 10-13 (5th working day) is recorded, on 10-14 (6th) refused")
    void hearingRequestAcrossNationalDay() {
        CaseRef late = decisionStage("听证申请测试-逾期");
        PenaltyView p = notify(late, "200000", List.of(), LocalDate.of(2026, 9, 30));
        assertThat(p.hearingRights()).isTrue();
        assertThat(p.hearingRequestUntil()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThatThrownBy(() -> procedures.requestHearing(zz, late.id(), LocalDate.of(2026, 10, 14)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-LATE"));
        assertThat(procedures.find(zz, late.id()).orElseThrow().hearingStatus()).isEqualTo("AVAILABLE");
        assertThat(procedures.requestHearing(zz, late.id(), LocalDate.of(2026, 10, 13)).hearingStatus()).isEqualTo("REQUESTED");
        // a requested hearing not yet held and reported blocks the decision
        assertThatThrownBy(() -> decisions.issueDecision(zz, late.id(), penalty("200000", List.of())))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-PENDING"));
    }

    @Test
    @DisplayName("CASE-12 hearing noticed 09-29: a hearing on 10-13 (6th working day after) is refused, 10-14 (7th) accepted; held, reported, never heavier")
    void hearingNoticeHeldReported() {
        CaseRef c = decisionStage("听证通知测试");
        notify(c, "1000", List.of("责令停产停业整顿一个月"), LocalDate.of(2026, 9, 28));
        procedures.state(zz, c.id(), new PenaltyInputs.Statement(false, "整改已完成，请求从轻", LocalDate.of(2026, 9, 29)));
        procedures.answer(zz, c.id(), "经复核，违法事实清楚，申辩理由不予采纳");
        procedures.requestHearing(zz, c.id(), LocalDate.of(2026, 9, 29));
        long documents = jdbc.sql("SELECT count(*) FROM enf_case_document WHERE case_id = :c").param("c", c.id()).query(Long.class).single();
        assertThatThrownBy(() -> procedures.noticeHearing(zz, c.id(), new PenaltyInputs.HearingNotice(LocalDate.of(2026, 10, 13),
                "听证室", "李某", ServiceMethod.DIRECT, "公司负责人", LocalDate.of(2026, 9, 29))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-NOTICE")).hasMessageContaining("最早可于2026-10-14");
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_document WHERE case_id = :c").param("c", c.id()).query(Long.class).single())
                .isEqualTo(documents); // refused before any number was taken
        PenaltyView noticed = procedures.noticeHearing(zz, c.id(), new PenaltyInputs.HearingNotice(LocalDate.of(2026, 10, 14),
                "听证室", "李某", ServiceMethod.DIRECT, "公司负责人", LocalDate.of(2026, 9, 29)));
        assertThat(noticed.hearingNoticeNumber()).matches("泽应急听通〔2026〕\\d+号");
        procedures.recordHearing(zz, c.id(), new PenaltyInputs.HearingRecord(LocalDate.of(2026, 10, 14), "调查人员陈述，当事人申辩、质证"));
        PenaltyView reported = procedures.reportHearing(zz, c.id(), new PenaltyInputs.HearingReport("按期举行", "维持原处罚意见"));
        assertThat(reported.hearingStatus()).isEqualTo("REPORTED");
        assertThat(jdbc.sql("SELECT doc_type FROM enf_case_document WHERE case_id = :c AND doc_type LIKE 'HEARING%' ORDER BY id")
                .param("c", c.id()).query(String.class).list()).containsExactly("HEARING_NOTICE", "HEARING_RECORD", "HEARING_REPORT");
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("1000", List.of("吊销安全生产许可证"))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEAVIER"));
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("2000", List.of("责令停产停业整顿一个月"))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEAVIER"));
        // what was notified passes this gate; suspension of production is a major decision, so legal review answers next
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("1000", List.of("责令停产停业整顿一个月"))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-01"));
    }

    @Test
    @DisplayName("CASE-12 the notice: only a penalty case in the decision stage, once, served within the late-entry window; the hearing steps in order")
    void noticeRefusals() {
        CaseRef inspection = fx.open(zz, CaseKind.INSPECTION, "告知测试-检查");
        assertThatThrownBy(() -> notify(inspection, "1000", List.of(), null)).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-KIND"));
        CaseRef c = decisionStage("告知测试-重复");
        assertThatThrownBy(() -> notify(c, "1000", List.of(), TODAY.plusDays(1)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-SERVED-ON"));
        assertThatThrownBy(() -> procedures.notify(zz, c.id(), new PenaltyInputs.Notice("事实", "依据", null, null, List.of(),
                ServiceMethod.DIRECT, "负责人", null))).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-EMPTY"));
        assertThatThrownBy(() -> procedures.requestHearing(zz, c.id(), TODAY))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-NO-NOTICE"));
        notify(c, "1000", List.of(), null);
        assertThatThrownBy(() -> notify(c, "1000", List.of(), null)).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-NOTIFIED"));
        assertThatThrownBy(() -> procedures.requestHearing(zz, c.id(), TODAY))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-NO-HEARING"));
        assertThatThrownBy(() -> procedures.recordHearing(zz, c.id(), new PenaltyInputs.HearingRecord(TODAY, "笔录")))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-12-HEARING-STATE"));
    }
}
