package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.anjian.personnel.inspectors.InspectorFixtures.approve;
import static cn.anjian.personnel.inspectors.InspectorFixtures.manager;
import static cn.anjian.personnel.inspectors.InspectorFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TI-01 (approved headcount binding) and TI-03 (results per applicant and stage, hiring in rank order). */
@IntegrationTest
class InspectorHiringTests {

    @Autowired HiringPlans plans;
    @Autowired Campaigns campaigns;
    @Autowired Inspectors inspectors;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    TestActor zz() {
        return manager(jurisdictions, agencies, "140525");
    }

    /** A campaign on a plan approved for 2 full-time inspectors, at the interview's end, applicants ranked by the given interview scores. */
    record Run(CampaignView campaign, List<ApplicantView> ranked) {
    }

    Run interviewed(int... interviewScores) {
        TestActor zz = zz();
        PlanView p = plans.draft(zz, plan(HiringMethod.EXAM, "0.60"));
        assertThat(p.fullTimeCount()).isEqualTo(2);
        approve(plans, jdbc, p.id());
        CampaignView c = campaigns.open(zz, new Campaigns.NewCampaign(p.id(), "专职招聘", "煤矿检查员 2 名", "安全类本科以上",
                HiringMethod.EXAM, "7月报名", new BigDecimal("0.60")));
        campaigns.recordStage(zz, c.id(), Stage.ANNOUNCEMENT, "公告已发布");
        List<ApplicantView> as = new ArrayList<>();
        for (int k = 0; k < interviewScores.length; k++) {
            as.add(campaigns.register(zz, c.id(), "应聘" + (char) ('甲' + k), InspectorFixtures.idCard(), InspectorFixtures.qualified()));
        }
        campaigns.recordStage(zz, c.id(), Stage.REGISTRATION, "报名结束");
        campaigns.recordStage(zz, c.id(), Stage.QUALIFICATION_REVIEW, "审查完成");
        as.forEach(a -> campaigns.score(zz, c.id(), a.id(), new BigDecimal("80"), null));
        campaigns.recordStage(zz, c.id(), Stage.WRITTEN_OR_ASSESSMENT, "笔试完成");
        for (int k = 0; k < as.size(); k++) {
            campaigns.score(zz, c.id(), as.get(k).id(), null, new BigDecimal(interviewScores[k]));
        }
        campaigns.recordStage(zz, c.id(), Stage.INTERVIEW, "面试完成");
        return new Run(c, campaigns.applicants(c.id()));
    }

    void passAll(Run r) {
        TestActor zz = zz();
        long c = r.campaign().id();
        r.ranked().forEach(a -> campaigns.recordResult(zz, c, a.id(), Stage.INSPECTION, true));
        campaigns.recordStage(zz, c, Stage.INSPECTION, "考察完成");
        r.ranked().forEach(a -> campaigns.recordResult(zz, c, a.id(), Stage.MEDICAL_EXAM, true));
        campaigns.recordStage(zz, c, Stage.MEDICAL_EXAM, "体检完成");
        campaigns.recordStage(zz, c, Stage.PUBLIC_NOTICE, "公示期满无异议");
    }

    Appointment hire(Run r, ApplicantView a) {
        return new Appointment(null, false, r.campaign().id(), a.id(), null, Specialty.COAL_MINE, "LABOUR", "协助检查",
                "依法履职", "月薪 6000 元", "依劳动合同法", LocalDate.now(clock), LocalDate.now(clock).plusYears(3), null);
    }

    long hiredOn(long planId) {
        return jdbc.sql("SELECT count(*) FROM ti_inspector WHERE plan_id = :p").param("p", planId).query(Long.class).single();
    }

    @Test
    @DisplayName("TI-01 the approved number is binding: on a plan approved for 2 full-time inspectors the 2nd is hired, the 3rd refused, nothing stored")
    void headcount() {
        Run r = interviewed(90, 80, 70);
        passAll(r);
        TestActor zz = zz();
        inspectors.appoint(zz, hire(r, r.ranked().get(0)));
        inspectors.appoint(zz, hire(r, r.ranked().get(1)));
        assertThat(hiredOn(r.campaign().planId())).isEqualTo(2);
        assertThatThrownBy(() -> inspectors.appoint(zz, hire(r, r.ranked().get(2))))
                .extracting("code").isEqualTo("TI-01-HEADCOUNT");
        assertThat(hiredOn(r.campaign().planId())).isEqualTo(2);
        assertThat(campaigns.applicant(zz, r.campaign().id(), r.ranked().get(2).id()).status()).isEqualTo("QUALIFIED");
    }

