package cn.anjian.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.identity.UserAdministration;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** SS-05's answer period is a setting: a submission takes the period in force on the day it arrives. */
@IntegrationTest
class SubmissionSettingsTests {

    static final String KEY = "complaints.supervisor-answer-working-days";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAdministration users;
    @Autowired Deadlines deadlines;
    @Autowired MutableClock clock;
    @Autowired ObjectMapper json;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;

    @AfterEach
    void cleanUp() {
        SettingsTestSupport.reset(jdbc, store, KEY);
        clock.reset();
    }

    long submit(TestActors.TestActor who, String title) throws Exception {
        String body = "{\"kind\":\"HAZARD_CLUE\",\"title\":\"" + title + "\",\"content\":\"井下通风设施损坏\","
                + "\"location\":\"泽州县某镇\",\"enterpriseName\":\"某煤业公司\"}";
        String r = mvc.perform(post("/api/v1/complaints/submissions").with(TestActors.as(who)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(r).get("id").asLong();
        return jdbc.sql("select deadline_id from cmp_submission where id = :id").param("id", id).query(Long.class).single();
    }

    @Test
    @DisplayName("SS-05 a shortened answer period applies to submissions from its effective date; the day before keeps 15 working days")
    void answerPeriodFromItsDate() throws Exception {
        SupervisorFixture fx = new SupervisorFixture(jdbc, users);
        SupervisorFixture.Appointed s = fx.appointed(fx.agency("泽州县应急管理局"), "赵永红", LocalDate.of(2026, 1, 1));
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        SettingsTestSupport.schedule(admin, KEY,
                "10", LocalDate.of(2026, 3, 4));

        clock.set(LocalDateTime.of(2026, 3, 3, 10, 0));
        var before = deadlines.find(new DeadlineId(submit(s.actor(), "生效前一日提交"))).orElseThrow();
        assertThat(before.period().amount()).isEqualTo(15);
        assertThat(before.dueDate()).isEqualTo(LocalDate.of(2026, 3, 24));

        clock.set(LocalDateTime.of(2026, 3, 4, 10, 0));
        var from = deadlines.find(new DeadlineId(submit(s.actor(), "生效当日提交"))).orElseThrow();
        assertThat(from.period().amount()).isEqualTo(10);
        assertThat(from.dueDate()).isEqualTo(LocalDate.of(2026, 3, 18));
        // the earlier submission keeps the period that governed it
        assertThat(deadlines.find(before.id()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 3, 24));
    }
}
