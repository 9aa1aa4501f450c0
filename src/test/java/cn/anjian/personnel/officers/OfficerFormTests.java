package cn.anjian.personnel.officers;

import java.time.LocalDateTime;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.PageForms;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonnelFixtures;
import cn.anjian.personnel.PostStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The officer pages' forms (web kit): every field error at once, inline, 400, the input kept, nothing stored. */
@IntegrationTest
class OfficerFormTests {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired OfficerService officers;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired MutableClock clock;

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

    private long officer() {
        long id = people.create(zz, NewPerson.basic("表单测试", IdCards.next(true), null)).id();
        officers.register(zz, id, new NewOfficer(null, null, PostStatus.OFF_POST, null));
        return id;
    }

    @Test
    @DisplayName("new officer: a blank name and an impossible hire date show both inline (400), the card kept, nobody recorded")
    void newOfficerTwoErrors() throws Exception {
        String card = IdCards.next(true);
        String html = mvc.perform(post("/personnel/officers/new").with(csrf()).with(TestActors.as(zz))
                        .param("name", " ").param("idCard", card).param("hiredOn", "2024-02-30").param("post", "OFF_POST"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(PageForms.invalidFields(html)).containsExactly("name", "hiredOn");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请填写此项", "须为有效日期（格式 YYYY-MM-DD）", "value=\"" + card + "\"");
        assertThat(people.findByIdCard(zz, card)).isEmpty();

        mvc.perform(post("/personnel/officers/new").with(csrf()).with(TestActors.as(zz))
                        .param("name", "表单新人").param("idCard", card).param("hiredOn", "2024-02-29").param("post", "OFF_POST"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/personnel/officers/*"));
        long id = people.findByIdCard(zz, card).orElseThrow().id();
        assertThat(officers.isOfficer(id)).isTrue();
    }

    @Test
    @DisplayName("training: a blank course and hours that are not a number show both inline (400), nothing stored")
    void trainingTwoErrors() throws Exception {
        long id = officer();
        String html = mvc.perform(post("/personnel/officers/" + id + "/trainings").with(csrf()).with(TestActors.as(zz))
                        .param("course", "").param("kind", "REFRESHER").param("classHours", "八")
                        .param("startDate", "2025-01-06").param("endDate", "2025-01-08"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(PageForms.invalidFields(html)).containsExactly("course", "classHours");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请填写此项", "须为数字", "value=\"2025-01-06\"");
        assertThat(officers.get(zz, id).trainings()).isEmpty();

        mvc.perform(post("/personnel/officers/" + id + "/trainings").with(csrf()).with(TestActors.as(zz))
                        .param("course", "年度轮训").param("kind", "REFRESHER").param("classHours", "8")
                        .param("startDate", "2025-01-06").param("endDate", "2025-01-08").param("centralised", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(officers.get(zz, id).trainings()).singleElement()
                .satisfies(t -> assertThat(t.centralised()).isTrue());
    }

    @Test
    @DisplayName("certificate: a blank number and an impossible end date show both inline (400), nothing stored")
    void certificateTwoErrors() throws Exception {
        long id = officer();
        String html = mvc.perform(post("/personnel/officers/" + id + "/certificates").with(csrf()).with(TestActors.as(zz))
                        .param("number", "").param("kind", "ENFORCEMENT").param("issuer", "山西省人民政府")
                        .param("validFrom", "2025-03-01").param("validTo", "2030-02-30"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(PageForms.invalidFields(html)).containsExactly("number", "validTo");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请填写此项", "须为有效日期", "value=\"2025-03-01\"");
        assertThat(officers.get(zz, id).certificates()).isEmpty();
    }
}
