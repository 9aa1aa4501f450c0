package cn.anjian.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 11 item 7: template versions maintained by province administrators; a document keeps its version. */
@IntegrationTest
class DocumentTemplatesTests {

    static final String TYPE = "PAYMENT_REMINDER";

    @Autowired DocumentTemplates templates;
    @Autowired IssuedDocuments issued;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void removeVersions() {
        jdbc.sql("DELETE FROM doc_template_version WHERE type_code = :t").param("t", TYPE).update();
    }

    TestActor actor(String code, String name, String... perms) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        var a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        return new TestActor(9200, name, name, a.id(), a.name(), null, j.id(), new Scope(j.path()), Set.of(perms));
    }

    TestActor provinceAdmin() {
        return actor("140000", "tpl_admin", "document:template");
    }

    /** The built-in template of the type with one more paragraph (and optionally a placeholder dropped). */
    static byte[] edited(String extra, String drop) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocumentTemplates.builtIn(TemplateSpec.ALL.get(TYPE))));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (drop != null) {
                for (XWPFParagraph p : doc.getParagraphs()) {
                    p.getRuns().forEach(r -> {
                        String t = r.getText(0);
                        if (t != null && t.contains(drop)) {
                            r.setText(t.replace(drop, "（删去）"), 0);
                        }
                    });
                }
            }
            doc.createParagraph().createRun().setText(extra);
            doc.write(out);
            return out.toByteArray();
        }
    }

    Map<String, Object> data() {
        Map<String, Object> m = new HashMap<>();
        m.put("date", LocalDate.of(2026, 12, 1));
        m.put("partyName", "某煤业");
        m.put("address", "泽州县");
        m.put("facts", "未缴纳");
        m.put("basis", "行政强制法第三十五条");
        m.put("decision", "30000 元");
        m.put("deadline", "十日内");
        return m;
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    @Test
    @DisplayName("issue 11 item 7: a new version is used from its upload on; the document issued before keeps version 1; every version stays downloadable")
    void versionsAndDocumentsKeepTheirs() throws Exception {
        TestActor county = actor("140525", "tpl_county", "file:read");
        IssuedDocument before = issued.issue(TYPE, county.agencyId(), "test", "tpl-1", data(), county.scope().path(), county);
        assertThat(before.templateVersion()).isEqualTo(1);

        DocumentTemplates.Version v2 = templates.upload(provinceAdmin(), TYPE, "催告书2027.docx", edited("新版式样标记 {{templateVersion}}", null),
                "按新版执法文书式样调整");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.current()).isTrue();
        IssuedDocument after = issued.issue(TYPE, county.agencyId(), "test", "tpl-2", data(), county.scope().path(), county);
        assertThat(after.templateVersion()).isEqualTo(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        issued.copyVerified(after.fileId(), county, out);
        assertThat(text(out.toByteArray())).contains("新版式样标记 第2版", "某煤业");
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        issued.copyVerified(before.fileId(), county, old);
        assertThat(text(old.toByteArray())).doesNotContain("新版式样标记").contains("文书式样版本：第1版");

        assertThat(templates.versions(TYPE)).extracting(DocumentTemplates.Version::version).containsExactly(2, 1);
        assertThat(templates.versions(TYPE).get(1).current()).isFalse();
        assertThat(text(templates.version(TYPE, 1).bytes())).doesNotContain("新版式样标记");
        assertThat(jdbc.sql("SELECT template_version FROM doc_number WHERE id = :id").param("id", before.number().id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'documents.template.version-uploaded'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    @DisplayName("issue 11 item 7: uploads are refused for a county administrator, a blank note, a non-docx, a missing or an unfillable placeholder — nothing stored")
    void refusals() throws Exception {
        byte[] ok = edited("备注", null);
        assertThatThrownBy(() -> templates.upload(actor("140525", "tpl_county_admin", "document:template"), TYPE, "a.docx", ok, "说明"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> templates.upload(provinceAdmin(), TYPE, "a.docx", ok, "  "))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("DOC-TEMPLATE-NOTE"));
        assertThatThrownBy(() -> templates.upload(provinceAdmin(), TYPE, "a.docx", "not a docx".getBytes(), "说明"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("DOC-TEMPLATE-FILE"));
        assertThatThrownBy(() -> templates.upload(provinceAdmin(), TYPE, "a.pdf", ok, "说明"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("DOC-TEMPLATE-FILE"));
        assertThatThrownBy(() -> templates.upload(provinceAdmin(), TYPE, "a.docx", edited("x", "{{deadline}}"), "说明"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOC-TEMPLATE-FIELDS");
                    assertThat(e.getMessage()).contains("履行期限");
                });
        assertThatThrownBy(() -> templates.upload(provinceAdmin(), TYPE, "a.docx", edited("{{bankAccount}}", null), "说明"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOC-TEMPLATE-UNKNOWN");
                    assertThat(e.getMessage()).contains("bankAccount");
                });
        assertThat(templates.versions(TYPE)).hasSize(1);
        assertThat(templates.current(TYPE).version()).isEqualTo(1);
    }

    @Test
    @DisplayName("issue 11 item 7: the pages — list, history with placeholders, upload with an inline refusal, download; officers have no access")
    void pages() throws Exception {
        TestActor admin = provinceAdmin();
        mvc.perform(get("/admin/document-templates").with(TestActors.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("催告书")));
        mvc.perform(get("/admin/document-templates/" + TYPE).with(TestActors.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("{{deadline}}")));
        mvc.perform(multipart("/admin/document-templates/" + TYPE + "/versions")
                        .file(new MockMultipartFile("file", "x.docx", "application/octet-stream", edited("{{nope}}", null)))
                        .param("note", "测试").with(csrf()).with(TestActors.as(admin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("系统无法填写的占位符")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("测试")));
        mvc.perform(multipart("/admin/document-templates/" + TYPE + "/versions")
                        .file(new MockMultipartFile("file", "x.docx", "application/octet-stream", edited("新版", null)))
                        .param("note", "测试").with(csrf()).with(TestActors.as(admin)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/document-templates/" + TYPE + "/versions/2").with(TestActors.as(admin)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")));
        mvc.perform(get("/admin/document-templates/" + TYPE + "/versions/9").with(TestActors.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/document-templates/" + TYPE + "/versions/99999999999").with(TestActors.as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/document-templates").with(TestActors.as(actor("140525", "tpl_officer", "case:read"))))
                .andExpect(status().isForbidden());
    }
}
