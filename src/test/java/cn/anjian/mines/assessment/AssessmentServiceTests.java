package cn.anjian.mines.assessment;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.documents.IssuedDocument;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.Employment;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.registry.NewCommissioner;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Outcome;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MA-01, MA-02/03 settings, MA-09..MA-12 on the embedded database (神池县 commissioners of this test only). */
@IntegrationTest
class AssessmentServiceTests {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired CommissionerAssessments assessments;
    @Autowired AssessmentFlows flows;
    @Autowired Accountability accountability;
    @Autowired AssessmentReport report;
    @Autowired AssessmentRepository repository;
    @Autowired ExemptionRepository exemptions;
    @Autowired AssessmentDemoFigures figures;
    @Autowired MineRegistry registry;
    @Autowired People people;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired Deadlines deadlines;
    @Autowired WorkingCalendar calendar;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    TestActor sc;
    int year;

    @BeforeEach
    void setUp() {
        Jurisdiction j = jurisdictions.findByCode("140927").orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        sc = new TestActor(880_000 + j.id(), "assess_sc", "考核测试", a.id(), a.name(), null, j.id(), new Scope(j.path()),
                Set.of("mine:assess", "mine:assessment-read", "mine:manage", "personnel:manage", "personnel:read", "document:generate"));
        year = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear();
    }

    @AfterEach
    void clean() {
        SettingsTestSupport.reset(jdbc, store, AssessmentSettings.QUALIFIED_COMPLETION);
        assessments.recomputeDrafts();   // the shared demo drafts back to the default thresholds
        String p = sc.scope().path() + "%";
        jdbc.sql("DELETE FROM mine_decision WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_investigation WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_assessment WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_exemption WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_commissioner WHERE scope_path LIKE :p").param("p", p).update();
    }

