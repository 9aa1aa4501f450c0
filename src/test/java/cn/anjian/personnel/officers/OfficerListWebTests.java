package cn.anjian.personnel.officers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.anjian.ExportDownloads;
import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 12: the officers' trainings and certificates lists (personnel menu): scope, filters, kit, masked export. */
@IntegrationTest
class OfficerListWebTests {

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;

    private TestActor reader(String username) {
        Actor a = users.actor(username).orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), Set.of("personnel:read"));
    }

    private long officerOf(TestActor a) {
        return jdbc.sql("SELECT min(person_id) FROM off_officer WHERE scope_path LIKE :p").param("p", a.scope().pattern())
                .query(Long.class).single();
    }

    private void training(long person, String course) {
        jdbc.sql("""
                INSERT INTO off_training (person_id, course, kind, class_hours, start_date, end_date, centralised, exam_result,
                    training_year, created_at)
                VALUES (:p, :c, 'REFRESHER', 8, DATE '2026-03-02', DATE '2026-03-03', TRUE, 'PASSED', 2026, :at)""")
                .param("p", person).param("c", course).param("at", Timestamp.from(Instant.now())).update();
    }

    @Test
    @DisplayName("ORG-03 OFF-02 the trainings list: filters by words, kind and date range in scope only, rows link to the officer; the export masks the ID card and neutralises a formula")
    void trainings() throws Exception {
        TestActor zz = reader("zz_unithead");
        TestActor sc = reader("sc_unithead");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long mine = officerOf(zz);
        training(mine, "=1+1 轮训" + tag);
        training(officerOf(sc), "神池轮训" + tag);
        mvc.perform(get("/personnel/trainings").param("q", tag).param("kind", "REFRESHER").param("from", "2026-03-01")
                        .param("to", "2026-03-31").param("sort", "course,desc").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("=1+1 轮训" + tag)))
                .andExpect(content().string(not(containsString("神池轮训" + tag))))
                .andExpect(content().string(containsString("/personnel/officers/" + mine)))
                .andExpect(content().string(containsString("aria-sort=\"descending\"")));
        mvc.perform(get("/personnel/trainings").param("q", tag).param("from", "2026-04-01").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("轮训" + tag))));
        mvc.perform(get("/personnel/trainings").param("from", "2026-04-01").param("to", "2026-03-01").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("开始日期不能晚于结束日期")));
        List<Map<Integer, String>> rows = ExportDownloads.rows(mvc, get("/personnel/trainings/export").param("q", tag)
                .with(TestActors.as(zz)));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(5)).isEqualTo("'=1+1 轮训" + tag);
        assertThat(rows.get(0).get(1)).contains("*").hasSize(18);
        assertThat(ExportDownloads.rows(mvc, get("/api/v1/personnel/trainings/export").param("q", tag).with(TestActors.as(sc))))
                .extracting(r -> r.get(5)).containsExactly("神池轮训" + tag);
        mvc.perform(get("/personnel/trainings").with(TestActors.as(TestActors.actor("no-personnel", 5, "/1/5/", "case:read"))))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("ORG-03 OFF-03 the certificates list: filters by status and kind in scope, the old certificate shows as expired, the export is masked")
    void certificates() throws Exception {
        TestActor zz = reader("zz_unithead");
        TestActor sc = reader("sc_unithead");
        String html = mvc.perform(get("/personnel/certificates").param("kind", "ENFORCEMENT").param("size", "100")
                        .with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("page-size-current")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/personnel/certificates/export?kind=ENFORCEMENT").doesNotContain(sc.agencyName());
        mvc.perform(get("/personnel/certificates").param("status", "LOST").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("有效、暂扣、吊销、注销、已交回")));
        List<Map<Integer, String>> rows = ExportDownloads.rows(mvc, get("/personnel/certificates/export").with(TestActors.as(zz)));
        assertThat(rows).isNotEmpty().extracting(r -> r.get(3)).doesNotContain(sc.agencyName());
        assertThat(rows).extracting(r -> r.get(1)).allSatisfy(v -> assertThat(v).contains("*"));
        List<Map<Integer, String>> revoked = ExportDownloads.rows(mvc, get("/personnel/certificates/export")
                .param("status", "REVOKED").with(TestActors.as(zz)));
        assertThat(revoked).extracting(r -> r.get(10)).allSatisfy(v -> assertThat(v).isEqualTo("吊销"));
    }
}
