package cn.anjian.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.recording.dossier.DossierView;
import cn.anjian.recording.dossier.DossierView.Entry;
import cn.anjian.recording.dossier.DossierView.Section;
import cn.anjian.recording.dossier.Dossiers;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DossierTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RecordingFixtures fx;
    @Autowired CaseService caseService;
    @Autowired Dossiers dossiers;
    @Autowired cn.anjian.recording.internal.RecordingService recording;
    @Autowired java.time.Clock clock;

    /** An inspection case with every record REC-02/REC-03 ask, closed (nothing decided). */
    CaseRef closedInspection(String title) {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, title, CaseStage.DECISION);
        fx.closable(c);
        caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为和事故隐患");
        return c;
    }

    long dossierNumbers(long caseId) {
        return jdbc.sql("SELECT count(*) FROM doc_number WHERE type_code = 'CASE_DOSSIER' AND subject_id = :s")
                .param("s", String.valueOf(caseId)).query(Long.class).single();
    }

    @Test
    @DisplayName("CASE-16 a closed case has no archive number yet; archiving takes one, once, through the numbering service, audited")
    void archiveNumber() {
        CaseRef c = closedInspection("卷宗测试-归档号");
        DossierView closed = dossiers.view(fx.zz(), c.id());
        assertThat(closed.cover().archiveNumber()).isNull();
        assertThat(closed.complete()).isTrue();
        assertThat(dossierNumbers(c.id())).isZero();
        caseService.transition(fx.zz(), c.id(), CaseStage.ARCHIVED, null);
        DossierView archived = dossiers.view(fx.zz(), c.id());
        assertThat(archived.cover().archiveNumber()).matches("泽应急安监档〔\\d{4}〕\\d+号");
        assertThat(archived.cover().archivedAt()).isNotNull();
        assertThat(archived.cover().retention()).isEqualTo("长期");
        assertThat(dossierNumbers(c.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'recording.dossier.numbered' AND subject_id = :s")
                .param("s", String.valueOf(c.id())).query(Long.class).single()).isEqualTo(1);
        // the next archived case of the agency gets the next number
        CaseRef d = closedInspection("卷宗测试-归档号二");
        caseService.transition(fx.zz(), d.id(), CaseStage.ARCHIVED, null);
        int n1 = Integer.parseInt(archived.cover().archiveNumber().replaceAll(".*〕(\\d+)号", "$1"));
        int n2 = Integer.parseInt(dossiers.view(fx.zz(), d.id()).cover().archiveNumber().replaceAll(".*〕(\\d+)号", "$1"));
        assertThat(n2).isEqualTo(n1 + 1);
    }

    @Test
    @DisplayName("CASE-16 the catalogue follows the statutory order (a late-filed 立案 record comes first); REC-02 gaps are listed, then closed")
    void orderAndCompleteness() {
        CaseRef c = fx.bareCaseAt(CaseKind.PENALTY, "卷宗测试-顺序", CaseStage.DECISION);
        DossierView bare = dossiers.view(fx.zz(), c.id());
        assertThat(bare.complete()).isFalse();
        assertThat(bare.missing()).anyMatch(m -> m.startsWith("程序启动："));
        fx.paper(c);
        fx.text(c, CaseStage.INVESTIGATION, TextKind.INVESTIGATION_DOCUMENT, "询问笔录（扫描件）");
        fx.text(c, CaseStage.DECISION, TextKind.HEARING_REPORT, "听证告知书（扫描件）");
        fx.text(c, CaseStage.INITIATION, TextKind.OTHER, "补充的立案审批表（扫描件）"); // filed last, belongs first
        DossierView v = dossiers.view(fx.zz(), c.id());
        List<Section> sections = v.entries().stream().map(Entry::section).toList();
        assertThat(sections).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        List<String> titles = v.entries().stream().map(Entry::title).toList();
        assertThat(titles.indexOf("补充的立案审批表（扫描件）")).isLessThan(titles.indexOf("询问笔录（扫描件）"));
        assertThat(titles.indexOf("询问笔录（扫描件）")).isLessThan(titles.indexOf("听证告知书（扫描件）"));
        assertThat(v.entries()).extracting(Entry::seq).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, v.entries().size()).boxed().toList());
        assertThat(v.missing()).noneMatch(m -> m.startsWith("程序启动："));
    }

    @Test
    @DisplayName("CASE-16 the dossier prints as one PDF that opens, with the Chinese cover, catalogue and the documents in order")
    void pdf() throws Exception {
        CaseRef c = closedInspection("卷宗测试-打印");
        caseService.transition(fx.zz(), c.id(), CaseStage.ARCHIVED, null);
        DossierView v = dossiers.view(fx.zz(), c.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dossiers.writePdf(fx.zz(), c.id(), out);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "dossier-sample.pdf"), out.toByteArray()); // for a look
        PdfReader reader = new PdfReader(out.toByteArray());
        int pages = reader.getNumberOfPages();
        // cover, catalogue, one page at least per document, the AV list
        assertThat(pages).isGreaterThanOrEqualTo(3 + v.entries().size());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(text.getTextFromPage(1)).contains("行政执法案卷").contains(v.cover().archiveNumber()).contains("卷宗测试-打印");
        assertThat(text.getTextFromPage(2)).contains("卷内目录");
        StringBuilder body = new StringBuilder();
        for (int p = 3; p <= pages; p++) {
            body.append(text.getTextFromPage(p)).append('\n');
        }
        int last = -1;
        for (Entry e : v.entries()) {
            // the heading's start (a long title wraps onto the next line)
            int at = body.indexOf(e.seq() + "．" + e.title().substring(0, Math.min(8, e.title().length())));
            assertThat(at).as("document %s printed after the previous one", e.title()).isGreaterThan(last);
            last = at;
        }
        assertThat(body.toString()).contains("现场检查情况").contains("音像记录清单").contains("现场照片");
        reader.close();
    }

    @Test
    @DisplayName("CASE-16 a scanned PDF and a photo of a paper record are printed into the dossier; an unreadable scan is named instead")
    void scans() throws Exception {
        CaseRef c = fx.bareCaseAt(CaseKind.PENALTY, "卷宗测试-扫描件", CaseStage.INVESTIGATION);
        ByteArrayOutputStream scan = new ByteArrayOutputStream();
        com.lowagie.text.Document d = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(d, scan);
        d.open();
        d.add(new com.lowagie.text.Paragraph("SCAN PAGE ONE " + System.nanoTime()));
        d.newPage();
        d.add(new com.lowagie.text.Paragraph("SCAN PAGE TWO"));
        d.close();
        file(c, "询问笔录（扫描件）", scan.toByteArray(), "询问笔录.pdf");
        file(c, "现场示意图（照片）", cn.anjian.recording.internal.DemoMedia.png("示意图" + System.nanoTime(), java.awt.Color.GRAY), "示意图.png");
        file(c, "损坏的扫描件", ("%PDF-1.4 broken " + System.nanoTime()).getBytes(), "损坏.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dossiers.writePdf(fx.zz(), c.id(), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(text.getTextFromPage(p)).append('\n');
        }
        // cover, catalogue, the two scan pages, the photo's page, the broken scan's page, the AV list
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(7);
        assertThat(all.toString()).contains("询问笔录.pdf").contains("示意图.png").contains("无法在卷宗中显示");
        reader.close();
    }

    void file(CaseRef c, String title, byte[] bytes, String name) {
        RecordMetadata m = new RecordMetadata(c.id(), CaseStage.INVESTIGATION.name(), null, "TEXT", "INVESTIGATION_DOCUMENT", title, null,
                null, null, null, List.of(), null, null, null, List.of(), null, null);
        recording.addRecord(cn.anjian.recording.internal.RecordInput.of(m), fx.file(bytes, name), fx.zz());
    }

    @Test
    @DisplayName("CASE-16 the dossier page, PDF download and API for the case's staff; another county gets 404")
    void web() throws Exception {
        CaseRef c = closedInspection("卷宗测试-页面");
        mvc.perform(get("/cases/{id}/dossier", c.id()).with(TestActors.as(fx.zz()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("卷内目录")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("必备文字记录齐全")));
        mvc.perform(get("/cases/{id}/dossier.pdf", c.id()).with(TestActors.as(fx.zz()))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/api/v1/cases/{id}/dossier", c.id()).with(TestActors.as(fx.zz()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.cover.caseNumber").value(c.caseNumber()));
        mvc.perform(get("/cases/{id}/dossier", c.id()).with(TestActors.as(fx.sc()))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}/dossier.pdf", c.id()).with(TestActors.as(fx.sc()))).andExpect(status().isNotFound());
    }
}
