package cn.anjian.experts.applications;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** EXP-05: the admitted applicant's joint document and certificate (聘书) as .docx through documents, linked from his page. */
@IntegrationTest
class ApplicationDocumentsTests {

    @Autowired ApplicationIntake intake;
    @Autowired ApplicationDocuments documents;
    @Autowired ActingUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    TestActor reader(String username) {
        Actor a = users.actor(username).orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), java.util.Set.of("expert:read"));
    }

    @Test
    @DisplayName("EXP-05 joint document and certificate: .docx with the numbers, the expert and his field once admitted; 409 before; another county 404")
    void documents() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 10, 9, 0));
        NewApplication f = ExpertApplicationTests.form(ApplicationLevel.SENIOR, LocalDate.of(1975, 3, 1), true);
        ExpertApplication x = intake.track(intake.submit(ExpertApplicationTests.PORTAL, f, java.util.List.of())).orElseThrow();
        TestActor hr = reader("zz_hr");
        assertThatThrownBy(() -> documents.certificate(hr, x.id)).extracting("code").isEqualTo("EXP-05");
        mvc.perform(get("/experts/applications/" + x.id + "/certificate.docx").with(TestActors.as(hr))).andExpect(status().isConflict());

        // the director's meeting approved (the pipeline itself: ExpertApplicationTests.pipeline)
        jdbc.sql("""
                UPDATE exp_application SET status = 'ADMITTED', joint_doc_number = '泽应急专〔2026〕7号',
                       certificate_number = '泽专家聘〔2026〕9号', decided_on = DATE '2026-06-20' WHERE id = :id""")
                .param("id", x.id).update();
        String certificate = text(documents.certificate(hr, x.id).bytes());
        assertThat(certificate).contains("专家聘书", "泽专家聘〔2026〕9号", x.name, "高级专家", "煤矿", "通风", "保守工作秘密");
        String joint = text(documents.jointDocument(hr, x.id).bytes());
        assertThat(joint).contains("泽应急专〔2026〕7号", x.name, "晋城测试研究院", "高级工程师");

        byte[] downloaded = mvc.perform(get("/experts/applications/" + x.id + "/certificate.docx").with(TestActors.as(hr)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(downloaded)).contains("泽专家聘〔2026〕9号");
        assertThat(mvc.perform(get("/experts/applications/" + x.id).with(TestActors.as(hr))).andReturn().getResponse()
                .getContentAsString()).contains("joint-document.docx", "certificate.docx");
        mvc.perform(get("/experts/applications/" + x.id + "/certificate.docx").with(TestActors.as(reader("sc_unithead"))))
                .andExpect(status().isNotFound());
    }
}
