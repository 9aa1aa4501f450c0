package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonnelFixtures;
import cn.anjian.personnel.PostStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** OFF-10: enforcement auxiliary staff are registered, trained and managed, and never enforcers. */
@IntegrationTest
class AuxiliaryStaffTests {

    @Autowired People people;
    @Autowired OfficerService officers;
    @Autowired AuxiliaryStaff auxiliaries;
    @Autowired EnforcerEligibility eligibility;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    TestActor zz;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2025, 3, 4, 10, 0));
        zz = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    private long person() {
        return people.create(zz, NewPerson.basic("辅助人员", IdCards.next(true), "13800002222")).id();
    }

    @Test
    @DisplayName("OFF-10 a registered auxiliary staff member is trained and managed but never an enforcer; registering him as an officer is refused, nothing stored")
    void neverEnforcer() {
        long id = person();
        auxiliaries.register(zz, id, "协助现场检查记录、资料整理", DAY.minusDays(10));
        auxiliaries.addTraining(zz, id, "执法辅助人员岗前培训", new BigDecimal("16"), DAY.minusDays(9), DAY.minusDays(8));
        assertThat(auxiliaries.inScope(zz, id).trainingHours()).isEqualByComparingTo("16");
        assertThat(people.roles(id)).anyMatch(r -> r.code().equals(PersonRole.AUXILIARY) && r.active());
        Eligibility e = eligibility.check(id, DAY);
        assertThat(e.mayEnforce()).isFalse();
        assertThat(e.reasons()).singleElement().asString().startsWith("执法辅助人员不是行政执法人员");
        assertThatThrownBy(() -> officers.register(zz, id, new NewOfficer(null, DAY.minusYears(1), PostStatus.ON_POST, DAY)))
                .isInstanceOf(BusinessException.class)
                .satisfies(x -> assertThat(((BusinessException) x).code()).isEqualTo("OFF-10"));
        assertThat(officers.isOfficer(id)).isFalse();
        assertThat(officers.list(zz, new OfficerFilter("辅助人员", null, null, null, null), 0, 100).items())
                .extracting(OfficerRow::personId).doesNotContain(id);
    }

    @Test
    @DisplayName("OFF-10 an officer cannot be registered as auxiliary staff; an auxiliary leaves once")
    void officerAndLeave() {
        long officer = person();
        officers.register(zz, officer, new NewOfficer(null, DAY.minusYears(1), PostStatus.OFF_POST, DAY.minusDays(30)));
        assertThatThrownBy(() -> auxiliaries.register(zz, officer, "协助检查", DAY))
                .satisfies(x -> assertThat(((BusinessException) x).code()).isEqualTo("OFF-10"));
        long id = person();
        auxiliaries.register(zz, id, "协助检查", DAY.minusDays(10));
        assertThatThrownBy(() -> auxiliaries.leave(zz, id, DAY.minusDays(11))).hasMessageContaining("不能早于登记日期");
        assertThat(auxiliaries.inScope(zz, id).active()).isTrue();
        assertThat(auxiliaries.leave(zz, id, DAY).leftOn()).isEqualTo(DAY);
        assertThatThrownBy(() -> auxiliaries.leave(zz, id, DAY))
                .satisfies(x -> assertThat(((BusinessException) x).code()).isEqualTo("OFF-10-STATE"));
        assertThat(eligibility.check(id, DAY).mayEnforce()).isFalse();
    }

    @Test
    @DisplayName("OFF-10 the page registers auxiliary staff (a new person), lists them; an officer's ID card is refused on the page with the message, nothing stored")
    void page() throws Exception {
        String card = IdCards.next(true);
        mvc.perform(post("/personnel/auxiliaries").with(csrf()).with(cn.anjian.TestActors.as(zz)).param("name", "页面辅助人员")
                        .param("idCard", card).param("duties", "协助资料整理").param("registeredOn", DAY.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/personnel/auxiliaries").with(cn.anjian.TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面辅助人员")))
                .andExpect(content().string(containsString("协助资料整理")));
        long officer = person();
        officers.register(zz, officer, new NewOfficer(null, DAY.minusYears(1), PostStatus.OFF_POST, DAY.minusDays(30)));
        String officerCard = people.revealPii(zz, officer).idCard();
        mvc.perform(post("/personnel/auxiliaries").with(csrf()).with(cn.anjian.TestActors.as(zz)).param("name", "辅助人员")
                        .param("idCard", officerCard).param("duties", "协助检查"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("不能同时登记为执法辅助人员")));
        assertThat(people.roles(officer)).noneMatch(r -> r.code().equals(PersonRole.AUXILIARY));
    }

    @Test
    @DisplayName("OFF-10 the page records an auxiliary's training (hours add up); a blank course and bad hours show both inline, nothing stored")
    void trainingOnPage() throws Exception {
        String card = IdCards.next(true);
        mvc.perform(post("/personnel/auxiliaries").with(csrf()).with(cn.anjian.TestActors.as(zz)).param("name", "培训辅助人员")
                        .param("idCard", card).param("duties", "协助资料整理").param("registeredOn", DAY.toString()))
                .andExpect(status().is3xxRedirection());
        long personId = people.findByIdCard(zz, card).orElseThrow().id();
        String html = mvc.perform(post("/personnel/auxiliaries/trainings").with(csrf()).with(cn.anjian.TestActors.as(zz))
                        .param("personId", String.valueOf(personId)).param("course", " ").param("classHours", "八")
                        .param("startDate", DAY.toString()).param("endDate", DAY.toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("请填写此项", "须为数字，至多一位小数");
        assertThat(auxiliaries.inScope(zz, personId).trainingHours()).isEqualByComparingTo("0");
        mvc.perform(post("/personnel/auxiliaries/trainings").with(csrf()).with(cn.anjian.TestActors.as(zz))
                        .param("personId", String.valueOf(personId)).param("course", "执法辅助人员业务培训").param("classHours", "8")
                        .param("startDate", DAY.toString()).param("endDate", DAY.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(auxiliaries.inScope(zz, personId).trainingHours()).isEqualByComparingTo("8");
    }
}
