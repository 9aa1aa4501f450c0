package cn.anjian.recording;

import static cn.anjian.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.anjian.IntegrationTest;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.internal.PublicNotices;
import cn.anjian.recording.internal.RecordingService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** PUB-02 (《安全生产行政执法公示制度》第七条): certificates shown and the party informed, recorded per on-site activity. */
@IntegrationTest
class PublicNoticeTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RecordingFixtures fx;
    @Autowired PublicNotices notices;
    @Autowired java.time.Clock clock;

    Instant hoursAgo(int h) {
        return clock.instant().minus(Duration.ofHours(h)).truncatedTo(ChronoUnit.SECONDS);
    }

    RecordingService.NewActivity inspection(Instant start) {
        return new RecordingService.NewActivity("INSPECTION", "主井口", RecordingTests.local(start), false);
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    @DisplayName("PUB-02 ticked on the activity form: recorded at the activity's start with the team's officers, shown on the case page as checked, audited")
    void tickedOnTheForm() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "测试出示证件", CaseStage.INVESTIGATION);
        Instant start = hoursAgo(2);
        mvc.perform(post("/recording/cases/" + c.id() + "/activities").with(as(fx.zz())).with(csrf())
                        .param("kind", "INSPECTION").param("place", "主井口").param("startedAt", RecordingTests.local(start))
                        .param("certificatesShown", "true").param("rightsInformed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已出示执法证件并告知事由、依据及陈述、申辩、听证等权利和义务")))
                .andExpect(content().string(not(containsString("id=\"flag-no-notice\""))));
        long activity = jdbc.sql("SELECT id FROM rec_activity WHERE case_id = :c").param("c", c.id()).query(Long.class).single();
        var n = notices.of(c.id(), fx.zz()).get(activity);
        assertThat(n).isNotNull();
        assertThat(n.informedAt()).isEqualTo(start);
        assertThat(n.officers()).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'recording.activity.public-notice' AND subject_id = :a")
                .param("a", String.valueOf(activity)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("PUB-02 an on-site activity without it is flagged; recorded afterwards only with both facts confirmed, once, in scope")
    void flaggedThenRecorded() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "测试未告知", CaseStage.INVESTIGATION);
        long activity = notices.open(c.id(), inspection(hoursAgo(3)), false, false, fx.zz());
        mvc.perform(get("/recording/cases/" + c.id() + "/panel").with(as(fx.zz()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"flag-no-notice\"")))
                .andExpect(content().string(containsString("未记录出示证件和告知")));
        // one fact without the other is refused, nothing written
        assertThatThrownBy(() -> notices.record(activity, true, false, fx.zz())).satisfies(t -> assertThat(code(t)).isEqualTo("PUB-02"));
        assertThatThrownBy(() -> notices.open(c.id(), inspection(hoursAgo(1)), true, false, fx.zz()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("PUB-02"));
        assertThat(jdbc.sql("SELECT count(*) FROM rec_activity WHERE case_id = :c").param("c", c.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(notices.of(c.id(), fx.zz())).isEmpty();
        // another county: 404
        mvc.perform(post("/recording/activities/" + activity + "/public-notice").with(as(fx.sc())).with(csrf())
                .param("certificatesShown", "true").param("rightsInformed", "true")).andExpect(status().isNotFound());
        mvc.perform(post("/recording/activities/" + activity + "/public-notice").with(as(fx.zz())).with(csrf())
                        .param("certificatesShown", "true").param("rightsInformed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"flag-no-notice\""))));
        assertThat(notices.of(c.id(), fx.zz())).containsKey(activity);
        assertThatThrownBy(() -> notices.record(activity, true, true, fx.zz())).satisfies(t -> assertThat(code(t)).isEqualTo("PUB-02-DONE"));
    }
}
