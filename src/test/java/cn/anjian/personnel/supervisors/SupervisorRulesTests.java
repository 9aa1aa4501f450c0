package cn.anjian.personnel.supervisors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SupervisorRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static Supervisor recommended() {
        return Supervisor.propose(1, 2, 3, "/1/5/42/", AppointmentRoute.RECOMMENDATION, SourceKind.ENTERPRISE,
                "晋城市某煤业公司", null, null, TODAY);
    }

    static Supervisor withConsents() {
        Supervisor s = recommended();
        s.recordPersonConsent(TODAY, "书面同意", TODAY);
        s.recordEmployerConsent("晋城市某煤业公司", TODAY, "单位函", TODAY);
        return s;
    }

    @Test
    @DisplayName("SS-01 recommendation needs a recommending kind and the organisation's name")
    void recommendation() {
        assertThat(recommended().status).isEqualTo(SupervisorStatus.DRAFT);
        assertThatThrownBy(() -> Supervisor.propose(1, 2, 3, "/1/", AppointmentRoute.RECOMMENDATION, SourceKind.ENTERPRISE,
                " ", null, null, TODAY)).isInstanceOf(BusinessException.class).hasMessageContaining("推荐单位名称");
        assertThatThrownBy(() -> Supervisor.propose(1, 2, 3, "/1/", AppointmentRoute.RECOMMENDATION, SourceKind.LAWYER,
                "某律所", null, null, TODAY)).hasMessageContaining("不属于推荐方式");
        for (SourceKind k : new SourceKind[] {SourceKind.INDUSTRY_ASSOCIATION, SourceKind.UNIVERSITY,
                SourceKind.RESEARCH_INSTITUTE, SourceKind.ENTERPRISE}) {
            assertThat(k.route()).isEqualTo(AppointmentRoute.RECOMMENDATION);
        }
    }

    @Test
    @DisplayName("SS-01 invitation records that the justice department and relevant departments were consulted")
    void invitation() {
        assertThatThrownBy(() -> Supervisor.propose(1, 2, 3, "/1/", AppointmentRoute.INVITATION, SourceKind.NPC_DEPUTY,
                "县人大代表", null, null, TODAY)).isInstanceOf(BusinessException.class).hasMessageContaining("司法行政部门");
        assertThatThrownBy(() -> Supervisor.propose(1, 2, 3, "/1/", AppointmentRoute.INVITATION, SourceKind.LAWYER,
                null, "已征求县司法局意见", TODAY.plusDays(1), TODAY)).hasMessageContaining("不能晚于今天");
        Supervisor s = Supervisor.propose(1, 2, 3, "/1/", AppointmentRoute.INVITATION, SourceKind.CPPCC_MEMBER, null,
                "已征求县司法局、县总工会意见，均同意", TODAY.minusDays(3), TODAY);
        assertThat(s.consultationNote).contains("司法局");
        assertThat(s.consultedOn).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    @DisplayName("SS-02 gate: without the person's consent the proposal is refused")
    void personConsentMissing() {
        Supervisor s = recommended();
        s.recordEmployerConsent("某公司", TODAY, null, TODAY);
        assertThatThrownBy(() -> s.proposed(99)).isInstanceOf(BusinessException.class)
                .hasMessage("尚未记录本人同意，不能提出聘任意见")
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("SS-02");
        assertThat(s.status).isEqualTo(SupervisorStatus.DRAFT);
        assertThat(s.flowId).isNull();
    }

    @Test
    @DisplayName("SS-02 gate: without the employer's consent the proposal is refused")
    void employerConsentMissing() {
        Supervisor s = recommended();
        s.recordPersonConsent(TODAY, null, TODAY);
        assertThatThrownBy(() -> s.proposed(99)).hasMessage("尚未记录所在单位同意，不能提出聘任意见");
        Supervisor none = recommended();
        assertThatThrownBy(none::checkProposable).hasMessage("尚未记录本人及其所在单位同意，不能提出聘任意见");
    }

    @Test
    @DisplayName("SS-02 both consents recorded: the proposal goes out (SS-03 flow attached)")
    void bothConsents() {
        Supervisor s = withConsents();
        s.proposed(77);
        assertThat(s.status).isEqualTo(SupervisorStatus.PROPOSED);
        assertThat(s.flowId).isEqualTo(77);
        assertThatThrownBy(() -> s.proposed(78)).hasMessageContaining("不能重复申报");
        assertThatThrownBy(() -> s.recordPersonConsent(TODAY, null, TODAY)).hasMessageContaining("拟聘阶段");
    }

    @Test
    @DisplayName("SS-02 a consent dated in the future is refused")
    void futureConsent() {
        Supervisor s = recommended();
        assertThatThrownBy(() -> s.recordPersonConsent(TODAY.plusDays(1), null, TODAY)).hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> s.recordEmployerConsent(" ", TODAY, null, TODAY)).hasMessageContaining("所在单位名称");
        assertThat(s.personConsentOn).isNull();
    }

    @Test
    @DisplayName("SS-03 the province's approval issues the certificate; SS-07 a term is three years")
    void appointment() {
        Supervisor s = withConsents();
        s.proposed(1);
        s.appoint("晋应急社监证〔2026〕00001号", LocalDate.of(2026, 3, 10));
        assertThat(s.status).isEqualTo(SupervisorStatus.APPOINTED);
        assertThat(s.termStart).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(s.termEnd).isEqualTo(LocalDate.of(2029, 3, 9));
        assertThat(s.serving(LocalDate.of(2029, 3, 9))).isTrue();
        assertThat(s.serving(LocalDate.of(2029, 3, 10))).isFalse();
    }

    @Test
    @DisplayName("SS-07 renewal: on time until exactly three months before the end, flagged late after; new term follows on")
    void renewal() {
        Supervisor s = withConsents();
        s.proposed(1);
        s.appoint("C1", LocalDate.of(2026, 3, 10));
        assertThat(s.renewalDueBy()).isEqualTo(LocalDate.of(2028, 12, 10));
        s.renewalRequested(5, LocalDate.of(2028, 12, 10));
        assertThat(s.renewalLate).isFalse();
        s.renewalRejected();
        s.renewalRequested(6, LocalDate.of(2028, 12, 11));
        assertThat(s.renewalLate).isTrue();
        assertThatThrownBy(() -> s.renewalRequested(7, LocalDate.of(2028, 12, 12))).hasMessageContaining("已在进行中");
        s.renewed("C2");
        assertThat(s.termNo).isEqualTo(2);
        assertThat(s.termStart).isEqualTo(LocalDate.of(2029, 3, 10));
        assertThat(s.termEnd).isEqualTo(LocalDate.of(2032, 3, 9));
        assertThat(s.certificateNo).isEqualTo("C2");
    }

    @Test
    @DisplayName("SS-07 cancellation and dismissal need a reason; only a serving supervisor can be ended")
    void ending() {
        Supervisor s = withConsents().describedAs("张三", "泽州县应急管理局");
        s.id = 9L;
        assertThatThrownBy(() -> s.cancel("不再担任", TODAY, TODAY)).hasMessageContaining("只有在聘");
        s.proposed(1);
        s.appoint("C1", TODAY);
        assertThatThrownBy(() -> s.dismiss(DismissalGround.NEGLECT_OF_DUTY, " ", TODAY, TODAY)).hasMessageContaining("事实与理由");
        assertThatThrownBy(() -> s.dismiss(null, "x", TODAY, TODAY)).hasMessageContaining("解聘理由");
        assertThat(s.status).isEqualTo(SupervisorStatus.APPOINTED);
        s.dismiss(DismissalGround.NEGLECT_OF_DUTY, "连续一年未履职", TODAY, TODAY);
        assertThat(s.status).isEqualTo(SupervisorStatus.DISMISSED);
        assertThat(s.endGround).isEqualTo("NEGLECT_OF_DUTY");
        assertThatThrownBy(() -> s.cancel("x", TODAY, TODAY)).hasMessageContaining("只有在聘");

        Supervisor c = withConsents().describedAs("李四", "泽州县应急管理局");
        c.id = 10L;
        c.proposed(2);
        c.appoint("C2", TODAY);
        c.cancel("本人辞去", TODAY, TODAY);
        assertThat(c.status).isEqualTo(SupervisorStatus.CANCELLED);
        assertThatThrownBy(() -> c.dismiss(DismissalGround.NEGLECT_OF_DUTY, "x", TODAY, TODAY)).hasMessageContaining("只有在聘");
        assertThatThrownBy(() -> c.cancel("再次", TODAY, TODAY)).isInstanceOfSatisfying(
                cn.anjian.kernel.BusinessException.class, e -> assertThat(e.code()).isEqualTo("SS-STATE"));
    }

    @Test
    @DisplayName("SS-01 bad input: unknown route or kind, overlong text → 400 refusals")
    void badInput() {
        assertThatThrownBy(() -> AppointmentRoute.parse("BRIBE")).extracting(e -> ((BusinessException) e).kind())
                .isEqualTo(BusinessException.Kind.BAD_INPUT);
        assertThatThrownBy(() -> SourceKind.parse(null)).extracting(e -> ((BusinessException) e).kind())
                .isEqualTo(BusinessException.Kind.BAD_INPUT);
        assertThatThrownBy(() -> Supervisor.propose(1, 2, 3, "/1/", AppointmentRoute.RECOMMENDATION, SourceKind.ENTERPRISE,
                "x".repeat(101), null, null, TODAY)).extracting(e -> ((BusinessException) e).kind())
                .isEqualTo(BusinessException.Kind.BAD_INPUT);
    }
}
