package cn.anjian.legalreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.legalreview.review.LegalReviewSettings;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ClassifierTests {

    @Autowired MajorDecisions classifier;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    @AfterEach
    void reset() {
        SettingsTestSupport.reset(jdbc, store, LegalReviewSettings.FINE_ORGANIZATION);
        SettingsTestSupport.reset(jdbc, store, LegalReviewSettings.CATEGORIES.get(Measure.SUSPEND_PRODUCTION));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Classification fine(PartyKind party, String fine, String confiscation, LocalDate day) {
        return classifier.classify(new ClassifyInput(Measure.Kind.PENALTY, party, fine == null ? null : new BigDecimal(fine),
                confiscation == null ? null : new BigDecimal(confiscation), Set.of()), day);
    }

    @Test
    @DisplayName("LR-02 fine thresholds are inclusive: citizen 9,999.99 no / 10,000 yes; organisation 49,999.99 no / 50,000 yes; confiscation alike")
    void thresholds() {
        assertThat(fine(PartyKind.CITIZEN, "9999.99", null, today()).major()).isFalse();
        assertThat(fine(PartyKind.CITIZEN, "10000", null, today()).reasons()).extracting(Classification.Reason::code)
                .containsExactly("FINE_THRESHOLD");
        assertThat(fine(PartyKind.ORGANIZATION, "49999.99", null, today()).major()).isFalse();
        assertThat(fine(PartyKind.ORGANIZATION, "50000", null, today()).major()).isTrue();
        assertThat(fine(PartyKind.CITIZEN, null, "9999.99", today()).major()).isFalse();
        assertThat(fine(PartyKind.CITIZEN, null, "10000.00", today()).reasons()).extracting(Classification.Reason::code)
                .containsExactly("CONFISCATION_THRESHOLD");
        assertThat(fine(PartyKind.ORGANIZATION, "49999.99", "49999.99", today()).major()).isFalse();
        assertThat(fine(PartyKind.ORGANIZATION, "10000", "50000", today()).major()).isTrue();
        assertThat(fine(PartyKind.ORGANIZATION, "0", "0", today()).reasons()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    @DisplayName("LR-02 every category of art. 6 makes a decision major and is named as the reason")
    void eachMeasure(Measure m) {
        Classification c = classifier.classify(new ClassifyInput(m.kind(), PartyKind.ORGANIZATION, null, null, Set.of(m)), today());
        assertThat(c.major()).isTrue();
        assertThat(c.reasons()).extracting(Classification.Reason::code).containsExactly(m.name());
        assertThat(c.reasons().get(0).text()).contains("第六条");
    }

    @Test
    @DisplayName("LR-03 a threshold change takes effect from its date; a decision dated before keeps the old classification and rule-set version")
    void thresholdFromDate() {
        LocalDate from = today().plusDays(10);
        String before = fine(PartyKind.ORGANIZATION, "40000", null, from.minusDays(1)).ruleSetVersion();
        SettingsTestSupport.schedule(admin, LegalReviewSettings.FINE_ORGANIZATION, "30000", from);
        Classification old = fine(PartyKind.ORGANIZATION, "40000", null, from.minusDays(1));
        Classification now = fine(PartyKind.ORGANIZATION, "40000", null, from);
        assertThat(old.major()).isFalse();
        assertThat(old.ruleSetVersion()).isEqualTo(before);
        assertThat(now.major()).isTrue();
        assertThat(now.ruleSetVersion()).isNotEqualTo(before).startsWith("rs-");
        assertThat(now.ruleDate()).isEqualTo(from);
    }

    @Test
    @DisplayName("LR-03 a category switched off from a date no longer fires from that date")
    void categoryFromDate() {
        LocalDate from = today().plusDays(3);
        SettingsTestSupport.schedule(admin, LegalReviewSettings.CATEGORIES.get(Measure.SUSPEND_PRODUCTION), "false", from);
        ClassifyInput in = new ClassifyInput(Measure.Kind.PENALTY, PartyKind.ORGANIZATION, null, null, Set.of(Measure.SUSPEND_PRODUCTION));
        assertThat(classifier.classify(in, from.minusDays(1)).major()).isTrue();
        assertThat(classifier.classify(in, from).major()).isFalse();
    }

    @Test
    @DisplayName("LR-14 a fine alone within the entrusted limit on an organisation may be reviewed by the internal legal unit")
    void entrusted() {
        assertThat(fine(PartyKind.ORGANIZATION, "100000", null, today()).internalReviewEligible()).isTrue();
        assertThat(fine(PartyKind.ORGANIZATION, "100000.01", null, today()).internalReviewEligible()).isFalse();
        assertThat(fine(PartyKind.CITIZEN, "20000", null, today()).internalReviewEligible()).isFalse();
    }

    @Test
    @DisplayName("LR-02 the what-if endpoint answers major, rule-set version and reasons; bad codes and amounts are 400 in Chinese")
    void api() throws Exception {
        var user = TestActors.actor("lr_whatif", 1, "/1/", "legalreview:read");
        mvc.perform(post("/api/v1/legal-review/classify").with(csrf()).with(TestActors.as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseKind\":\"PENALTY\",\"partyKind\":\"CITIZEN\",\"fineYuan\":10000,\"confiscationYuan\":0,\"measures\":[\"SUSPEND_PRODUCTION\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.major").value(true))
                .andExpect(jsonPath("$.ruleSetVersion").value(Matchers.startsWith("rs-")))
                .andExpect(jsonPath("$.reasons[0].code").value("FINE_THRESHOLD"))
                .andExpect(jsonPath("$.reasons[1].code").value("SUSPEND_PRODUCTION"));
        mvc.perform(post("/api/v1/legal-review/classify").with(csrf()).with(TestActors.as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseKind\":\"PENALTY\",\"partyKind\":\"ORGANIZATION\",\"fineYuan\":49999.99}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.major").value(false));
        for (String bad : new String[] {"\"fineYuan\":-1", "\"fineYuan\":\"abc\"", "\"fineYuan\":true", "\"measures\":[\"NUKE\"]",
                "\"confiscationYuan\":0.001"}) {
            mvc.perform(post("/api/v1/legal-review/classify").with(csrf()).with(TestActors.as(user)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"caseKind\":\"PENALTY\",\"partyKind\":\"CITIZEN\"," + bad + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(Matchers.matchesPattern(".*[\\u4e00-\\u9fa5].*")));
        }
        mvc.perform(post("/api/v1/legal-review/classify").with(csrf()).with(TestActors.as(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseKind\":\"WAR\",\"partyKind\":\"CITIZEN\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/legal-review/classify").with(csrf()).with(TestActors.as(TestActors.actor("lr_none", 1, "/1/", "home:view")))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }
}
