package cn.anjian.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12 defect 5: an upload's metadata is checked before its file is sent; a refusal keeps the chosen file. */
@IntegrationTest
class UploadPrecheckTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RecordingFixtures fx;
    @Autowired Files files;

    long stored() {
        return jdbc.sql("SELECT count(*) FROM file_object").query(Long.class).single();
    }

    @Test
    @DisplayName("Issue 12 defect 5: the pre-check answers every field error at once (400, by field) before any byte is sent; nothing stored")
    void fieldErrorsFirst() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "预检-字段", CaseStage.INVESTIGATION);
        long before = stored();
        mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/precheck").param("kind", "AV:VIDEO").param("stage", "INVESTIGATION")
                        .param("title", "").param("capturedStart", "2026-13-01T09:00").param("fileName", "执法记录仪.mp4")
                        .param("fileSize", "2147483648").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("capturedStart")));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @DisplayName("Issue 12 defect 5: a file beyond the size limit and a stage the case has not reached are refused by the pre-check; a good one passes")
    void sizeAndDomainRules() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "预检-规则", CaseStage.INVESTIGATION);
        mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/precheck").param("kind", "TEXT:INVESTIGATION_DOCUMENT")
                        .param("stage", "INVESTIGATION").param("title", "询问笔录").param("fileName", "笔录.pdf")
                        .param("fileSize", String.valueOf(files.maxSize() + 1)).with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.code").value("FILE-TOO-LARGE"));
        mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/precheck").param("kind", "TEXT:INVESTIGATION_DOCUMENT")
                        .param("stage", "INVESTIGATION").param("title", "询问笔录").param("fileName", "笔录.pdf")
                        .param("fileSize", "0").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("FILE-EMPTY"));
        mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/precheck").param("kind", "TEXT:INVESTIGATION_DOCUMENT")
                        .param("stage", "CLOSURE").param("title", "结案报告").param("fileName", "结案.pdf")
                        .param("fileSize", "2048").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.detail", containsString("尚未进入")));
        mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/precheck").param("kind", "TEXT:INVESTIGATION_DOCUMENT")
                        .param("stage", "INVESTIGATION").param("title", "询问笔录").param("fileName", "笔录.pdf")
                        .param("fileSize", "548000").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    @DisplayName("Issue 12 defect 5: when the registration is refused after the file was sent, the stored file is kept in the form (no second upload)")
    void storedFileKeptOnRefusal() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "预检-保留文件", CaseStage.INVESTIGATION);
        StoredFile f = fx.file(RecordingFixtures.unique("kept file"), "现场.mp4");
        mvc.perform(post("/recording/cases/" + c.id() + "/records").param("kind", "AV:VIDEO").param("stage", "INVESTIGATION")
                        .param("title", "").param("fileId", String.valueOf(f.id())).with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"upload-error\""),
                        containsString("name=\"fileId\" value=\"" + f.id() + "\""), containsString("id=\"up-file-kept\""),
                        containsString("data-precheck-url=\"/api/v1/cases/" + c.id() + "/recordings/precheck\""))));
    }
}
