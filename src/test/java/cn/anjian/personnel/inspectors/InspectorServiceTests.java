package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.InspectorCertificateCancelled;
import cn.anjian.personnel.InspectorDismissed;
import cn.anjian.personnel.InspectorEligibility;
import cn.anjian.personnel.InspectorStanding;
import cn.anjian.personnel.TitleLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static cn.anjian.personnel.inspectors.InspectorFixtures.approve;
import static cn.anjian.personnel.inspectors.InspectorFixtures.em;
import static cn.anjian.personnel.inspectors.InspectorFixtures.manager;
import static cn.anjian.personnel.inspectors.InspectorFixtures.person;
import static cn.anjian.personnel.inspectors.InspectorFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class InspectorServiceTests {

    @Autowired HiringPlans plans;
    @Autowired Campaigns campaigns;
    @Autowired Inspectors inspectors;
    @Autowired InspectorEligibility eligibility;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired Deadlines deadlines;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired cn.anjian.workflow.Workflows workflows;
    @Autowired cn.anjian.personnel.People people;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    TestActor zz() {
        return manager(jurisdictions, agencies, "140525");
    }

    TestActor province() {
        return manager(jurisdictions, agencies, "140000");
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    CampaignView approvedCampaign(TestActor actor, HiringMethod method) {
        PlanView p = plans.draft(actor, plan(HiringMethod.EXAM_AND_ASSESSMENT, "0.60"));
        approve(plans, jdbc, p.id());
        return campaigns.open(actor, new Campaigns.NewCampaign(p.id(), "2026年公开招聘", "煤矿检查员 2 名", "安全类本科以上",
                method, "7月报名、8月笔试", method == HiringMethod.EXAM ? new BigDecimal("0.60") : null));
    }

    InspectorView partTime(TestActor actor, String name) {
        Agency a = agencies.get(actor.agencyId());
        return inspectors.appoint(actor, new Appointment(person(jdbc, a, name), true, null, null, "晋城市安全生产协会",
                Specialty.COAL_MINE, "SERVICE", "协助执法检查", "依约履职", "每次检查 500 元", "任一方提前 30 日通知",
                LocalDate.now(clock), null, ptPlan(actor)));
    }

    InspectorView certified(TestActor actor, String name) {
        InspectorView i = partTime(actor, name);
        inspectors.addTraining(actor, i.id(), "PRE_JOB", "岗前培训", 32, LocalDate.now(clock));
        inspectors.recordAssessment(province(), i.id(), LocalDate.now(clock));
        return inspectors.issueCertificate(province(), i.id(), i.termEnd());
    }

    TestActor user(String username) {
        return jdbc.sql("""
                        SELECT u.id, a.id, a.name, a.jurisdiction_id, a.scope_path FROM iam_user u
                        JOIN org_agency a ON a.id = u.agency_id WHERE lower(u.username) = :u""").param("u", username)
                .query((rs, n) -> new TestActor(rs.getLong(1), username, username, rs.getLong(2), rs.getString(3), null,
                        rs.getLong(4), new cn.anjian.kernel.Scope(rs.getString(5)),
                        java.util.Set.of("personnel:read", "inspector:manage", "workflow:inbox"))).single();
    }

    @Test
    @DisplayName("TI-01 the real chain: department director → same-level justice consent → government approval; APPROVED on FlowCompleted")
    void approvalChain() {
        TestActor hr = user("zz_hr");
        PlanView p = plans.draft(hr, plan(HiringMethod.EXAM, "0.60"));
        PlanView submitted = plans.submit(hr, p.id());
        assertThat(submitted.status()).isEqualTo("SUBMITTED");
        cn.anjian.workflow.FlowId flow = new cn.anjian.workflow.FlowId(submitted.flowId());
        // the justice director cannot decide before the department's step
        assertThatThrownBy(() -> workflows.decide(flow, user("zz_justice_director"), cn.anjian.workflow.Decision.APPROVE, "同意"))
                .isInstanceOf(BusinessException.class);
        workflows.decide(flow, user("zz_director"), cn.anjian.workflow.Decision.APPROVE, "同意报司法局");
        workflows.decide(flow, user("zz_justice_director"), cn.anjian.workflow.Decision.APPROVE, "同意");
        assertThat(plans.get(hr, p.id()).status()).as("not before the government").isEqualTo("SUBMITTED");
        assertThatThrownBy(() -> campaigns.open(hr, new Campaigns.NewCampaign(p.id(), "招聘", "岗位", "条件", HiringMethod.EXAM,
                "安排", null))).extracting("code").isEqualTo("TI-01");
        workflows.decide(flow, user("zz_gov_director"), cn.anjian.workflow.Decision.APPROVE, "批准");
        assertThat(plans.get(hr, p.id()).status()).isEqualTo("APPROVED");
        assertThat(campaigns.open(hr, new Campaigns.NewCampaign(p.id(), "招聘", "岗位", "条件", HiringMethod.EXAM, "安排", null))
                .writtenWeight()).isEqualByComparingTo("0.60");
    }

    @Test
    @DisplayName("TI-01 a plan returned for revision becomes a draft again and is resubmitted into the same flow")
    void returnedPlan() {
        TestActor hr = user("zz_hr");
        PlanView p = plans.submit(hr, plans.draft(hr, plan(HiringMethod.EXAM, "0.70")).id());
        cn.anjian.workflow.FlowId flow = new cn.anjian.workflow.FlowId(p.flowId());
        workflows.decide(flow, user("zz_director"), cn.anjian.workflow.Decision.RETURN, "请补充经费测算");
        assertThat(plans.get(hr, p.id()).status()).isEqualTo("DRAFT");
        plans.revise(hr, p.id(), plan(HiringMethod.EXAM, "0.65"));
        assertThat(plans.submit(hr, p.id()).flowId()).isEqualTo(p.flowId());
        workflows.decide(flow, user("zz_director"), cn.anjian.workflow.Decision.REJECT, "暂缓");
        assertThat(plans.get(hr, p.id()).status()).isEqualTo("REJECTED");
    }

    @Test
    @DisplayName("TI-15 the renewal application escalates level by level (county → city → province) and renews on approval")
    void renewalEscalation() {
        TestActor hr = user("zz_hr");
        InspectorView t = partTime(hr, "逐级甲");
        inspectors.addTraining(hr, t.id(), "PRE_JOB", "岗前培训", 32, LocalDate.now(clock));
        inspectors.recordAssessment(province(), t.id(), LocalDate.now(clock));
        InspectorView i = inspectors.issueCertificate(province(), t.id(), t.termEnd().minusYears(1));
        RenewalView r = inspectors.applyRenewal(hr, i.id());
        assertThat(r.late()).as("3 years ahead is not late").isFalse();
        assertThatThrownBy(() -> inspectors.applyRenewal(hr, i.id())).extracting("code").isEqualTo("TI-15");
        cn.anjian.workflow.FlowId flow = new cn.anjian.workflow.FlowId(r.flowId());
        assertThatThrownBy(() -> workflows.decide(flow, user("sx_hr"), cn.anjian.workflow.Decision.APPROVE, "越级"))
                .isInstanceOf(BusinessException.class);
        workflows.decide(flow, user("jc_hr"), cn.anjian.workflow.Decision.APPROVE, "报省厅");
        workflows.decide(flow, user("sx_hr"), cn.anjian.workflow.Decision.APPROVE, "同意换证");
        assertThat(inspectors.renewals(i.id())).singleElement().extracting(RenewalView::status).isEqualTo("APPROVED");
        assertThat(inspectors.find(i.id()).certificateExpiresOn()).isAfter(i.certificateExpiresOn())
                .as("TI-14 never beyond the term").isEqualTo(i.termEnd());
    }

    @Test
    @DisplayName("TI-01 a plan is drafted by the EM department; recruitment cannot start on a plan not approved")
    void planGate() {
        TestActor zz = zz();
        PlanView p = plans.draft(zz, plan(HiringMethod.EXAM, "0.65"));
        assertThat(p.status()).isEqualTo("DRAFT");
        assertThat(p.specialtyLabels()).containsExactly("煤矿", "非煤矿山");
        long before = count("ti_campaign");
        assertThatThrownBy(() -> campaigns.open(zz, new Campaigns.NewCampaign(p.id(), "招聘", "岗位", "条件", HiringMethod.EXAM, "安排", null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("尚未经本级人民政府批准").extracting("code").isEqualTo("TI-01");
        assertThat(count("ti_campaign")).isEqualTo(before);
        approve(plans, jdbc, p.id());
        assertThat(plans.get(zz, p.id()).status()).isEqualTo("APPROVED");
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action)).contains("ti.plan.drafted", "ti.plan.approved");
    }

    @Test
    @DisplayName("TI-04 a campaign with written weight 0.59 is refused and nothing stored; 0.60 accepted")
    void campaignWeight() {
        TestActor zz = zz();
        PlanView p = plans.draft(zz, plan(HiringMethod.EXAM, "0.70"));
        approve(plans, jdbc, p.id());
        long before = count("ti_campaign");
        assertThatThrownBy(() -> campaigns.open(zz, new Campaigns.NewCampaign(p.id(), "招聘", "岗位", "条件", HiringMethod.EXAM,
                "安排", new BigDecimal("0.59")))).extracting("code").isEqualTo("TI-04");
        assertThat(count("ti_campaign")).isEqualTo(before);
        assertThat(campaigns.open(zz, new Campaigns.NewCampaign(p.id(), "招聘", "岗位", "条件", HiringMethod.EXAM, "安排",
                new BigDecimal("0.60"))).writtenWeight()).isEqualByComparingTo("0.60");
    }

    @Test
    @DisplayName("TI-03 TI-05 TI-04 stages in order, automatic eligibility with reasons, scores and ranking, hiring after the public notice")
    void campaignFlow() {
        TestActor zz = zz();
        CampaignView c = approvedCampaign(zz, HiringMethod.EXAM);
        assertThatThrownBy(() -> campaigns.register(zz, c.id(), "早鸟", InspectorFixtures.idCard(), InspectorFixtures.qualified()))
                .hasMessageContaining("公告尚未发布");
        assertThatThrownBy(() -> campaigns.recordStage(zz, c.id(), Stage.REGISTRATION, "x")).extracting("code").isEqualTo("TI-03");
        campaigns.recordStage(zz, c.id(), Stage.ANNOUNCEMENT, "已在门户网站发布公告");
        assertThatThrownBy(() -> campaigns.register(zz, c.id(), "错号", "140525198501010000", InspectorFixtures.qualified()))
                .isInstanceOf(BusinessException.class);
        ApplicantView a = campaigns.register(zz, c.id(), "甲", InspectorFixtures.idCard(), InspectorFixtures.qualified());
        ApplicantView b = campaigns.register(zz, c.id(), "乙", InspectorFixtures.idCard(),
                new Application(Education.COLLEGE, false, TitleLevel.MID, true, null, false, false, 3, false, true, true, true));
        ApplicantView r = campaigns.register(zz, c.id(), "丙", InspectorFixtures.idCard(),
                new Application(Education.BACHELOR, false, TitleLevel.JUNIOR, true, 3, true, false, 3, false, true, true, true));
        assertThat(b.eligible()).as("mid-level title without degree").isTrue();
        assertThat(r.eligible()).isFalse();
        assertThat(r.rejectionReasons()).startsWith(InspectorRules.basis("TI-05")).contains("本科以上学历").doesNotContain("TI-05");
        campaigns.recordStage(zz, c.id(), Stage.REGISTRATION, "3 人报名");
        campaigns.recordStage(zz, c.id(), Stage.QUALIFICATION_REVIEW, "2 人通过");
        assertThat(campaigns.applicant(zz, c.id(), r.id()).status()).isEqualTo("REJECTED");
        assertThatThrownBy(() -> campaigns.score(zz, c.id(), r.id(), new BigDecimal("90"), null)).extracting("code").isEqualTo("TI-05");
        assertThatThrownBy(() -> campaigns.recordStage(zz, c.id(), Stage.WRITTEN_OR_ASSESSMENT, "笔试完成"))
                .hasMessageContaining("没有笔试成绩");
        campaigns.score(zz, c.id(), a.id(), new BigDecimal("80"), null);
        campaigns.score(zz, c.id(), b.id(), new BigDecimal("70"), null);
        assertThatThrownBy(() -> campaigns.score(zz, c.id(), a.id(), new BigDecimal("101"), null))
                .extracting("kind").isEqualTo(BusinessException.Kind.BAD_INPUT);
        campaigns.recordStage(zz, c.id(), Stage.WRITTEN_OR_ASSESSMENT, "笔试完成");
        campaigns.score(zz, c.id(), a.id(), null, new BigDecimal("60"));
        campaigns.score(zz, c.id(), b.id(), null, new BigDecimal("95"));
        List<ApplicantView> ranking = campaigns.applicants(c.id());
        // 甲 80×0.6+60×0.4 = 72.00; 乙 70×0.6+95×0.4 = 80.00
        assertThat(ranking).extracting(ApplicantView::name).containsExactly("乙", "甲", "丙");
        assertThat(ranking.get(0).totalScore()).isEqualByComparingTo("80.00");
        assertThat(ranking.get(1).totalScore()).isEqualByComparingTo("72.00");
        Agency zzEm = agencies.get(zz.agencyId());
        long personB = person(jdbc, zzEm, "乙");
        Appointment hire = new Appointment(personB, false, c.id(), b.id(), null, Specialty.COAL_MINE, "LABOUR", "协助检查",
                "依法履职", "月薪 6000 元", "依劳动合同法", LocalDate.now(clock), LocalDate.now(clock).plusYears(3), null);
        assertThatThrownBy(() -> inspectors.appoint(zz, hire)).hasMessageContaining("公示结束后");
        campaigns.recordStage(zz, c.id(), Stage.INTERVIEW, "面试完成");
        for (Stage s : List.of(Stage.INSPECTION, Stage.MEDICAL_EXAM)) {
            campaigns.recordResult(zz, c.id(), a.id(), s, true); // TI-03: each applicant's result per stage
            campaigns.recordResult(zz, c.id(), b.id(), s, true);
            campaigns.recordStage(zz, c.id(), s, s.getLabel() + "完成");
        }
        campaigns.recordStage(zz, c.id(), Stage.PUBLIC_NOTICE, "公示完成");
        InspectorView i = inspectors.appoint(zz, hire);
        assertThat(i.kind()).isEqualTo("FULL_TIME");
        assertThat(i.planId()).isEqualTo(c.planId());
        assertThat(campaigns.applicant(zz, c.id(), b.id()).status()).isEqualTo("HIRED");
        assertThat(campaigns.stages(c.id())).hasSize(8);
        // hiring without a person record: the person is recorded once through People, from the application
        InspectorView hiredA = inspectors.appoint(zz, new Appointment(null, false, c.id(), a.id(), null, null, "LABOUR",
                "协助检查", "依法履职", "月薪 6000 元", "依劳动合同法", LocalDate.now(clock), LocalDate.now(clock).plusYears(3), null));
        assertThat(people.find(hiredA.personId())).get().extracting(cn.anjian.personnel.PersonView::name).isEqualTo("甲");
        assertThat(people.roles(hiredA.personId())).extracting(cn.anjian.personnel.PersonRole::code).contains("INSPECTOR");
    }

    @Test
    @DisplayName("TI-06 assessment route: 9 years rejected at registration with the reason, 10 years qualified")
    void assessmentRoute() {
        TestActor zz = zz();
        CampaignView c = approvedCampaign(zz, HiringMethod.ASSESSMENT);
        campaigns.recordStage(zz, c.id(), Stage.ANNOUNCEMENT, "公告");
        ApplicantView nine = campaigns.register(zz, c.id(), "九年", InspectorFixtures.idCard(),
                new Application(Education.SECONDARY, false, TitleLevel.NONE, false, null, false, false, 9, true, true, true, true));
        ApplicantView ten = campaigns.register(zz, c.id(), "十年", InspectorFixtures.idCard(),
                new Application(Education.SECONDARY, false, TitleLevel.NONE, false, null, false, false, 10, true, true, true, true));
        assertThat(nine.eligible()).isFalse();
        assertThat(nine.rejectionReasons()).startsWith(InspectorRules.basis("TI-06")).contains("9 年");
        assertThat(ten.eligible()).isTrue();
    }

    @Test
    @DisplayName("TI-07 TI-08 TI-14 part-time from a recommending body, contract recorded, 3-year term tracked by a calendar deadline")
    void partTimeTerm() {
        TestActor zz = zz();
        Agency a = agencies.get(zz.agencyId());
        long p = person(jdbc, a, "兼职甲");
        long before = count("ti_inspector");
        assertThatThrownBy(() -> inspectors.appoint(zz, new Appointment(p, true, null, null, " ", null, "SERVICE", "职责",
                "权利", "报酬", "终止", LocalDate.now(clock), null, ptPlan(zz)))).extracting("code").isEqualTo("TI-07");
        assertThatThrownBy(() -> inspectors.appoint(zz, new Appointment(p, true, null, null, "协会", null, "SERVICE", "职责",
                "权利", " ", "终止", LocalDate.now(clock), null, ptPlan(zz)))).hasMessageContaining("薪酬待遇");
        assertThat(count("ti_inspector")).isEqualTo(before);
        clock.set(LocalDateTime.of(2026, 3, 1, 9, 0));
        InspectorView i = inspectors.appoint(zz, new Appointment(p, true, null, null, "晋城市安全生产协会", null, "SERVICE",
                "协助执法检查", "依约履职", "按次计酬", "提前 30 日书面通知", LocalDate.of(2026, 3, 1), LocalDate.of(2040, 1, 1), ptPlan(zz)));
        assertThat(i.termEnd()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(i.recommendingBody()).isEqualTo("晋城市安全生产协会");
        // 2029's holiday notice is not published yet: the calendar keeps the deadline pending, the term end is kept
        assertThat(i.termDeadlineId()).isNotNull();
        assertThat(deadlines.listFor("ti-inspector", String.valueOf(i.id()))).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(cn.anjian.calendar.DeadlineState.PENDING));
        // a term ending in a year with holiday data gets its calendar deadline at once (2026-03-01 is a Sunday: not moved, CAL-03)
        long q = person(jdbc, a, "兼职乙");
        clock.set(LocalDateTime.of(2023, 3, 1, 9, 0));
        InspectorView j = inspectors.appoint(zz, new Appointment(q, true, null, null, "晋城市安全生产协会", null, "SERVICE",
                "协助执法检查", "依约履职", "按次计酬", "提前 30 日书面通知", LocalDate.of(2023, 3, 2), null, ptPlan(zz)));
        assertThat(j.termEnd()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(deadlines.listFor("ti-inspector", String.valueOf(j.id()))).singleElement()
                .satisfies(d -> assertThat(d.ruleId()).isEqualTo("TI-14"));
        clock.set(LocalDateTime.of(2026, 3, 1, 9, 0));
        InspectorView renewed = inspectors.renewTerm(zz, i.id());
        assertThat(renewed.termEnd()).isEqualTo(LocalDate.of(2032, 2, 29));
    }

    @Test
    @DisplayName("TI-11 TI-09 TI-10 no certificate without 32 h and the provincial assessment; only then may assist, never enforce")
    void certificate() {
        TestActor zz = zz();
        InspectorView i = partTime(zz, "证甲");
        InspectorStanding none = eligibility.standing(i.personId(), LocalDate.now(clock));
        assertThat(none.mayAssist()).isFalse();
        assertThat(none.reasons()).singleElement().asString().startsWith("TI-11");
        inspectors.addTraining(zz, i.id(), "PRE_JOB", "岗前培训（一）", 31, LocalDate.now(clock));
        assertThatThrownBy(() -> inspectors.recordAssessment(zz, i.id(), LocalDate.now(clock)))
                .hasMessageContaining("省级");
        inspectors.recordAssessment(province(), i.id(), LocalDate.now(clock));
        assertThatThrownBy(() -> inspectors.issueCertificate(province(), i.id(), i.termEnd()))
                .extracting("code").isEqualTo("TI-11");
        inspectors.addTraining(zz, i.id(), "PRE_JOB", "岗前培训（二）", 1, LocalDate.now(clock));
        assertThatThrownBy(() -> inspectors.issueCertificate(zz, i.id(), LocalDate.now(clock).plusYears(3)))
                .hasMessageContaining("省级应急管理部门统一颁发");
        InspectorView c = inspectors.issueCertificate(province(), i.id(), i.termEnd());
        assertThat(c.certificateStatus()).isEqualTo("VALID");
        assertThat(c.certificateIssuer()).isEqualTo(agencies.get(province().agencyId()).name());
        InspectorStanding ok = eligibility.standing(i.personId(), LocalDate.now(clock));
        assertThat(ok.mayAssist()).isTrue();
        assertThat(ok.mayEnforce()).isFalse();
        assertThat(ok.mayLead()).isFalse();
        assertThat(ok.maySignDecisions()).isFalse();
        assertThat(ok.duties()).contains(cn.anjian.personnel.InspectorDuty.ONSITE_INSPECTION,
                cn.anjian.personnel.InspectorDuty.SIGN_INSPECTION_DOCUMENTS);
        assertThat(eligibility.standing(i.personId(), i.termEnd().plusDays(1)).mayAssist()).isFalse();
    }

    @Test
    @DisplayName("TI-12 the yearly shortfall list: 11 rotation hours listed, 12 not")
    void shortfall() {
        TestActor zz = zz();
        InspectorView eleven = partTime(zz, "十一学时");
        InspectorView twelve = partTime(zz, "十二学时");
        LocalDate today = LocalDate.now(clock);
        inspectors.addTraining(zz, eleven.id(), "ROTATION", "轮训", 11, today);
        inspectors.addTraining(zz, twelve.id(), "ROTATION", "轮训", 6, today);
        inspectors.addTraining(zz, twelve.id(), "SPECIAL", "专题", 6, today);
        List<Inspectors.Shortfall> list = inspectors.shortfalls(zz, today.getYear());
        assertThat(list).anySatisfy(s -> {
            assertThat(s.inspectorId()).isEqualTo(eleven.id());
            assertThat(s.missing()).isEqualTo(1);
        });
        assertThat(list).noneMatch(s -> s.inspectorId() == twelve.id());
    }

    @Test
    @DisplayName("TI-13 the city calls up any inspector in its jurisdiction; a county only its own")
    void callUp() {
        TestActor zz = zz();
        TestActor city = manager(jurisdictions, agencies, "140500");
        InspectorView i = certified(zz, "调用甲");
        LocalDate today = LocalDate.now(clock);
        inspectors.callUp(city, i.id(), "全市危化品专项检查", today, today.plusDays(3));
        inspectors.callUp(zz, i.id(), "县内煤矿检查", today, today.plusDays(1));
        // a township EM department inside Zezhou may not call up the county's inspector
        Jurisdiction town = jurisdictions.children(jurisdictions.findByCode("140525").orElseThrow().id()).get(0);
        Agency townEm = agencies.findAgency(town.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(town.id(), AgencyKind.EMERGENCY_MANAGEMENT, town.name() + "应急管理办公室"));
        TestActor township = manager(jurisdictions, agencies, town.code());
        assertThat(township.agencyId()).isEqualTo(townEm.id());
        // the township's scope does not even cover the county's inspector: 404
        assertThatThrownBy(() -> inspectors.callUp(township, i.id(), "x", today, today)).extracting("kind")
                .isEqualTo(BusinessException.Kind.NOT_FOUND);
        // a township's own inspector (TI-20) seen by the county: county may not call it up
        InspectorView own = certified(township, "乡镇甲");
        assertThatThrownBy(() -> inspectors.callUp(zz, own.id(), "x", today, today)).extracting("code").isEqualTo("TI-13");
        inspectors.callUp(city, own.id(), "市级统一调用", today, today);
        assertThat(jdbc.sql("SELECT count(*) FROM ti_callup WHERE inspector_id IN (:a, :b)").param("a", i.id())
                .param("b", own.id()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    @DisplayName("TI-20 a township EM department drafts a plan under the same rules (0.59 refused there too)")
    void township() {
        Jurisdiction town = jurisdictions.children(jurisdictions.findByCode("140525").orElseThrow().id()).get(1);
        agencies.findAgency(town.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(town.id(), AgencyKind.EMERGENCY_MANAGEMENT, town.name() + "应急管理办公室"));
        TestActor township = manager(jurisdictions, agencies, town.code());
        assertThat(jurisdictions.get(township.jurisdictionId()).level()).isEqualTo(Jurisdiction.TOWNSHIP);
        assertThatThrownBy(() -> plans.draft(township, plan(HiringMethod.EXAM, "0.59"))).extracting("code").isEqualTo("TI-04");
        PlanView p = plans.draft(township, plan(HiringMethod.EXAM, "0.60"));
        assertThat(p.scopePath()).isEqualTo(town.path());
        // the county sees the township's plan in its scope; a sibling county does not
        assertThat(plans.get(zz(), p.id()).id()).isEqualTo(p.id());
        TestActor shenchi = manager(jurisdictions, agencies, "140927");
        assertThatThrownBy(() -> plans.get(shenchi, p.id())).extracting("kind").isEqualTo(BusinessException.Kind.NOT_FOUND);
    }

    @Test
    @DisplayName("TI-15 reminder exactly 3 months before expiry; a later application is flagged late")
    void renewalReminders() {
        TestActor zz = zz();
        clock.set(LocalDateTime.of(2026, 1, 10, 9, 0));
        InspectorView i = partTime(zz, "换证甲");
        inspectors.addTraining(zz, i.id(), "PRE_JOB", "岗前培训", 32, LocalDate.of(2026, 1, 9));
        inspectors.recordAssessment(province(), i.id(), LocalDate.of(2026, 1, 9));
        inspectors.issueCertificate(province(), i.id(), LocalDate.of(2027, 6, 30));
        clock.set(LocalDateTime.of(2027, 3, 29, 9, 0));
        assertThat(inspectors.renewalReminders(zz)).noneMatch(x -> x.id() == i.id());
        clock.set(LocalDateTime.of(2027, 3, 30, 9, 0));
        assertThat(inspectors.renewalReminders(zz)).anyMatch(x -> x.id() == i.id());
        clock.set(LocalDateTime.of(2027, 3, 31, 9, 0));
        assertThat(InspectorRules.renewalLate(LocalDate.of(2027, 6, 30), LocalDate.now(clock))).isTrue();
    }

    @Test
    @DisplayName("TI-16 the hiring department destroys, the province cancels and publishes a masked notice event")
    void cancellation() {
        TestActor zz = zz();
        InspectorView i = certified(zz, "注销甲");
        assertThatThrownBy(() -> inspectors.cancelCertificate(province(), i.id(), "不再持证")).hasMessageContaining("尚未销毁");
        inspectors.recordDestruction(zz, i.id(), LocalDate.now(clock));
        assertThatThrownBy(() -> inspectors.cancelCertificate(zz, i.id(), "不再持证")).extracting("code").isEqualTo("TI-11");
        InspectorView c = inspectors.cancelCertificate(province(), i.id(), "不再持证");
        assertThat(c.certificateStatus()).isEqualTo("CANCELLED");
        assertThat(events.stream(InspectorCertificateCancelled.class).filter(e -> e.inspectorId() == i.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.maskedName()).isEqualTo("注*甲");
                    assertThat(e.reason()).isEqualTo("不再持证");
                    assertThat(e.jurisdictionId()).isEqualTo(zz.jurisdictionId());
                    assertThat(e.certificateNo()).isEqualTo(i.certificateNo());
                    assertThat(e.agencyName()).isEqualTo(agencies.get(zz.agencyId()).name());
                });
        assertThat(eligibility.standing(i.personId(), LocalDate.now(clock)).mayAssist()).isFalse();
    }

    @Test
    @DisplayName("TI-17 TI-19 dismissal on a legal ground, notified and published; equipment tracked until every item is returned")
    void dismissal() {
        TestActor zz = zz();
        InspectorView i = certified(zz, "解聘甲");
        LocalDate today = LocalDate.now(clock);
        EquipmentView helmet = inspectors.issueEquipment(zz, i.id(), "PROTECTIVE", "安全帽", today);
        inspectors.issueEquipment(zz, i.id(), "TECHNICAL", "气体检测仪", today);
        assertThatThrownBy(() -> inspectors.dismiss(zz, i.id(), null, "不好", "市局")).extracting("code").isEqualTo("TI-17");
        InspectorView d = inspectors.dismiss(zz, i.id(), DismissalGround.NOT_PERFORMING, "连续三次无故不参加检查", "晋城市应急管理局、泽州县司法局");
        assertThat(d.status()).isEqualTo("DISMISSED");
        assertThat(events.stream(InspectorDismissed.class).filter(e -> e.inspectorId() == i.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.maskedName()).isEqualTo("解*甲");
                    assertThat(e.ground()).isEqualTo("无正当理由不履行职责");
                    assertThat(e.certificateNo()).isEqualTo(i.certificateNo());
                    assertThat(e.scopePath()).isEqualTo(i.scopePath());
                });
        // published on the public portal: masked name and the statutory ground, never the internal free text
        String notice = jdbc.sql("SELECT content FROM pub_publication WHERE source_type = 'inspector' AND source_id = :id AND kind = 'INSPECTOR_DISMISSED'")
                .param("id", String.valueOf(i.id())).query(String.class).single();
        assertThat(notice).contains("解*甲", "无正当理由不履行职责").doesNotContain("连续三次", "解聘甲");
        List<EquipmentView> due = inspectors.equipment(i.id());
        assertThat(due).hasSize(3).allMatch(EquipmentView::outstanding);
        for (EquipmentView e : due) {
            inspectors.returnEquipment(zz, i.id(), e.id(), today);
        }
        assertThat(inspectors.equipment(i.id())).noneMatch(EquipmentView::outstanding);
        assertThatThrownBy(() -> inspectors.returnEquipment(zz, i.id(), helmet.id(), today)).extracting("code").isEqualTo("TI-17");
        assertThatThrownBy(() -> inspectors.addTraining(zz, i.id(), "ROTATION", "轮训", 4, today)).hasMessageContaining("已解聘");
        assertThat(eligibility.standing(i.personId(), today).mayAssist()).isFalse();
    }

    @Test
    @DisplayName("TI-18 TI-19 misconduct with handling, insurance, commendation, threats with the department's response")
    void records() {
        TestActor zz = zz();
        InspectorView i = partTime(zz, "记录甲");
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> inspectors.addRecord(zz, i.id(), "MISCONDUCT", "ABUSIVE_CONDUCT", today, null, "态度蛮横", null, null))
                .extracting("code").isEqualTo("TI-18");
        inspectors.addRecord(zz, i.id(), "MISCONDUCT", "ABUSIVE_CONDUCT", today, null, "对企业负责人态度蛮横", "CRITICISM", "已谈话");
        inspectors.addRecord(zz, i.id(), "INSURANCE", "人身意外伤害保险", today, today.plusYears(1), "保单 P-2026-001", null, null);
        inspectors.addRecord(zz, i.id(), "COMMENDATION", "先进个人", today, null, "年度考核优秀", null, null);
        assertThatThrownBy(() -> inspectors.addRecord(zz, i.id(), "THREAT", "THREAT", today, null, "被企业人员威胁", null, null))
                .extracting("code").isEqualTo("TI-19");
        inspectors.addRecord(zz, i.id(), "THREAT", "THREAT", today, null, "被企业人员威胁", null, "已告知当地公安机关并协助处置");
        assertThat(inspectors.records(i.id())).extracting(InspectorRecordView::category)
                .containsExactlyInAnyOrder("MISCONDUCT", "INSURANCE", "COMMENDATION", "THREAT");
    }

    @Test
    @DisplayName("ORG-03 a county user sees only its county's inspectors; the province sees all")
    void scope() {
        TestActor zz = zz();
        TestActor shenchi = manager(jurisdictions, agencies, "140927");
        InspectorView mine = partTime(zz, "泽州甲");
        InspectorView theirs = partTime(shenchi, "神池甲");
        Inspectors.Filter all = new Inspectors.Filter(null, null, null, null);
        assertThat(inspectors.list(zz, all, 0, 100)).extracting(InspectorView::id).contains(mine.id()).doesNotContain(theirs.id());
        assertThat(inspectors.list(province(), all, 0, 100)).extracting(InspectorView::id).contains(mine.id(), theirs.id());
        assertThatThrownBy(() -> inspectors.get(zz, theirs.id())).extracting("kind").isEqualTo(BusinessException.Kind.NOT_FOUND);
        assertThat(inspectors.list(zz, new Inspectors.Filter("泽州甲", "PART_TIME", "ACTIVE", "NONE"), 0, 10))
                .extracting(InspectorView::id).contains(mine.id());
    }

    /** TI-01: part-time inspectors take the places of an approved plan. */
    long ptPlan(cn.anjian.kernel.Actor actor) {
        return InspectorFixtures.partTimePlan(plans, jdbc, actor, 1);
    }
}
