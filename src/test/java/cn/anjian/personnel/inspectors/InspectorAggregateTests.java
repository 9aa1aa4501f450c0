package cn.anjian.personnel.inspectors;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inspectors' aggregates refuse a transition their current state does not allow, before changing anything. */
class InspectorAggregateTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    @DisplayName("TI-01 a submitted plan cannot be revised or submitted again; a repeated outcome changes nothing")
    void planStates() {
        HiringPlan p = HiringPlan.draft(1, 1, "/1/", InspectorRulesTests.plan(HiringMethod.EXAM, "0.60"), "hr", NOW);
        p.submitted(7);
        assertThat(p.status).isEqualTo(PlanStatus.SUBMITTED);
        assertThatThrownBy(() -> p.revise(InspectorRulesTests.plan(HiringMethod.EXAM, "0.60")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("只有草拟中的聘用计划可以修改（当前：审批中）");
        assertThatThrownBy(() -> p.submitted(8)).isInstanceOf(BusinessException.class).hasMessageContaining("已提交或已办结");
        assertThat(p.returned()).isTrue();
        assertThat(p.status).isEqualTo(PlanStatus.DRAFT);
        p.submitted(7);
        assertThat(p.decided(true, NOW)).isTrue();
        assertThat(p.decided(false, NOW)).isFalse();
        assertThat(p.status).isEqualTo(PlanStatus.APPROVED);
        assertThat(p.returned()).isFalse();
    }

    @Test
    @DisplayName("TI-05 only a qualified applicant is scored or hired; the review happens once")
    void applicantStates() {
        Applicant rejected = Applicant.register(1, "甲", "140525199001011234", InspectorRulesTests.app(
                cn.anjian.personnel.Education.BACHELOR, true, cn.anjian.personnel.TitleLevel.NONE, null, false, 5),
                java.util.List.of("不符合条件"), NOW);
        rejected.review();
        assertThat(rejected.status).isEqualTo(ApplicantStatus.REJECTED);
        assertThatThrownBy(rejected::review).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> rejected.hired(3)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("只有资格审查通过的人员才能聘用（资格审查未通过）");
        Applicant ok = Applicant.register(1, "乙", "140525199001011234", InspectorRulesTests.app(
                cn.anjian.personnel.Education.BACHELOR, true, cn.anjian.personnel.TitleLevel.NONE, null, false, 5),
                java.util.List.of(), NOW);
        ok.review();
        ok.hired(3);
        assertThat(ok.status).isEqualTo(ApplicantStatus.HIRED);
        assertThat(ok.personId).isEqualTo(3L);
    }

    @Test
    @DisplayName("TI-17 a dismissed inspector can do nothing more; dismissed once")
    void inspectorStates() {
        Inspector i = Inspector.appoint(5, 1, 1, "/1/", true, null, null, "协会", Specialty.COAL_MINE, TODAY,
                TODAY.plusYears(3), new Inspector.Contract(ContractKind.SERVICE, "职责", "权利", "报酬", "解除"), NOW)
                .describedAs("张三", "泽州县应急管理局");
        i.id = 9L;
        i.dismiss(DismissalGround.NOT_PERFORMING, "无正当理由不履职", "县局各科室", TODAY);
        assertThat(i.status).isEqualTo(InspectorStatus.DISMISSED);
        assertThatThrownBy(i::renewTerm).isInstanceOf(BusinessException.class).hasMessageContaining("已解聘，不能再办理此事项");
        assertThatThrownBy(() -> i.dismiss(DismissalGround.NOT_PERFORMING, "再次", "科室", TODAY))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("TI-16 only a valid, destroyed certificate is cancelled")
    void certificateStates() {
        Inspector i = Inspector.appoint(5, 1, 1, "/1/", true, null, null, "协会", null, TODAY.minusYears(1),
                TODAY.plusYears(2), new Inspector.Contract(ContractKind.SERVICE, "职责", "权利", "报酬", "解除"), NOW);
        assertThatThrownBy(() -> i.cancelCertificate("不再持有", TODAY)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("不是有效状态");
        i.id = 9L;
        i.assessmentPassed(TODAY.minusDays(5), TODAY);
        i.issueCertificate(32, "山西省应急管理厅", TODAY.plusYears(2), TODAY);
        assertThatThrownBy(() -> i.cancelCertificate("不再持有", TODAY)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("尚未销毁原证");
        i.certificateDestroyed(TODAY, TODAY);
        i.cancelCertificate("不再持有", TODAY);
        assertThat(i.certificateStatus).isEqualTo(WorkCertificateStatus.CANCELLED);
    }

    @Test
    @DisplayName("TI-15 a renewal is decided once; TI-17 equipment is returned once")
    void renewalAndEquipment() {
        Renewal r = Renewal.apply(9, TODAY, TODAY.plusMonths(2));
        assertThat(r.decided(true, NOW)).isTrue();
        assertThat(r.decided(false, NOW)).isFalse();
        assertThat(r.status).isEqualTo(RenewalStatus.APPROVED);
        Equipment e = Equipment.issue(9, EquipmentKind.TECHNICAL, "检测仪", TODAY.minusMonths(1));
        e.returned(TODAY, TODAY);
        assertThatThrownBy(() -> e.returned(TODAY, TODAY)).isInstanceOf(BusinessException.class).hasMessageContaining("已于");
    }
}
