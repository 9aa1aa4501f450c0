package cn.anjian.enforcement.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.documents.DocumentPreview;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12 defect 4 and issue 11 item 7: what the officer typed reaches the .docx, read back from the stored file. */
@IntegrationTest
class CaseDocumentFieldsTests {

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired CaseDocuments documents;
    @Autowired JdbcClient jdbc;

    static final CaseDocuments.DocumentFields TYPED = new CaseDocuments.DocumentFields("井下二采区安全出口堵塞",
            "《中华人民共和国安全生产法》第四十一条", "立即清理安全出口，恢复畅通", "2026年12月20日前", "王建国",
            List.of("安全出口堵塞", "", "  未建立隐患排查治理台账  "));

    CaseRef investigating(TestActor zz, String title) {
        CaseRef c = fx.open(zz, CaseKind.INSPECTION, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", title + "甲"), fx.certifiedOfficer("140525", title + "乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        return c;
    }

    String stored(TestActor zz, long caseId, long documentId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.copy(zz, documents.file(zz, caseId, documentId), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")) + "\n"
                    + doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
        }
    }

    @Test
    @DisplayName("issue 12 defect 4: the 现场检查记录 carries 依据, 责令事项, 整改期限, the 明细 rows and the 法定代表人 typed on the form")
    void inspectionRecordKeepsWhatWasTyped() throws Exception {
        TestActor zz = fx.zz();
        CaseRef c = investigating(zz, "文书字段回读");
        CaseDocumentView d = documents.generate(zz, c.id(), "INSPECTION_RECORD", TYPED);
        String text = stored(zz, c.id(), d.id());
        assertThat(text).contains("依据：《中华人民共和国安全生产法》第四十一条", "现场处理措施（责令事项）：立即清理安全出口，恢复畅通",
                "整改期限：2026年12月20日前", "法定代表人（负责人）：王建国", "检查情况：井下二采区安全出口堵塞",
                "检查场所：泽州县测试镇", "被检查单位：文书字段回读（企业）");
        assertThat(text).contains("1\t安全出口堵塞", "2\t未建立隐患排查治理台账").doesNotContain("3\t");
        assertThat(text).doesNotContain("{{", "}}");
    }

    @Test
    @DisplayName("issue 12 defect 4: a blank 法定代表人 is filled from the enterprise's registered legal representative; a typed one wins")
    void legalRepresentativeFromEnterprise() throws Exception {
        TestActor zz = fx.zz();
        CaseRef c = investigating(zz, "法定代表人回填");
        jdbc.sql("UPDATE ent_enterprise SET legal_representative = '李登记' WHERE id = :id").param("id", c.enterpriseId()).update();
        CaseDocuments.DocumentFields blank = new CaseDocuments.DocumentFields(TYPED.facts(), TYPED.basis(), TYPED.decision(),
                TYPED.deadline(), "  ", TYPED.items());
        CaseDocumentView d = documents.generate(zz, c.id(), "INSPECTION_RECORD", blank);
        assertThat(stored(zz, c.id(), d.id())).contains("法定代表人（负责人）：李登记");
        CaseDocumentView typed = documents.generate(zz, c.id(), "INSPECTION_RECORD", TYPED);
        assertThat(stored(zz, c.id(), typed.id())).contains("法定代表人（负责人）：王建国").doesNotContain("李登记");
    }

    @Test
    @DisplayName("issue 12 defect 4: every line of the template is filled — each value of the preview is in the generated .docx")
    void everyFieldReadBack() throws Exception {
        TestActor zz = fx.zz();
        CaseRef c = investigating(zz, "逐项回读");
        for (String type : List.of("INSPECTION_RECORD", "RECTIFICATION_ORDER")) {
            DocumentPreview p = documents.preview(zz, c.id(), type, TYPED);
            assertThat(p.lines()).as(type).allSatisfy(l -> assertThat(l.value()).as(l.label()).isNotBlank());
            CaseDocumentView d = documents.generate(zz, c.id(), type, TYPED);
            String text = stored(zz, c.id(), d.id());
            for (DocumentPreview.Line l : p.lines()) {
                assertThat(text).as(type + " " + l.label()).contains(l.label() + "：" + l.value());
            }
            for (List<String> row : p.items()) {
                assertThat(text).contains(String.join("\t", row));
            }
            p.clauses().forEach(x -> assertThat(text).contains(x));
            assertThat(text).contains(d.documentNumber(), "泽州县应急管理局（印章）");
        }
    }

    @Test
    @DisplayName("issue 11 item 7: the 责令限期整改指令书 names 泽州县人民政府 for reconsideration and 泽州县人民法院 for a lawsuit; the document shows its template version")
    void remedyBodiesAndVersion() throws Exception {
        TestActor zz = fx.zz();
        CaseRef c = investigating(zz, "救济条款");
        CaseDocumentView d = documents.generate(zz, c.id(), "RECTIFICATION_ORDER", TYPED);
        String text = stored(zz, c.id(), d.id());
        assertThat(text).contains("收到本指令之日起六十日内依法向泽州县人民政府申请行政复议", "在六个月内依法向泽州县人民法院提起行政诉讼");
        assertThat(d.templateVersion()).isEqualTo(1);
        assertThat(d.templateVersionLabel()).isEqualTo("第1版");
        assertThat(text).contains("文书式样版本：第1版");
        assertThat(jdbc.sql("SELECT n.template_version FROM doc_number n JOIN enf_case_document d ON d.number_id = n.id WHERE d.id = :d")
                .param("d", d.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("issue 12 defect 4: a preview takes no number and stores nothing; it refuses what generation refuses")
    void previewTakesNoNumber() {
        TestActor zz = fx.zz();
        CaseRef c = investigating(zz, "预览不编号");
        long numbers = jdbc.sql("SELECT count(*) FROM doc_number").query(Long.class).single();
        DocumentPreview p = documents.preview(zz, c.id(), "RECTIFICATION_ORDER", TYPED);
        assertThat(p.docNumber()).contains("正式生成时编定");
        assertThat(jdbc.sql("SELECT count(*) FROM doc_number").query(Long.class).single()).isEqualTo(numbers);
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_document WHERE case_id = :c").param("c", c.id()).query(Long.class).single())
                .isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.preview(zz, c.id(), "RECTIFICATION_ORDER",
                        new CaseDocuments.DocumentFields("事实", "依据", null, null, null)))
                .hasMessageContaining("责令事项").hasMessageContaining("整改期限");
    }
}
