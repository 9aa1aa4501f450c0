package cn.anjian.enforcement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.NewCase;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * CASE-04 (issue 12 defect 9): the new-case form picks the record that started the case — a plan item, a draw, a
 * complaint or a supervisor's clue — instead of typing its basis document; the case stores the reference and links it.
 */
@IntegrationTest
class CaseOriginTests {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired CaseFixtures fx;
    @Autowired CaseOrigins origins;
    @Autowired CaseService cases;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    /** A public complaint (or a supervisor's clue) received by the agency of {@code actor}, not yet answered. */
    long complaint(TestActor actor, String title) {
        return jdbc.sql("""
                        INSERT INTO cmp_submission (tracking_code, channel, kind, title, content, agency_id, jurisdiction_id,
                            scope_path, status, submitted_at)
                        VALUES (:code, 'PUBLIC_PORTAL', 'VIOLATION_CLUE', :t, '举报内容', :a, :j, :p, 'SUBMITTED', :at)
                        RETURNING id""")
                .param("code", "T-ORIG-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000).param("t", title)
                .param("a", actor.agencyId()).param("j", actor.jurisdictionId()).param("p", actor.scope().path())
                .param("at", Timestamp.from(fx.clock.instant().minusSeconds(86_400 * 3))).query(Long.class).single();
    }

    /** An item of a published plan of the agency of {@code actor}. */
    long planItem(TestActor actor) {
        Long plan = jdbc.sql("SELECT id FROM enf_plan WHERE agency_id = :a AND status = 'PUBLISHED' ORDER BY id LIMIT 1")
                .param("a", actor.agencyId()).query(Long.class).optional().orElseGet(() -> jdbc.sql("""
                        INSERT INTO enf_plan (agency_id, agency_name, jurisdiction_id, scope_path, plan_year, title, status,
                            created_by, created_at, published_at)
                        VALUES (:a, :n, :j, :p, 2099, '测试年度监督检查计划', 'PUBLISHED', 'test', :at, :at) RETURNING id""")
                        .param("a", actor.agencyId()).param("n", actor.agencyName()).param("j", actor.jurisdictionId())
                        .param("p", actor.scope().path()).param("at", Timestamp.from(fx.clock.instant().minusSeconds(86_400 * 30)))
                        .query(Long.class).single());
        return jdbc.sql("""
                        INSERT INTO enf_plan_item (plan_id, target_kind, target_name, content, period, responsible_unit, planned_count)
                        VALUES (:p, 'AREA', '测试镇', '例行检查', 'Q1', '执法科', 1) RETURNING id""")
                .param("p", plan).query(Long.class).single();
    }

    NewCase newCase(TestActor actor, CaseSource source, String title) {
        return new NewCase(CaseKind.INSPECTION, source, null, null, null, fx.enterprise(actor, title + "（企业）"), null, title,
                "泽州县测试镇", null);
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM enf_case").query(Long.class).single();
    }

    @Test
    @DisplayName("CASE-04 a complaint picked as the basis: the case stores (SUBMISSION, id), its basis document is the complaint's, the page links it")
    void complaintAsBasis() throws Exception {
        TestActor zz = fx.zz();
        long s = complaint(zz, "某煤业违规动火作业");
        CaseRef c = origins.open(zz, newCase(zz, CaseSource.COMPLAINT, "依据投诉立案"), new CaseOrigin("SUBMISSION", s));
        CaseView v = cases.get(zz, c.id());
        assertThat(v.originType()).isEqualTo("SUBMISSION");
        assertThat(v.originId()).isEqualTo(s);
        assertThat(v.basisTitle()).isEqualTo("投诉举报：某煤业违规动火作业");
        assertThat(v.basisNumber()).startsWith("T-ORIG-");
        assertThat(v.basisDate()).isEqualTo(fx.today().minusDays(3));
        mvc.perform(get("/cases/{id}", c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"origin-link\" href=\"/complaints/submissions/" + s + "\"")));
    }

    @Test
    @DisplayName("CASE-04 a plan item for 年度监督检查计划 gives the plan as the basis document")
    void planItemAsBasis() {
        TestActor zz = fx.zz();
        long item = planItem(zz);
        CaseRef c = origins.open(zz, newCase(zz, CaseSource.ANNUAL_PLAN, "依据计划立案"), new CaseOrigin("PLAN_ITEM", item));
        CaseView v = cases.get(zz, c.id());
        assertThat(v.originType()).isEqualTo("PLAN_ITEM");
        assertThat(v.basisNumber()).contains("年度监督检查计划");
        assertThat(origins.candidates(zz)).anyMatch(o -> o.kind() == CaseOrigins.Kind.PLAN_ITEM && o.id() == item);
    }

