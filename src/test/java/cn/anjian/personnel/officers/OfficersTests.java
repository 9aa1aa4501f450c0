package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.DuplicatePersonException;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.Gender;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonTitle;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PersonnelFixtures;
import cn.anjian.personnel.PostStatus;
import cn.anjian.personnel.TitleLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OfficersTests {

    @Autowired People people;
    @Autowired OfficerService officers;
    @Autowired EnforcerEligibility eligibility;
    @Autowired Deadlines deadlines;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired cn.anjian.audit.AuditTrail audit;

    TestActor zz;
    TestActor sc;
    TestActor province;
    // a Tuesday with no holiday within 10 days, so the CAL-03 roll-forward does not apply
    static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2025, 3, 4, 10, 0));
        zz = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
        sc = PersonnelFixtures.hr(jurisdictions, agencies, "140927");
        province = PersonnelFixtures.hr(jurisdictions, agencies, "140000");
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    private long officer(TestActor actor, PostStatus post) {
        PersonView p = people.create(actor, NewPerson.basic("测试执法员", IdCards.next(true), "13800001111"));
        officers.register(actor, p.id(), new NewOfficer(null, DAY.minusYears(1), post, DAY.minusDays(30)));
        return p.id();
    }

    private long certified(TestActor actor) {
        long id = officer(actor, PostStatus.OFF_POST);
        officers.addTraining(actor, id, OfficerFixtures.preJob("80", true, DAY.minusDays(20)));
        officers.addTraining(actor, id, OfficerFixtures.unifiedExam(true, DAY.minusDays(15)));
        officers.addCertificate(actor, id, new NewCertificate("晋执" + id, CertificateKind.ENFORCEMENT, "山西省人民政府",
                DAY.minusDays(10), DAY.plusYears(5)));
        return id;
    }

    @Test
    @DisplayName("OFF-01 79 centralised pre-job hours refused, 80 accepted; nothing stored on refusal")
    void preJobBoundary() {
        long id = officer(zz, PostStatus.OFF_POST);
        officers.addTraining(zz, id, OfficerFixtures.preJob("79", true, DAY.minusDays(20)));
        officers.addTraining(zz, id, OfficerFixtures.unifiedExam(true, DAY.minusDays(15)));
        NewCertificate cert = new NewCertificate("晋执A" + id, CertificateKind.ENFORCEMENT, "山西省人民政府", DAY, DAY.plusYears(5));
        assertThatThrownBy(() -> officers.addCertificate(zz, id, cert))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不足 80 学时")
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("OFF-01"));
        assertThat(officers.get(zz, id).certificates()).isEmpty();
        officers.addTraining(zz, id, new NewTraining("补训", TrainingKind.PRE_JOB, new BigDecimal("1"), DAY.minusDays(3),
                DAY.minusDays(3), true, ExamResult.NONE));
        assertThat(officers.addCertificate(zz, id, cert).status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    @DisplayName("OFF-01 non-centralised hours do not count")
    void nonCentralised() {
        long id = officer(zz, PostStatus.OFF_POST);
        officers.addTraining(zz, id, new NewTraining("网络学习", TrainingKind.PRE_JOB, new BigDecimal("100"), DAY.minusDays(30),
                DAY.minusDays(20), false, ExamResult.PASSED));
        assertThatThrownBy(() -> officers.addCertificate(zz, id, new NewCertificate("晋执N" + id, CertificateKind.ENFORCEMENT,
                "山西省人民政府", DAY, DAY.plusYears(5)))).hasMessageContaining("集中脱产岗前培训仅 0 学时");
    }

    @Test
    @DisplayName("OFF-08 training without a passed exam is refused (凡进必考必训)")
    void examRequired() {
        long id = officer(zz, PostStatus.OFF_POST);
        officers.addTraining(zz, id, OfficerFixtures.preJob("96", false, DAY.minusDays(20)));
        assertThatThrownBy(() -> officers.addCertificate(zz, id, new NewCertificate("晋执E" + id, CertificateKind.ENFORCEMENT,
                "山西省人民政府", DAY, DAY.plusYears(5))))
                .hasMessageContaining("尚未通过岗前安全生产法律知识考核");
    }

    @Test
    @DisplayName("OFF-03 a valid unexpired enforcement certificate allows enforcing; expired, suspended or none do not")
    void enforcer() {
        long id = certified(zz);
        assertThat(eligibility.check(id, DAY).mayEnforce()).isTrue();
        assertThat(eligibility.check(id, DAY.plusYears(5)).mayEnforce()).isTrue();
        Eligibility expired = eligibility.check(id, DAY.plusYears(5).plusDays(1));
        assertThat(expired.mayEnforce()).isFalse();
        assertThat(expired.reasons()).anyMatch(r -> r.contains("过期"));
        CertificateView c = officers.get(zz, id).certificates().get(0);
        officers.changeCertificate(zz, c.id(), c.version(), CertificateAction.SUSPEND, DAY, "调查期间暂扣");
        assertThat(eligibility.check(id, DAY).mayEnforce()).isFalse();
        assertThat(eligibility.check(id, DAY).reasons()).anyMatch(r -> r.contains("暂扣"));
        long none = officer(zz, PostStatus.OFF_POST);
        assertThat(eligibility.check(none, DAY).reasons()).contains("未取得山西省行政执法证");
    }

    @Test
    @DisplayName("OFF-03 a supervision certificate alone does not make an enforcer; unknown person refused")
    void supervisionOnly() {
        long id = officer(zz, PostStatus.OFF_POST);
        officers.addTraining(zz, id, OfficerFixtures.preJob("80", true, DAY.minusDays(20)));
        officers.addTraining(zz, id, OfficerFixtures.unifiedExam(true, DAY.minusDays(15)));
        officers.addCertificate(zz, id, new NewCertificate("晋监" + id, CertificateKind.SUPERVISION, "山西省人民政府", DAY, DAY.plusYears(5)));
        assertThat(eligibility.check(id, DAY).mayEnforce()).isFalse();
        assertThat(eligibility.check(-1, DAY).mayEnforce()).isFalse();
    }

    @Test
    @DisplayName("OFF-04 revoking the certificate of an officer on post opens a 10-day deadline, met when moved off post")
    void offPostDeadline() {
        long id = certified(zz);
        OfficerDetail d = officers.get(zz, id);
        officers.changePost(zz, id, d.version(), PostStatus.ON_POST, DAY, null);
        CertificateView c = officers.get(zz, id).certificates().get(0);
        officers.changeCertificate(zz, c.id(), c.version(), CertificateAction.REVOKE, DAY, "违法执法被吊销");
        List<PostCaseView> open = officers.postCases(zz, false).stream().filter(pc -> pc.personId() == id).toList();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).dueDate()).isEqualTo(DAY.plusDays(10));
        assertThat(open.get(0).cause()).isEqualTo("REVOKED");
        clock.set(LocalDateTime.of(2025, 3, 15, 9, 0));
        assertThat(officers.postCases(zz, true)).anyMatch(pc -> pc.personId() == id && pc.overdue());
        clock.set(LocalDateTime.of(2025, 3, 14, 9, 0));
        assertThat(officers.postCases(zz, true)).noneMatch(pc -> pc.personId() == id);
        officers.changePost(zz, id, officers.get(zz, id).version(), PostStatus.OFF_POST, LocalDate.of(2025, 3, 14), "调离执法岗位");
        assertThat(officers.postCases(zz, false)).noneMatch(pc -> pc.personId() == id);
        assertThat(deadlines.find(new DeadlineId(open.get(0).deadlineId())).orElseThrow().state()).isEqualTo(DeadlineState.MET);
    }

    @Test
    @DisplayName("OFF-04 an officer put on post without a certificate gets a case; a valid certificate closes it")
    void onPostWithoutCertificate() {
        long id = officer(zz, PostStatus.ON_POST);
        assertThat(officers.postCases(zz, false)).anyMatch(pc -> pc.personId() == id && pc.cause().equals("NO_CERTIFICATE"));
        officers.addTraining(zz, id, OfficerFixtures.preJob("80", true, DAY.minusDays(20)));
        officers.addTraining(zz, id, OfficerFixtures.unifiedExam(true, DAY.minusDays(15)));
        officers.addCertificate(zz, id, new NewCertificate("晋执P" + id, CertificateKind.ENFORCEMENT, "山西省人民政府", DAY, DAY.plusYears(5)));
        assertThat(officers.postCases(zz, false)).noneMatch(pc -> pc.personId() == id);
    }

    @Test
    @DisplayName("OFF-02 23.5 yearly hours is a shortfall, 24 is not; no training at all is a shortfall")
    void shortfall() {
        long a = officer(zz, PostStatus.ON_POST);
        long b = officer(zz, PostStatus.ON_POST);
        long none = officer(zz, PostStatus.ON_POST);
        officers.addTraining(zz, a, OfficerFixtures.refresher("23.5", DAY.minusDays(1)));
        officers.addTraining(zz, b, OfficerFixtures.refresher("20", DAY.minusDays(1)));
        officers.addTraining(zz, b, OfficerFixtures.refresher("4", DAY.minusDays(1)));
        List<Long> short2025 = officers.shortfalls(zz, 2025, 0, 1000).items().stream().map(ShortfallRow::personId).toList();
        assertThat(short2025).contains(a, none).doesNotContain(b);
        assertThat(officers.shortfalls(zz, 2025, 0, 1000).items().stream().filter(r -> r.personId() == a).findFirst().orElseThrow()
                .missingHours()).isEqualByComparingTo("0.5");
        assertThat(officers.list(zz, new OfficerFilter(null, null, null, true, null), 0, 100).items())
                .extracting(OfficerRow::personId).contains(a, none).doesNotContain(b);
        // province scope sees them too, Shenchi does not
        assertThat(officers.shortfalls(province, 2025, 0, 1000).total()).isGreaterThanOrEqualTo(2);
        assertThat(officers.shortfalls(sc, 2025, 0, 1000).items()).extracting(ShortfallRow::personId).doesNotContain(a, none);
    }

    @Test
    @DisplayName("OFF-05 a certificate return is recorded with date and receiver, once")
    void certificateReturn() {
        long id = certified(zz);
        CertificateView c = officers.get(zz, id).certificates().get(0);
        CertificateView r = officers.returnCertificate(zz, c.id(), c.version(), DAY, "省司法厅 王科长");
        assertThat(r.status()).isEqualTo(CertificateStatus.RETURNED);
        assertThat(r.returnedOn()).isEqualTo(DAY);
        assertThat(r.receivedBy()).isEqualTo("省司法厅 王科长");
        assertThatThrownBy(() -> officers.returnCertificate(zz, c.id(), r.version(), DAY, "x")).hasMessageContaining("已登记交回");
    }

    @Test
    @DisplayName("OFF-06 ineligible for awards without the year's training or when flagged for deliberately not obtaining a certificate")
    void award() {
        long id = officer(zz, PostStatus.ON_POST);
        assertThat(officers.awardEligibility(zz, id, 2025).eligible()).isFalse();
        officers.addTraining(zz, id, OfficerFixtures.refresher("24", DAY.minusDays(1)));
        assertThat(officers.awardEligibility(zz, id, 2025).eligible()).isTrue();
        officers.flagDeliberateNoCertificate(zz, id, 2025, "无正当理由不参加执法资格考试");
        AwardEligibility e = officers.awardEligibility(zz, id, 2025);
        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons()).anyMatch(r -> r.contains("恶意不取得执法证件"));
    }

    @Test
    @DisplayName("OFF-07 rotation training of 14 days counts, 13 days does not; due 3 years later")
    void rotation() {
        long id = officer(zz, PostStatus.ON_POST);
        officers.addTraining(zz, id, new NewTraining("执法骨干定期轮训", TrainingKind.ROTATION, new BigDecimal("60"),
                LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 13), true, ExamResult.NONE));
        // hired 2024-03-04: due 2027, but the 13-day rotation does not count
        assertThat(officers.get(zz, id).rotation().lastRotation()).isNull();
        officers.addTraining(zz, id, new NewTraining("执法骨干定期轮训", TrainingKind.ROTATION, new BigDecimal("60"),
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 14), true, ExamResult.NONE));
        RotationRow r = officers.get(zz, id).rotation();
        assertThat(r.lastRotation()).isEqualTo(LocalDate.of(2022, 1, 14));
        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(r.overdue()).isTrue();
        assertThat(officers.rotationDue(zz, DAY, 0)).anyMatch(x -> x.personId() == id && x.overdue());
    }

    @Test
    @DisplayName("scope: a county sees only its people and officers (404 outside), the province sees all")
    void scope() {
        long id = officer(zz, PostStatus.OFF_POST);
        assertThatThrownBy(() -> people.get(sc, id)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> officers.get(sc, id)).hasMessageContaining("不在您的管辖范围内");
        assertThat(people.get(province, id).id()).isEqualTo(id);
        assertThat(officers.list(sc, OfficerFilter.none(), 0, 100).items()).extracting(OfficerRow::personId).doesNotContain(id);
        assertThat(people.search(province, new PersonFilter(null, null, null, PersonRole.OFFICER), 0, 100).total())
                .isGreaterThanOrEqualTo(people.search(zz, new PersonFilter(null, null, null, PersonRole.OFFICER), 0, 100).total());
    }

    @Test
    @DisplayName("one person per ID card: a duplicate is refused with the existing id (in scope) or without it (outside)")
    void duplicate() {
        String card = IdCards.next(false);
        PersonView p = people.create(zz, NewPerson.basic("李娜", card, null));
        assertThat(p.gender()).isEqualTo(Gender.FEMALE);
        assertThat(p.idCardMasked()).contains("**********").doesNotContain(card.substring(6, 14));
        assertThatThrownBy(() -> people.create(zz, NewPerson.basic("李娜", card.toLowerCase(), null)))
                .isInstanceOfSatisfying(DuplicatePersonException.class, e -> assertThat(e.existingId()).isEqualTo(p.id()));
        assertThatThrownBy(() -> people.create(sc, NewPerson.basic("李娜", card, null)))
                .isInstanceOfSatisfying(DuplicatePersonException.class, e -> assertThat(e.existingId()).isNull());
        assertThat(people.revealPii(zz, p.id()).idCard()).isEqualTo(card);
    }

    @Test
    @DisplayName("certificate transitions: revoked cannot be reinstated; unknown numbers are unique")
    void transitions() {
        long id = certified(zz);
        CertificateView c = officers.get(zz, id).certificates().get(0);
        CertificateView r = officers.changeCertificate(zz, c.id(), c.version(), CertificateAction.REVOKE, DAY, "吊销");
        assertThatThrownBy(() -> officers.changeCertificate(zz, c.id(), r.version(), CertificateAction.REINSTATE, DAY, null))
                .hasMessageContaining("不能恢复");
        long other = officer(zz, PostStatus.OFF_POST);
        officers.addTraining(zz, other, OfficerFixtures.preJob("80", true, DAY.minusDays(20)));
        officers.addTraining(zz, other, OfficerFixtures.unifiedExam(true, DAY.minusDays(15)));
        assertThatThrownBy(() -> officers.addCertificate(zz, other, new NewCertificate(c.number(), CertificateKind.ENFORCEMENT,
                "山西省人民政府", DAY, DAY.plusYears(1)))).hasMessageContaining("已登记");
    }

    @Test
    @DisplayName("people update: version-guarded, the ID card cannot change, the officer list follows the new name; changes are audited")
    void updateAndAudit() {
        long id = officer(zz, PostStatus.OFF_POST);
        PersonView p = people.get(zz, id);
        String card = people.revealPii(zz, id).idCard();
        PersonView after = people.update(zz, id, p.version(), NewPerson.basic("改名执法员", card, "13900001111"));
        assertThat(after.name()).isEqualTo("改名执法员");
        assertThat(officers.list(zz, new OfficerFilter("改名执法员", null, null, null, null), 0, 100).items())
                .extracting(OfficerRow::personId).contains(id);
        assertThatThrownBy(() -> people.update(zz, id, p.version(), NewPerson.basic("再改", card, null)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> people.update(zz, id, after.version(), NewPerson.basic("再改", IdCards.next(true), null)))
                .hasMessageContaining("不能修改");
        assertThat(people.get(zz, id).name()).isEqualTo("改名执法员");
        for (String action : List.of("personnel.person.created", "personnel.person.updated", "personnel.person.pii-viewed",
                "personnel.officer.registered")) {
            assertThat(audit.search(new cn.anjian.kernel.Scope("/1/"), new cn.anjian.audit.AuditFilter(null, action, null, String.valueOf(id), null, null, null, 10))
                    .entries()).as(action).isNotEmpty();
        }
    }

    @Test
    @DisplayName("TI-05 无 is an applicant's declaration only: a recorded title needs a real level")
    void titleLevelNoneRefusedForAPerson() {
        NewPerson n = new NewPerson("无级别职称", null, IdCards.next(true), null, null, null, false, false, 0, false, null,
                List.of(new PersonTitle("工程师", TitleLevel.NONE, null, true)), List.of());
        assertThatThrownBy(() -> people.create(zz, n)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("请选择职称级别");
    }

    @Test
    @DisplayName("OFF-03 / TI-10 a demo technical inspector (inspector role only) may not enforce, with the inspector message")
    void inspectorNeverEnforcer() {
        List<Long> inspectors = jdbc.sql("""
                SELECT i.person_id FROM ti_inspector i
                WHERE NOT EXISTS (SELECT 1 FROM off_officer o WHERE o.person_id = i.person_id) LIMIT 1""")
                .query(Long.class).list();
        org.junit.jupiter.api.Assumptions.assumeFalse(inspectors.isEmpty(), "inspector demo data present");
        Eligibility e = eligibility.check(inspectors.get(0), DAY);
        assertThat(e.mayEnforce()).isFalse();
        assertThat(e.reasons().get(0)).startsWith("技术检查员不得独立执法");
    }
}
