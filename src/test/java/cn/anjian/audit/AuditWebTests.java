package cn.anjian.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import cn.anjian.TestActors;
import cn.anjian.kernel.AuditableEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AuditWebTests {

    @Autowired MockMvc mvc;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager txManager;

    private static final TestActors.TestActor AUDITOR = TestActors.actor("audit_admin", 1, "/1/", "audit:read");
    private static final TestActors.TestActor OFFICER = TestActors.actor("officer", 5, "/1/5/", "home:view", "org:read");

    private String threeEntries() {
        String type = "aud-web-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            trail.record(AuditableEvent.change("org.unit.renamed", type, i, Map.of("name", "旧科室" + i), Map.of("name", "新科室" + i)));
        }
        return type;
    }

    @Test
    @DisplayName("AUD-02 GET /api/v1/audit/verify answers ok, entries and firstBrokenId")
    void verifyApi() throws Exception {
        threeEntries();
        mvc.perform(get("/api/v1/audit/verify").with(TestActors.as(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.entries").isNumber())
                .andExpect(jsonPath("$.firstBrokenId").value(nullValue()))
                .andExpect(jsonPath("$.pending").value(0));
        // the administrator's verification is itself audited
        mvc.perform(get("/api/v1/audit/entries").param("action", "audit.chain.verified").param("size", "1")
                        .with(TestActors.as(AUDITOR)))
                .andExpect(jsonPath("$.entries[0].actor").value("audit_admin"))
                .andExpect(jsonPath("$.entries[0].after.ok").value(true));
    }

    @Test
    @DisplayName("AUD-01 entries API filters by subject and pages by keyset (id desc)")
    void entriesApiPagesByKeyset() throws Exception {
        String type = threeEntries();
        String body = mvc.perform(get("/api/v1/audit/entries").param("subjectType", type).param("size", "2")
                        .with(TestActors.as(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(2)))
                .andExpect(jsonPath("$.entries[0].subjectId").value("2"))
                .andExpect(jsonPath("$.entries[0].actor").value("system"))
                .andExpect(jsonPath("$.entries[0].before.name").value("旧科室2"))
                .andExpect(jsonPath("$.entries[0].after.name").value("新科室2"))
                .andExpect(jsonPath("$.nextBefore").isNumber())
                .andReturn().getResponse().getContentAsString();
        String next = body.replaceAll(".*\"nextBefore\":(\\d+).*", "$1");
        mvc.perform(get("/api/v1/audit/entries").param("subjectType", type).param("size", "2").param("before", next)
                        .with(TestActors.as(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].subjectId").value("0"))
                .andExpect(jsonPath("$.nextBefore").value(nullValue()));
    }

    @ParameterizedTest
    @CsvSource({"size,100000", "size,0", "size,abc", "from,2026-02-30", "to,2026-13-01", "before,abc", "before,-5",
            "before,99999999999999999999999"})
    @DisplayName("AUD-01 bad search input answers 400 problem+json with a Chinese message")
    void badInput(String param, String value) throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param(param, value).with(TestActors.as(AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").isString())
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    @DisplayName("AUD-01 a start date after the end date answers 400")
    void invertedRange() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("from", "2026-03-02").param("to", "2026-03-01")
                        .with(TestActors.as(AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("开始日期")));
    }

    @Test
    @DisplayName("the audit trail is for audit:read only (API and pages)")
    void needsAuditRead() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(TestActors.as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries").with(TestActors.as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(TestActors.as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(csrf()).with(TestActors.as(OFFICER))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("AUD-01 the audit page lists entries with readable before/after and chain status, filters and next page")
    void listPage() throws Exception {
        String type = threeEntries();
        for (int i = 3; i < 21; i++) {    // 21 entries: one more than the smallest page (issue 12: 20, 50 or 100)
            trail.record(AuditableEvent.change("org.unit.renamed", type, i, Map.of("name", "旧科室" + i), Map.of("name", "新科室" + i)));
        }
        trail.chainPending();
        mvc.perform(get("/audit").param("subjectType", type).param("size", "2").with(TestActors.as(AUDITOR)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("每页条数")));
        mvc.perform(get("/audit").param("subjectType", type).param("size", "20").with(TestActors.as(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计日志")))
                .andExpect(content().string(containsString("新科室2")))
                .andExpect(content().string(containsString("旧科室2")))
                .andExpect(content().string(containsString("已链接")))
                .andExpect(content().string(containsString("下一页")));
    }

    @Test
    @DisplayName("AUD-01 a bad date on the audit page is shown inline, not as a server error")
    void listPageBadDate() throws Exception {
        mvc.perform(get("/audit").param("from", "2026-02-30").with(TestActors.as(AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不是有效日期")))
                .andExpect(content().string(containsString("没有符合条件的审计记录")));
    }

    @Test
    @DisplayName("AUD-02 the verification page runs the check and reports 校验通过")
    void verifyPage() throws Exception {
        mvc.perform(get("/audit/verify").with(TestActors.as(AUDITOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("开始校验")));
        mvc.perform(post("/audit/verify").with(csrf()).with(TestActors.as(AUDITOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("校验通过")));
    }

    @Test
    @DisplayName("AUD-02 the verification page and API name the first tampered position (tampering rolled back afterwards)")
    void verifyReportsTampering() throws Exception {
        long id = trail.record(AuditableEvent.change("org.unit.renamed", "aud-web-tamper", 1, Map.of("name", "甲"), Map.of("name", "乙")));
        trail.chainPending();
        long position = jdbc.sql("select position from audit_chain where entry_id = ?").param(id).query(Long.class).single();
        try {
            // MockMvc runs on this thread, so the request joins this transaction and sees the tampering.
            new TransactionTemplate(txManager).executeWithoutResult(s -> {
                jdbc.sql("select pg_advisory_xact_lock(?)::text").param(0x415544434841494EL).query(String.class).single();
                jdbc.sql("alter table audit_entry disable trigger user").update();
                jdbc.sql("update audit_entry set actor = 'mallory' where id = ?").param(id).update();
                try {
                    mvc.perform(post("/audit/verify").with(csrf()).with(TestActors.as(AUDITOR)))
                            .andExpect(status().isOk())
                            .andExpect(content().string(containsString("第 " + position + " 条被篡改")))
                            .andExpect(content().string(containsString("记录被篡改")));
                    mvc.perform(get("/api/v1/audit/verify").with(TestActors.as(AUDITOR)))
                            .andExpect(jsonPath("$.ok").value(false))
                            .andExpect(jsonPath("$.firstBrokenId").value(id))
                            .andExpect(jsonPath("$.firstBrokenPosition").value(position));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                s.setRollbackOnly();
            });
        } finally {
            jdbc.sql("alter table audit_entry enable trigger user").update();
        }
        mvc.perform(get("/api/v1/audit/verify").with(TestActors.as(AUDITOR))).andExpect(jsonPath("$.ok").value(true));
    }
}