    long commissioner(int required, int done) {
        long person = people.create(sc, NewPerson.basic("考核专员" + SEQ.incrementAndGet(), IdCards.next(true), "13800004444")).id();
        long c = registry.select(sc, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), new BigDecimal("39.1"), new BigDecimal("112.25")));
        figures.completion(c, year, required, done);
        return c;
    }

    Assessment of(long commissionerId) {
        return repository.findByCommissionerIdAndYear(commissionerId, year).orElseThrow();
    }

    @Test
    @DisplayName("MA-03 a threshold change re-computes only the assessments not yet confirmed")
    void thresholdChangeRecomputesDraftsOnly() {
        long draft = commissioner(100, 95);
        long confirmed = commissioner(100, 95);
        assessments.computeAll(sc, year);
        assertThat(of(draft).grade()).isEqualTo(Grade.QUALIFIED);
        Assessment c = of(confirmed);
        c.submit();
        c.flowStarted(1L);
        c.decided(true, clock.instant());
        repository.save(c);
        SettingsTestSupport.schedule(admin, AssessmentSettings.QUALIFIED_COMPLETION, "96",
                LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI));
        assertThat(of(draft).grade()).isEqualTo(Grade.UNQUALIFIED);
        assertThat(of(confirmed).grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(of(confirmed).status()).isEqualTo(Assessment.Status.CONFIRMED);
    }

    @Test
    @DisplayName("MA-01 a re-run is identical (nothing written); submitting twice or an override without reason is refused")
    void idempotentAndGates() {
        long c = commissioner(200, 190);
        assessments.computeAll(sc, year);
        Assessment first = of(c);
        CommissionerAssessments.Summary again = assessments.computeAll(sc, year);
        assertThat(again.created() + again.changed()).isZero();
        assertThat(of(c).computedAt()).isEqualTo(first.computedAt());
        assertThatThrownBy(() -> flows.override(sc, first.id(), Grade.EXCELLENT, " "))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("MA-01-OVERRIDE-REASON");
        assertThat(of(c).status()).isEqualTo(Assessment.Status.DRAFT);
        flows.submit(sc, first.id());
        assertThat(of(c).status()).isEqualTo(Assessment.Status.CONFIRMING);
        assertThatThrownBy(() -> flows.submit(sc, first.id())).isInstanceOf(BusinessException.class)
                .extracting("code").isEqualTo("MA-01-STATE");
    }

    @Test
    @DisplayName("MA-09 an exemption needs a missed-item check of that year; once approved the occurrence no longer costs excellence")
    void exemption() {
        long c = commissioner(100, 100);
        figures.finding(c, LocalDate.of(year, 1, 5));
        figures.check(c, "SC-T-1", LocalDate.of(year, 1, 6), null, 1, 0);
        assessments.computeAll(sc, year);
        long id = of(c).id();
        assertThat(of(c).grade()).isEqualTo(Grade.QUALIFIED);
        assertThatThrownBy(() -> flows.requestExemption(sc, id, "SC-NONE", ExemptionGround.FORCE_MAJEURE, "暴雨封路"))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("MA-09-CHECK");
        long e = flows.requestExemption(sc, id, "SC-T-1", ExemptionGround.FORCE_MAJEURE, "暴雨封路，无法到达工作面");
        flows.completed(new FlowCompleted(new FlowId(999_999L), AssessmentFlows.EXEMPTION.code(), Exemption.SUBJECT,
                String.valueOf(e), Outcome.APPROVED));
        assertThat(exemptions.findById(e).orElseThrow().status()).isEqualTo(Exemption.Status.APPROVED);
        assertThat(of(c).grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    @DisplayName("MA-10 a responsibility investigation needs an art. 37 ground and facts; a mine outside the scope is refused")
    void investigation() {
        long c = commissioner(10, 10);
        assessments.computeAll(sc, year);
        long id = of(c).id();
        assertThatThrownBy(() -> accountability.openInvestigation(sc, id, null, "瞒报事故", false, null))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("MA-10-GROUND");
        assertThatThrownBy(() -> accountability.openInvestigation(sc, id, SeriousFailure.OTHER, "瞒报事故", false, -1L))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("MA-10-MINE");
        accountability.openInvestigation(sc, id, SeriousFailure.MISSED_MAJOR_VIOLATION, "企业隐蔽作业面未发现", true, null);
        assertThat(jdbc.sql("SELECT higher_level FROM mine_investigation WHERE commissioner_id = :c").param("c", c).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    @DisplayName("MA-11 the 30-day appeal deadline ending in the National Day holiday moves to the next working day; a day later is refused")
    void appealDeadlineOnHoliday() {
        long c = commissioner(10, 10);
        assessments.computeAll(sc, year);
        long id = of(c).id();
        LocalDate received = LocalDate.of(2026, 9, 1);   // + 30 days = 2026-10-01, National Day
        long d = accountability.issueDecision(sc, id, Measure.NOTICE, "漏查必查内容", received, received);
        LocalDate due = deadlineOf(d);
        assertThat(due).isAfter(LocalDate.of(2026, 10, 1));
        assertThat(calendar.day(due).workingDay()).isTrue();
        long late = accountability.issueDecision(sc, id, Measure.NOTICE, "再次漏查", received, received);
        assertThatThrownBy(() -> accountability.fileAppeal(sc, id, late, due.plusDays(1), "不服"))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("MA-11");
        accountability.fileAppeal(sc, id, d, due, "不服，请求复核");
        accountability.decideAppeal(sc, id, d, true, "维持原决定");
        assertThat(jdbc.sql("SELECT appeal_status FROM mine_decision WHERE id = :d").param("d", d).query(String.class).single())
                .isEqualTo("UPHELD");
    }

    private LocalDate deadlineOf(long decision) {
        long deadline = jdbc.sql("SELECT deadline_id FROM mine_decision WHERE id = :d").param("d", decision).query(Long.class).single();
        return deadlines.find(new DeadlineId(deadline)).orElseThrow().dueDate();
    }

    @Test
    @DisplayName("MA-12 the results report is a numbered .docx naming the unqualified commissioner and the counts")
    void report() throws Exception {
        long bad = commissioner(100, 50);
        assessments.computeAll(sc, year);
        IssuedDocument doc = report.issue(sc, year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.copy(sc, doc.fileId(), out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(d)) {
            String name = jdbc.sql("SELECT name FROM mine_commissioner WHERE id = :c").param("c", bad).query(String.class).single();
            assertThat(text.getText()).contains("不合格 1 人").contains(name).contains("本级组织部门");
        }
    }
}
