package cn.anjian.personnel.inspectors;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.InspectorEligibility;
import cn.anjian.personnel.InspectorStanding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.anjian.personnel.inspectors.InspectorFixtures.manager;
import static cn.anjian.personnel.inspectors.InspectorFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TI-14: nothing an inspector does or holds outlives the term. */
@IntegrationTest
class InspectorTermTests {

    @Autowired Inspectors inspectors;
    @Autowired HiringPlans plans;
    @Autowired InspectorEligibility eligibility;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

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

    InspectorView trained(String name, LocalDate start) {
        Agency a = agencies.get(zz().agencyId());
        InspectorView i = inspectors.appoint(zz(), new Appointment(person(jdbc, a, name), true, null, null, "晋城市安全生产协会",
                Specialty.COAL_MINE, "SERVICE", "协助执法检查", "依约履职", "按次计酬", "提前 30 日书面通知", start, null, ptPlan(zz())));
        inspectors.addTraining(zz(), i.id(), "PRE_JOB", "岗前培训", 32, start);
        inspectors.recordAssessment(province(), i.id(), start);
        return i;
    }

    @Test
    @DisplayName("TI-14 a work certificate up to the term's last day is issued; one day beyond is refused and nothing stored")
    void certificateWithinTerm() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        InspectorView i = trained("期限甲", LocalDate.of(2026, 3, 2));
        assertThat(i.termEnd()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThatThrownBy(() -> inspectors.issueCertificate(province(), i.id(), LocalDate.of(2029, 3, 2)))
                .extracting("code").isEqualTo("TI-14-CERT-BEYOND-TERM");
        assertThat(inspectors.get(zz(), i.id()).certificateStatus()).isEqualTo("NONE");
        InspectorView c = inspectors.issueCertificate(province(), i.id(), LocalDate.of(2029, 3, 1));
        assertThat(c.certificateExpiresOn()).isEqualTo(LocalDate.of(2029, 3, 1));
    }

    @Test
    @DisplayName("TI-14 on the term's last day the inspector assists and is called up; from the day after neither, whatever the card says")
    void noAssistAfterTerm() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        InspectorView i = trained("期限乙", LocalDate.of(2026, 3, 2));
        inspectors.issueCertificate(province(), i.id(), i.termEnd());
        // a card issued before the rule ran two years past the term: not valid beyond it
        jdbc.sql("UPDATE ti_inspector SET certificate_expires_on = :d WHERE id = :id")
                .param("d", i.termEnd().plusYears(2)).param("id", i.id()).update();
        LocalDate last = i.termEnd();
        assertThat(eligibility.standing(i.personId(), last).mayAssist()).isTrue();
        InspectorStanding after = eligibility.standing(i.personId(), last.plusDays(1));
        assertThat(after.mayAssist()).isFalse();
        assertThat(after.reasons()).singleElement().asString().startsWith("TI-14").contains("届满");
        clock.set(last.atTime(9, 0));
        inspectors.callUp(zz(), i.id(), "县内煤矿检查", last, last);
        long callUps = jdbc.sql("SELECT count(*) FROM ti_callup WHERE inspector_id = :i").param("i", i.id()).query(Long.class).single();
        assertThatThrownBy(() -> inspectors.callUp(zz(), i.id(), "跨期调用", last, last.plusDays(1)))
                .extracting("code").isEqualTo("TI-14-TERM-ENDED");
        clock.set(last.plusDays(1).atTime(9, 0));
        assertThatThrownBy(() -> inspectors.callUp(zz(), i.id(), "届满后调用", last.plusDays(1), last.plusDays(1)))
                .extracting("code").isEqualTo("TI-14-TERM-ENDED");
        assertThat(jdbc.sql("SELECT count(*) FROM ti_callup WHERE inspector_id = :i").param("i", i.id()).query(Long.class).single())
                .isEqualTo(callUps);
    }

    @Test
    @DisplayName("TI-14 demo: the expired part-time inspector 王建军 is loaded, may not assist, and his page says the term has ended")
    void demoExpired() throws Exception {
        long person = jdbc.sql("SELECT id FROM per_person WHERE name = '王建军'").query(Long.class).single();
        assertThat(eligibility.standing(person, LocalDate.now(clock)).mayAssist()).isFalse();
        assertThat(eligibility.standing(person, LocalDate.now(clock)).reasons()).anyMatch(r -> r.startsWith("TI-14"));
        long id = jdbc.sql("SELECT id FROM ti_inspector WHERE person_id = :p").param("p", person).query(Long.class).single();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/personnel/inspectors/" + id)
                        .with(cn.anjian.TestActors.as(zz())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("聘期已届满，不能再协助执法或被调用").doesNotContain("TI-14");
        String list = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/personnel/inspectors")
                        .param("name", "王建军").with(cn.anjian.TestActors.as(zz())))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("聘期届满").doesNotContain("<td>在聘</td>");
    }

    @Test
    @DisplayName("TI-14 lists: an appointment whose term ended yesterday is no longer 在聘 but 聘期届满; on its last day it still is")
    void listStatusFollowsTerm() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        InspectorView i = trained("期限丙", LocalDate.of(2026, 3, 2));
        Inspectors.Filter active = new Inspectors.Filter("期限丙", null, "ACTIVE", null);
        Inspectors.Filter ended = new Inspectors.Filter("期限丙", null, "ENDED", null);
        clock.set(i.termEnd().atTime(9, 0));
        assertThat(inspectors.count(zz(), active)).isEqualTo(1);
        assertThat(inspectors.count(zz(), ended)).isZero();
        assertThat(inspectors.get(zz(), i.id()).statusLabelOn(i.termEnd())).isEqualTo("在聘");
        clock.set(i.termEnd().plusDays(1).atTime(9, 0));
        assertThat(inspectors.count(zz(), active)).isZero();
        assertThat(inspectors.count(zz(), ended)).isEqualTo(1);
        assertThat(inspectors.get(zz(), i.id()).statusLabelOn(i.termEnd().plusDays(1))).isEqualTo("聘期届满");
    }

    /** TI-01: part-time inspectors take the places of an approved plan. */
    long ptPlan(cn.anjian.kernel.Actor actor) {
        return InspectorFixtures.partTimePlan(plans, jdbc, actor, 1);
    }
}