    @Test
    @DisplayName("TI-01 part-time places are binding too: on a plan approved for 2 part-time inspectors the 2nd is hired, the 3rd refused; none without an approved plan")
    void partTimeHeadcount() {
        TestActor zz = zz();
        Agency a = agencies.get(zz.agencyId());
        PlanView draft = plans.draft(zz, plan(HiringMethod.EXAM, "0.60"));
        assertThat(draft.partTimeCount()).isEqualTo(2);
        assertThatThrownBy(() -> inspectors.appoint(zz, partTime(InspectorFixtures.person(jdbc, a, "兼职未批"), draft.id())))
                .extracting("code").isEqualTo("TI-01");
        assertThatThrownBy(() -> inspectors.appoint(zz, partTime(InspectorFixtures.person(jdbc, a, "兼职无计划"), null)))
                .extracting("code").isEqualTo("TI-01");
        approve(plans, jdbc, draft.id());
        inspectors.appoint(zz, partTime(InspectorFixtures.person(jdbc, a, "兼职一"), draft.id()));
        inspectors.appoint(zz, partTime(InspectorFixtures.person(jdbc, a, "兼职二"), draft.id()));
        long third = InspectorFixtures.person(jdbc, a, "兼职三");
        assertThatThrownBy(() -> inspectors.appoint(zz, partTime(third, draft.id())))
                .extracting("code").isEqualTo("TI-01-HEADCOUNT");
        assertThat(hiredOn(draft.id())).isEqualTo(2);
        // another department's approved plan gives no places here
        TestActor other = manager(jurisdictions, agencies, "140524");
        long otherPlan = plans.draft(other, plan(HiringMethod.EXAM, "0.60")).id();
        approve(plans, jdbc, otherPlan);
        assertThatThrownBy(() -> inspectors.appoint(zz, partTime(third, otherPlan))).isInstanceOf(BusinessException.class);
        assertThat(hiredOn(otherPlan)).isZero();
    }

    Appointment partTime(long person, Long planId) {
        return new Appointment(person, true, null, null, "晋城市安全生产协会", Specialty.COAL_MINE, "SERVICE", "协助检查",
                "依约履职", "按次计酬", "提前 30 日书面通知", LocalDate.now(clock), null, planId);
    }

    @Test
    @DisplayName("TI-03 each applicant's 考察 and 体检 result is recorded before the stage closes; a failed one is not hired")
    void resultsPerApplicant() {
        Run r = interviewed(90, 80);
        TestActor zz = zz();
        long c = r.campaign().id();
        ApplicantView first = r.ranked().get(0);
        ApplicantView second = r.ranked().get(1);
        assertThatThrownBy(() -> campaigns.recordResult(zz, c, first.id(), Stage.MEDICAL_EXAM, true)).extracting("code").isEqualTo("TI-03");
        campaigns.recordResult(zz, c, first.id(), Stage.INSPECTION, true);
        assertThatThrownBy(() -> campaigns.recordStage(zz, c, Stage.INSPECTION, "考察完成")).extracting("code").isEqualTo("TI-03-RESULT");
        campaigns.recordResult(zz, c, second.id(), Stage.INSPECTION, false);
        campaigns.recordStage(zz, c, Stage.INSPECTION, "考察完成");
        assertThatThrownBy(() -> campaigns.recordResult(zz, c, second.id(), Stage.MEDICAL_EXAM, true))
                .hasMessageContaining("考察合格的人员才进行体检");
        assertThatThrownBy(() -> campaigns.recordStage(zz, c, Stage.MEDICAL_EXAM, "体检完成")).extracting("code").isEqualTo("TI-03-RESULT");
        campaigns.recordResult(zz, c, first.id(), Stage.MEDICAL_EXAM, true);
        campaigns.recordStage(zz, c, Stage.MEDICAL_EXAM, "体检完成");
        campaigns.recordStage(zz, c, Stage.PUBLIC_NOTICE, "公示");
        assertThatThrownBy(() -> inspectors.appoint(zz, hire(r, second))).extracting("code").isEqualTo("TI-03-RESULT");
        assertThat(inspectors.appoint(zz, hire(r, first)).applicantId()).isEqualTo(first.id());
    }

    @Test
    @DisplayName("TI-03 hiring follows the ranking: the 2nd before the 1st is refused until a reason for skipping the 1st is recorded")
    void rankOrder() {
        Run r = interviewed(90, 80, 70);
        passAll(r);
        TestActor zz = zz();
        ApplicantView first = r.ranked().get(0);
        ApplicantView second = r.ranked().get(1);
        long before = hiredOn(r.campaign().planId());
        assertThatThrownBy(() -> inspectors.appoint(zz, hire(r, second))).extracting("code").isEqualTo("TI-03-RANK");
        assertThat(hiredOn(r.campaign().planId())).isEqualTo(before);
        assertThatThrownBy(() -> campaigns.recordSkip(zz, r.campaign().id(), first.id(), " ")).hasMessageContaining("理由");
        campaigns.recordSkip(zz, r.campaign().id(), first.id(), "本人书面放弃");
        assertThat(inspectors.appoint(zz, hire(r, second)).applicantId()).isEqualTo(second.id());
        assertThat(campaigns.applicant(zz, r.campaign().id(), first.id()).skipReason()).isEqualTo("本人书面放弃");
    }
}