    @Test
    @DisplayName("CASE-04 a record of the wrong kind for the source, or for a source without records, is refused; out of scope is 404; nothing stored")
    void refusals() {
        TestActor zz = fx.zz();
        TestActor sc = fx.sc();
        long mine = complaint(zz, "泽州投诉");
        long theirs = complaint(sc, "神池投诉");
        long before = count();
        assertThatThrownBy(() -> origins.open(zz, newCase(zz, CaseSource.RANDOM_DRAW, "错类型"), new CaseOrigin("SUBMISSION", mine)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("双随机抽查结果")
                .satisfies(t -> assertThat(((BusinessException) t).code()).isEqualTo("CASE-04-ORIGIN"));
        assertThatThrownBy(() -> origins.open(zz, newCase(zz, CaseSource.ASSIGNMENT, "无记录来源"), new CaseOrigin("SUBMISSION", mine)))
                .satisfies(t -> assertThat(((BusinessException) t).code()).isEqualTo("CASE-04-ORIGIN"));
        assertThatThrownBy(() -> origins.open(zz, newCase(zz, CaseSource.COMPLAINT, "他县投诉"), new CaseOrigin("SUBMISSION", theirs)))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThat(count()).isEqualTo(before);
        assertThat(origins.candidates(zz)).noneMatch(o -> o.kind() == CaseOrigins.Kind.SUBMISSION && o.id() == theirs);
    }

    @Test
    @DisplayName("CASE-04 the form's typeahead offers the complaints in scope by source; picked, no typed basis is needed; a record for 上级交办 is refused next to the picker")
    void form() throws Exception {
        TestActor zz = fx.zz();
        long s = complaint(zz, "表单投诉线索");
        long theirs = complaint(fx.sc(), "他县表单投诉");
        mvc.perform(get("/cases/new").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-sources=\"ANNUAL_PLAN RANDOM_DRAW COMPLAINT\""),
                        containsString("id=\"origin-q\""), containsString("/js/origin-picker.js"),
                        not(containsString("他县表单投诉")))));
        long e = fx.enterprise(zz, "依据记录表单煤业");
        long before = count();
        // a refused form shows the picked record in the typeahead again
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("originId", String.valueOf(s)).param("title", "").param("partyType", "ENTERPRISE")
                        .param("enterpriseId", String.valueOf(e)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("value=\"投诉举报：表单投诉线索")));
        // the picked record is checked on the server: another county's complaint is not found, nothing stored
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("originId", String.valueOf(theirs)).param("title", "他县记录立案").param("partyType", "ENTERPRISE")
                        .param("enterpriseId", String.valueOf(e)))
                .andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "ASSIGNMENT")
                        .param("originId", String.valueOf(s)).param("title", "交办错选记录").param("partyType", "ENTERPRISE")
                        .param("enterpriseId", String.valueOf(e)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("无须选择系统中的记录")));
        assertThat(count()).isEqualTo(before);
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("originId", String.valueOf(s)).param("title", "依据记录立案").param("partyType", "ENTERPRISE")
                        .param("enterpriseId", String.valueOf(e)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT origin_id FROM enf_case WHERE title = '依据记录立案'").query(Long.class).single()).isEqualTo(s);
        mvc.perform(post("/api/v1/cases").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INSPECTION\",\"source\":\"COMPLAINT\",\"enterpriseId\":" + e
                                + ",\"title\":\"接口他县记录\",\"origin\":{\"type\":\"SUBMISSION\",\"id\":" + theirs + "}}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INSPECTION\",\"source\":\"RANDOM_DRAW\",\"enterpriseId\":" + e
                                + ",\"title\":\"接口错类型\",\"origin\":{\"type\":\"SUBMISSION\",\"id\":" + s + "}}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("CASE-04-ORIGIN"));
    }

    @Test
    @DisplayName("CASE-04 the basis typeahead: records of the source's kind in scope by words or number, none for a source without records; bad source 400; needs case:manage")
    void suggestions() throws Exception {
        TestActor zz = fx.zz();
        String tag = "联想" + SEQ.incrementAndGet() + System.nanoTime() % 10000;
        long s = complaint(zz, tag + "泽州线索");
        long theirs = complaint(fx.sc(), tag + "神池线索");
        mvc.perform(get("/cases/origins").param("source", "COMPLAINT").param("q", tag).with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(s)).andExpect(jsonPath("$[0].type").value("SUBMISSION"))
                .andExpect(jsonPath("$[0].label").value(containsString(tag + "泽州线索")));
        mvc.perform(get("/cases/origins").param("source", "COMPLAINT").param("q", String.valueOf(s)).with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"id\":" + s + ",")));
        mvc.perform(get("/cases/origins").param("source", "COMPLAINT").param("q", String.valueOf(theirs)).with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("神池线索"))));
        mvc.perform(get("/cases/origins").param("source", "RANDOM_DRAW").param("q", tag).with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/cases/origins").param("source", "ASSIGNMENT").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        long item = planItem(zz);
        mvc.perform(get("/cases/origins").param("source", "ANNUAL_PLAN").param("q", String.valueOf(item)).with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"id\":" + item + ",")));
        mvc.perform(get("/cases/origins").param("source", "NOPE").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/cases/origins").param("source", "COMPLAINT")
                        .with(TestActors.as(TestActors.actor("origin-reader", 5, "/1/5/", "case:read"))))
                .andExpect(status().isForbidden());
    }
}
