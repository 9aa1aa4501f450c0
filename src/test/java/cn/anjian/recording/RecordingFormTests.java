package cn.anjian.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.files.StoredFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The recording panel's @Valid forms: every field error at once, inline, the input kept, nothing saved.
 * The panel is an htmx fragment, so a refused form answers 200 (htmx swaps only 2xx).
 */
@IntegrationTest
class RecordingFormTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RecordingFixtures fx;

    long count(String table, long caseId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE case_id = :c").param("c", caseId).query(Long.class).single();
    }

    @Test
    @DisplayName("activity: no place and a word for the start → both errors next to their fields, the kind kept, nothing stored")
    void activity() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "活动表单", CaseStage.INVESTIGATION);
        long before = count("rec_activity", c.id());
        mvc.perform(post("/recording/cases/" + c.id() + "/activities").param("kind", "INQUIRY").param("place", " ")
                        .param("startedAt", "明天上午").param("avRequested", "true").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"activity-error\""), containsString("请更正标出的 2 处填写内容"),
                        containsString("invalid-feedback d-block\">请填写此项</div>"),
                        containsString("invalid-feedback d-block\">须为有效时间（格式 2026-05-01T09:30）</div>"),
                        containsString("value=\"明天上午\""), containsString("value=\"INQUIRY\" selected=\"selected\""))));
        assertThat(count("rec_activity", c.id())).isEqualTo(before);
    }

    @Test
    @DisplayName("upload: no title and a non-existent capture time → both errors next to their fields, the place kept, nothing stored")
    void upload() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "上传表单", CaseStage.INVESTIGATION);
        StoredFile f = fx.file(RecordingFixtures.unique("upload form"), "现场.mp4");
        long before = count("rec_record", c.id());
        mvc.perform(post("/recording/cases/" + c.id() + "/records").param("kind", "AV:VIDEO").param("stage", "INVESTIGATION")
                        .param("title", "").param("capturedStart", "2026-13-01T09:00").param("capturedEnd", "2026-05-01T10:00")
                        .param("place", "保留的拍摄地点").param("contentShown", "SCENE").param("fileId", String.valueOf(f.id()))
                        .with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"upload-error\""), containsString("请更正标出的 2 处填写内容"),
                        containsString("invalid-feedback d-block\">请填写此项</div>"),
                        containsString("invalid-feedback d-block\">须为有效时间（格式 2026-05-01T09:30）</div>"),
                        containsString("value=\"保留的拍摄地点\""), containsString("value=\"AV:VIDEO\" selected=\"selected\""),
                        containsString("value=\"SCENE\" checked=\"checked\""), not(containsString("id=\"upload-ok\"")))));
        assertThat(count("rec_record", c.id())).isEqualTo(before);
    }

    @Test
    @DisplayName("after a successful upload the form starts blank again")
    void blankAfterSuccess() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "上传后清空", CaseStage.INVESTIGATION);
        StoredFile f = fx.file(RecordingFixtures.unique("upload blank"), "笔录.pdf");
        mvc.perform(post("/recording/cases/" + c.id() + "/records").param("kind", "TEXT:INVESTIGATION_DOCUMENT")
                        .param("stage", "INVESTIGATION").param("title", "已登记的笔录名称").param("fileId", String.valueOf(f.id()))
                        .with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已登记：已登记的笔录名称"),
                        not(containsString("value=\"已登记的笔录名称\"")))));
    }
}
