package cn.anjian.recording;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.internal.RecordingService;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** REC-06's gap tolerance is a setting: a session is judged by the tolerance in force on the day it was captured. */
@IntegrationTest
class RecordingSettingsTests {

    static final String KEY = "recording.gap-tolerance";
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RecordingFixtures fx;
    @Autowired RecordingService recording;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;

    @AfterEach
    void cleanUp() {
        SettingsTestSupport.reset(jdbc, store, KEY);
        clock.reset();
    }

    static String local(Instant i) {
        return LOCAL.format(i.atZone(Zones.SHANGHAI));
    }

    long segment(CaseRef c, long activity, Instant start, Instant end) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", c.id());
        m.put("activityId", activity);
        m.put("category", "AV");
        m.put("kind", "VIDEO");
        m.put("title", "现场录像 " + local(start));
        m.put("capturedStart", local(start));
        m.put("capturedEnd", local(end));
        m.put("place", "5号井口");
        m.put("officerIds", c.teamPersonIds());
        m.put("parties", "矿长王某");
        m.put("deviceKind", "BODY_RECORDER");
        m.put("deviceId", "DSJ-09");
        m.put("contentShown", List.of("SCENE"));
        m.put("partyInformed", "true");
        MockHttpServletResponse r = mvc.perform(multipart("/api/v1/recordings")
                        .file(new MockMultipartFile("metadata", "", "application/json", json.writeValueAsBytes(m)))
                        .file(new MockMultipartFile("file", "seg.mp4", "video/mp4", RecordingFixtures.unique("tol" + start)))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .with(csrf()).with(TestActors.as(fx.zz())))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return ((Number) JsonPath.read(r.getContentAsString(StandardCharsets.UTF_8), "$.id")).longValue();
    }

    Long gapOf(long recordId) {
        return jdbc.sql("select gap_seconds from rec_record where id = :id").param("id", recordId).query(Long.class).optional().orElse(null);
    }

    /** Two segments 6 s apart, captured from 09:00 on {@code day}; returns the gap flagged on the second. */
    Long sixSecondGapOn(LocalDate day, String title) throws Exception {
        clock.set(day.atTime(12, 0));
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, title, CaseStage.INVESTIGATION);
        Instant t0 = day.atTime(9, 0).atZone(Zones.SHANGHAI).toInstant();
        long a = recording.openActivity(c.id(), new RecordingService.NewActivity("INSPECTION", "5号井口", local(t0), false), fx.zz());
        segment(c, a, t0, t0.plusSeconds(300));
        return gapOf(segment(c, a, t0.plusSeconds(306), t0.plusSeconds(600)));
    }

    @Test
    @DisplayName("REC-06 a wider gap tolerance applies to sessions captured from its date; a session captured the day before keeps 5 s")
    void toleranceFromItsDate() throws Exception {
        LocalDate today = LocalDate.now(clock);
        clock.set(today.atTime(12, 0));
        SettingsTestSupport.schedule(admin, KEY, "10", today.plusDays(1));
        assertThat(sixSecondGapOn(today, "容差测试-生效前")).as("6 s > 5 s on the day before").isEqualTo(6L);
        assertThat(sixSecondGapOn(today.plusDays(1), "容差测试-生效后")).as("6 s ≤ 10 s from the effective day").isNull();
    }
}
