package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.TitleLevel;
import cn.anjian.personnel.common.Misconduct;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectorRulesTests {

    static PlanContent plan(HiringMethod method, String weight) {
        return new PlanContent("2026年技术检查员聘用计划", 2026, 3, 2, EnumSet.of(Specialty.COAL_MINE, Specialty.HAZARDOUS_CHEMICALS),
                method, 36, "岗前培训32学时，省厅考核", "县级财政预算保障", weight == null ? null : new BigDecimal(weight),
                "煤矿与危化企业较多，风险较高", 420, "煤矿、危险化学品", "专业性强", "执法人员专业背景不足");
    }

    static Application app(Education edu, boolean safetyMajor, TitleLevel title, Integer vocational, boolean engineer, int years) {
        return new Application(edu, safetyMajor, title, true, vocational, true, engineer, years, false, true, true, true);
    }

    @Test
    @DisplayName("TI-01 a plan states number, specialties, method, term, training and funding; missing ones are refused")
    void planContent() {
        assertThat(InspectorRules.checkPlan(plan(HiringMethod.EXAM, "0.6")).writtenWeight()).isEqualByComparingTo("0.60");
        PlanContent none = new PlanContent("计划", 2026, 0, 0, Set.of(Specialty.COAL_MINE), HiringMethod.EXAM, 12,
                "培训", "经费", new BigDecimal("0.7"), "风险", 1, "类型", "难度", "能力");
        assertThatThrownBy(() -> InspectorRules.checkPlan(none)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("人员数量").extracting("code").isEqualTo("TI-01");
        PlanContent noFunding = new PlanContent("计划", 2026, 1, 0, Set.of(Specialty.COAL_MINE), HiringMethod.EXAM, 12,
                "培训", " ", new BigDecimal("0.7"), "风险", 1, "类型", "难度", "能力");
        assertThatThrownBy(() -> InspectorRules.checkPlan(noFunding)).hasMessageContaining("经费保障");
    }

    @Test
    @DisplayName("TI-02 the plan records the factors and at least one of the nine specialties")
    void planFactors() {
        assertThat(Specialty.values()).hasSize(9);
        PlanContent noSpecialty = new PlanContent("计划", 2026, 1, 0, Set.of(), HiringMethod.EXAM, 12,
                "培训", "经费", new BigDecimal("0.7"), "风险", 1, "类型", "难度", "能力");
        assertThatThrownBy(() -> InspectorRules.checkPlan(noSpecialty)).extracting("code").isEqualTo("TI-02");
        PlanContent noDifficulty = new PlanContent("计划", 2026, 1, 0, Set.of(Specialty.FLOOD_DROUGHT), HiringMethod.EXAM, 12,
                "培训", "经费", new BigDecimal("0.7"), "风险", 1, "类型", "", "能力");
        assertThatThrownBy(() -> InspectorRules.checkPlan(noDifficulty)).hasMessageContaining("执法难度");
    }

    @Test
    @DisplayName("TI-04 written weight 0.59 refused, 0.60 accepted; total = written × w + interview × (1 − w)")
    void writtenWeightBoundary() {
        assertThatThrownBy(() -> InspectorRules.checkPlan(plan(HiringMethod.EXAM, "0.59")))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("TI-04");
        assertThatThrownBy(() -> InspectorRules.writtenWeight(new BigDecimal("0.59")))
                .hasMessageContaining("不得低于 60%");
        assertThat(InspectorRules.writtenWeight(new BigDecimal("0.60"))).isEqualByComparingTo("0.60");
        assertThatThrownBy(() -> InspectorRules.writtenWeight(new BigDecimal("1.5"))).extracting("kind")
                .isEqualTo(BusinessException.Kind.BAD_INPUT);
        assertThatThrownBy(() -> InspectorRules.checkPlan(plan(HiringMethod.EXAM, null))).extracting("code").isEqualTo("TI-04");
        assertThat(InspectorRules.total(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("0.60")))
                .isEqualByComparingTo("84.00");
        assertThat(InspectorRules.total(new BigDecimal("75.5"), new BigDecimal("88"), new BigDecimal("0.70")))
                .isEqualByComparingTo("79.25");
        // the assessment route needs no weight
        assertThat(InspectorRules.checkPlan(plan(HiringMethod.ASSESSMENT, null)).writtenWeight()).isNull();
    }

    @Test
    @DisplayName("TI-03 stages in order, no skipping; the announcement must state positions, requirements, method and schedule")
    void stages() {
        InspectorRules.checkNextStage(null, Stage.ANNOUNCEMENT, "公告已发布");
        assertThatThrownBy(() -> InspectorRules.checkNextStage(null, Stage.REGISTRATION, "x"))
                .extracting("code").isEqualTo("TI-03");
        assertThatThrownBy(() -> InspectorRules.checkNextStage(Stage.REGISTRATION, Stage.WRITTEN_OR_ASSESSMENT, "x"))
                .hasMessageContaining("资格审查");
        assertThatThrownBy(() -> InspectorRules.checkNextStage(Stage.REGISTRATION, Stage.QUALIFICATION_REVIEW, " "))
                .hasMessageContaining("结果");
        assertThatThrownBy(() -> InspectorRules.checkNextStage(Stage.CONTRACT_SIGNING, Stage.CONTRACT_SIGNING, "x"))
                .hasMessageContaining("均已完成");
        assertThat(Stage.values()).extracting(Stage::getLabel).containsExactly("发布公告", "报名", "资格审查",
                "笔试（考核）", "面试", "考察", "体检", "公示", "签订合同");
        assertThatThrownBy(() -> InspectorRules.checkAnnouncement("检查员 3 名", "", HiringMethod.EXAM, null))
                .hasMessageContaining("应聘条件、时间安排").extracting("code").isEqualTo("TI-03");
        InspectorRules.checkAnnouncement("检查员 3 名", "本科以上", HiringMethod.EXAM, "6月报名，7月笔试");
    }

    @Test
    @DisplayName("TI-05 exam route: a mid-level title without a degree passes; nothing of the four fails with the reason")
    void examRoute() {
        assertThat(InspectorRules.ineligibility(app(Education.COLLEGE, false, TitleLevel.MID, null, false, 3), HiringMethod.EXAM)).isEmpty();
        assertThat(InspectorRules.ineligibility(app(Education.BACHELOR, true, TitleLevel.NONE, null, false, 0), HiringMethod.EXAM)).isEmpty();
        assertThat(InspectorRules.ineligibility(app(Education.SECONDARY, false, TitleLevel.NONE, 2, false, 0), HiringMethod.EXAM)).isEmpty();
        assertThat(InspectorRules.ineligibility(app(Education.SECONDARY, false, TitleLevel.NONE, null, true, 0), HiringMethod.EXAM)).isEmpty();
        // a bachelor's degree in an unrelated major, a junior title, a level-3 qualification: rejected
        assertThat(InspectorRules.ineligibility(app(Education.BACHELOR, false, TitleLevel.JUNIOR, 3, false, 20), HiringMethod.EXAM))
                .singleElement().asString().startsWith(InspectorRules.basis("TI-05")).contains("本科以上学历");
        Application notLawAbiding = new Application(Education.MASTER, true, TitleLevel.NONE, false, null, false, false, 0,
                false, false, true, true);
        assertThat(InspectorRules.ineligibility(notLawAbiding, HiringMethod.EXAM)).singleElement().asString().contains("道德品行");
    }

    @Test
    @DisplayName("TI-06 assessment route: 10 years passes (retirees allowed), 9 years fails with the reason")
    void assessmentRoute() {
        Application ten = new Application(Education.SECONDARY, false, TitleLevel.NONE, false, null, false, false, 10,
                true, true, true, true);
        assertThat(InspectorRules.ineligibility(ten, HiringMethod.ASSESSMENT)).isEmpty();
        assertThat(InspectorRules.ineligibility(app(Education.DOCTORATE, true, TitleLevel.SENIOR, 1, true, 9), HiringMethod.ASSESSMENT))
                .singleElement().asString().startsWith(InspectorRules.basis("TI-06")).contains("满 10 年").contains("9 年");
    }

    @Test
    @DisplayName("TI-07 part-time inspectors need a recommending body")
    void partTime() {
        assertThatThrownBy(() -> InspectorRules.recommendingBody(" ")).extracting("code").isEqualTo("TI-07");
        assertThat(InspectorRules.recommendingBody(" 晋城市安全生产协会 ")).isEqualTo("晋城市安全生产协会");
    }

    @Test
    @DisplayName("TI-11 32 pre-job hours and a passed provincial assessment before a certificate: 31 h refused")
    void certificate() {
        assertThatThrownBy(() -> InspectorRules.checkCertificate(31, true)).extracting("code").isEqualTo("TI-11");
        assertThatThrownBy(() -> InspectorRules.checkCertificate(32, false)).hasMessageContaining("省级");
        InspectorRules.checkCertificate(32, true);
    }

    @Test
    @DisplayName("TI-12 yearly 12 hours: the shortfall")
    void yearlyHours() {
        assertThat(InspectorRules.shortfall(11)).isEqualTo(1);
        assertThat(InspectorRules.shortfall(12)).isZero();
        assertThat(InspectorRules.shortfall(0)).isEqualTo(12);
    }

    @Test
    @DisplayName("TI-13 province and city call up across their jurisdiction, a county only its own inspectors")
    void callUp() {
        Scope city = new Scope("/1/5/");
        InspectorRules.checkCallUp(2, 50, city, 77, "/1/5/42/");
        assertThatThrownBy(() -> InspectorRules.checkCallUp(2, 50, city, 88, "/1/9/43/")).extracting("code").isEqualTo("TI-13");
        Scope county = new Scope("/1/5/42/");
        InspectorRules.checkCallUp(3, 77, county, 77, "/1/5/42/");
        assertThatThrownBy(() -> InspectorRules.checkCallUp(3, 77, county, 78, "/1/5/42/900/"))
                .hasMessageContaining("本部门聘用");
    }

    @Test
    @DisplayName("TI-14 a part-time term is 3 years")
    void partTimeTerm() {
        assertThat(InspectorRules.partTimeTermEnd(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    @DisplayName("TI-15 reminder exactly 3 months before expiry, not a day earlier; later applications flagged late")
    void renewal() {
        LocalDate expires = LocalDate.of(2027, 6, 30);
        assertThat(InspectorRules.renewalReminder(expires, LocalDate.of(2027, 3, 30))).isTrue();
        assertThat(InspectorRules.renewalReminder(expires, LocalDate.of(2027, 3, 29))).isFalse();
        assertThat(InspectorRules.renewalLate(expires, LocalDate.of(2027, 3, 30))).isFalse();
        assertThat(InspectorRules.renewalLate(expires, LocalDate.of(2027, 3, 31))).isTrue();
    }

    @Test
    @DisplayName("TI-16 TI-17 public notices carry a masked name")
    void masking() {
        assertThat(cn.anjian.kernel.Masking.name("张三")).isEqualTo("张*");
        assertThat(cn.anjian.kernel.Masking.name("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(cn.anjian.kernel.Masking.name("王")).isEqualTo("*");
        assertThat(DismissalGround.values()).hasSize(3);
    }

    @Test
    @DisplayName("TI-18 eight kinds of misconduct and five kinds of handling")
    void misconduct() {
        assertThat(Misconduct.values()).hasSize(8);
        assertThat(Misconduct.Handling.values()).extracting(Misconduct.Handling::getLabel)
                .contains("警示提醒", "批评教育", "责令检查", "移送司法机关");
    }
}
