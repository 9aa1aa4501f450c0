package cn.anjian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.kernel.AuditableEvent;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12 defect 7: the audit trail page speaks Chinese, names people, links subjects, sorts and exports. */
@IntegrationTest
class AuditTrailPageTests {

    private static final TestActors.TestActor AUDITOR = TestActors.actor("audit_admin", 1, "/1/", "audit:read");

    @Autowired MockMvc mvc;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;

    /** Two entries by the demo officer on one case-like subject id, the first a login, the second a case opening. */
    private String entries() {
        String id = "9" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        trail.record(new AuditableEvent("iam.login.succeeded", "case", id, null, Map.of("status", "ok"), "zz_officer", "10.0.0.1"));
        trail.record(new AuditableEvent("enforcement.case.opened", "case", id, null, Map.of("title", "第二条"), "zz_officer", null));
        return id;
    }

    private String officerName() {
        return jdbc.sql("select display_name from iam_user_view where username = 'zz_officer'").query(String.class).single();
    }

    @Test
    @DisplayName("Issue 12 defect 7: actions read as Chinese labels, the actor by name, the subject as a labelled link; no codes")
    void labelsNamesLinks() throws Exception {
        String id = entries();
        mvc.perform(get("/audit").param("subjectType", "case").param("subjectId", id).with(TestActors.as(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登录成功")))
                .andExpect(content().string(containsString("立案")))
                .andExpect(content().string(containsString(officerName())))
                .andExpect(content().string(containsString("href=\"/cases/" + id + "\"")))
                .andExpect(content().string(containsString(">执法案件<")))
                .andExpect(content().string(not(containsString(">iam.login.succeeded<"))))
                .andExpect(content().string(not(containsString(">zz_officer<"))));
    }

    /** The table only (the action filter lists every label too). */
    private static String table(String html) {
        return html.substring(html.indexOf("id=\"audit-table\""));
    }

    @Test
    @DisplayName("Issue 12 defect 7: the audit trail sorts oldest first on request and keeps newest first by default")
    void sorts() throws Exception {
        String id = entries();
        String newest = table(mvc.perform(get("/audit").param("subjectType", "case").param("subjectId", id).with(TestActors.as(AUDITOR)))
                .andReturn().getResponse().getContentAsString());
        assertThat(newest.indexOf("立案")).isLessThan(newest.indexOf("登录成功"));
        String oldest = table(mvc.perform(get("/audit").param("subjectType", "case").param("subjectId", id).param("sort", "time")
                        .with(TestActors.as(AUDITOR)))
                .andReturn().getResponse().getContentAsString());
        assertThat(oldest.indexOf("登录成功")).isLessThan(oldest.indexOf("立案"));
        mvc.perform(get("/audit").param("sort", "name").with(TestActors.as(AUDITOR))).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("Issue 12 defect 7: the Excel export has the filter's rows with the label, the name and the code as a second column")
    void exports() throws Exception {
        String id = entries();
        var started = mvc.perform(get("/audit/export").param("subjectType", "case").param("subjectId", id)
                        .with(TestActors.as(AUDITOR)))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo(officerName());
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("立案");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("enforcement.case.opened");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("执法案件");
        }
        mvc.perform(get("/audit/export").with(TestActors.as(TestActors.actor("officer", 5, "/1/5/", "home:view"))))
                .andExpect(status().isForbidden());
    }
}
