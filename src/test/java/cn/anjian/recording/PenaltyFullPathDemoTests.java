package cn.anjian.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.recording.dossier.DossierView;
import cn.anjian.recording.dossier.DossierView.Entry;
import cn.anjian.recording.dossier.DossierView.Section;
import cn.anjian.recording.dossier.Dossiers;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11 acceptance on the demo data: the hearing penalty case went through notice, statement, hearing, legal review
 * with collective discussion, decision, service, instalments, closure and archiving, all through the real gates, and its
 * dossier prints with every document in the statutory order.
 */
@IntegrationTest
class PenaltyFullPathDemoTests {

    @Autowired Cases cases;
    @Autowired ActingUsers users;
    @Autowired Dossiers dossiers;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEventPublisher events;

    @Test
    @DisplayName("CASE-16 CASE-12 CASE-15 demo: the hearing case went notice → hearing → legal review → decision → service → instalments paid → closed and archived")
    void wholeWay() {
        CaseRef c = cases.findByTitle(DemoCasesReady.HEARING_CASE).orElseThrow();
        assertThat(c.stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(c.closedAt()).isNotNull();
        Map<String, Object> notice = jdbc.sql("""
                        SELECT notified_fine_yuan, hearing_rights, statement_status, answer, hearing_status, hearing_held_on,
                               hearing_report_number FROM enf_penalty_notice WHERE case_id = :c""")
                .param("c", c.id()).query().singleRow();
        assertThat((BigDecimal) notice.get("notified_fine_yuan")).isEqualByComparingTo("20000");
        assertThat(notice).containsEntry("hearing_rights", true).containsEntry("statement_status", "STATED")
                .containsEntry("hearing_status", "REPORTED");
        assertThat(notice.get("answer")).isNotNull();
        assertThat(notice.get("hearing_held_on")).isNotNull();
        assertThat(notice.get("hearing_report_number")).isNotNull();
        // CASE-17: the item and benchmark chosen; the decision not heavier than notified and inside the benchmark
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_item WHERE case_id = :c").param("c", c.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT fine_yuan FROM enf_case_decision WHERE case_id = :c AND kind = 'PENALTY'").param("c", c.id())
                .query(BigDecimal.class).single()).isEqualByComparingTo("20000");
        // LR-01 / LR-13: the legal review passed and the heads discussed it
        Map<String, Object> review = jdbc.sql("SELECT outcome, discussion_agreed FROM lr_review WHERE case_id = :c ORDER BY id DESC LIMIT 1")
                .param("c", c.id()).query().singleRow();
        assertThat(review).containsEntry("outcome", "APPROVE").containsEntry("discussion_agreed", true);
        // the decision served (with its receipt), the notice and the hearing notice too
        List<String> served = jdbc.sql("SELECT doc_type FROM enf_case_document WHERE case_id = :c AND served_at IS NOT NULL ORDER BY id")
                .param("c", c.id()).query(String.class).list();
        assertThat(served).contains("PENALTY_NOTICE", "HEARING_NOTICE", "PENALTY_DECISION");
        // CASE-15: two instalments approved, both paid, the fine paid in full
        Map<String, Object> execution = jdbc.sql("SELECT id, plan_status FROM enf_execution WHERE case_id = :c").param("c", c.id()).query().singleRow();
        assertThat(execution).containsEntry("plan_status", "APPROVED");
        long executionId = ((Number) execution.get("id")).longValue();
        assertThat(jdbc.sql("SELECT count(*) FROM enf_execution_instalment WHERE execution_id = :e AND paid_off").param("e", executionId)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT sum(amount) FROM enf_execution_payment WHERE execution_id = :e").param("e", executionId)
                .query(BigDecimal.class).single()).isEqualByComparingTo("20000");
    }

    @Test
    @DisplayName("CASE-16 CASE-12 CASE-15 demo: the hearing case's dossier has its archive number, no missing record, and its PDF opens with the catalogue in statutory order")
    void dossier() throws Exception {
        Actor officer = users.actor("zz_officer").orElseThrow();
        CaseRef c = cases.findByTitle(DemoCasesReady.HEARING_CASE).orElseThrow();
        DossierView v = dossiers.view(officer, c.id());
        assertThat(v.cover().archiveNumber()).isNotBlank();
        assertThat(v.missing()).isEmpty();
        List<Section> sections = v.entries().stream().map(Entry::section).toList();
        assertThat(sections).isSorted()
                .contains(Section.INITIATION, Section.NOTICE, Section.REVIEW, Section.DECISION, Section.SERVICE, Section.EXECUTION);
        List<String> titles = v.entries().stream().map(Entry::title).toList();
        int notice = indexOf(titles, "告知书");
        int hearing = indexOf(titles, "听证报告");
        int review = indexOf(titles, "法制审核");
        int decision = indexOf(titles, "处罚决定书");
        int receipt = indexOf(titles, "送达回执");
        int execution = sections.indexOf(Section.EXECUTION);
        assertThat(List.of(notice, hearing, review, decision, receipt, execution)).doesNotContain(-1).isSorted();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dossiers.writePdf(officer, c.id(), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(text.getTextFromPage(1)).contains(v.cover().archiveNumber());
        StringBuilder catalogue = new StringBuilder();
        for (int p = 2; p <= reader.getNumberOfPages() && !text.getTextFromPage(p).contains("1．"); p++) {
            catalogue.append(text.getTextFromPage(p)).append('\n');
        }
        assertThat(catalogue.toString()).contains("卷内目录");
        List<Integer> at = new ArrayList<>();
        for (String label : List.of("告知、听证", "审查、法制审", "决定", "送达", "执行")) { // a long label wraps in its cell
            at.add(catalogue.indexOf(label, at.isEmpty() ? 0 : at.get(at.size() - 1) + 1));
        }
        assertThat(at).as("sections in the catalogue: %s", catalogue).doesNotContain(-1).isSorted();
        int last = -1;
        for (Entry e : v.entries()) { // every document listed, in the dossier's order (a title's start: long ones wrap)
            last = catalogue.indexOf(e.title().substring(0, Math.min(4, e.title().length())), last + 1);
            assertThat(last).as("%s listed after the previous document in %s", e.title(), catalogue).isNotNegative();
        }
        reader.close();

        TestActors.TestActor web = new TestActors.TestActor(officer.userId(), officer.username(), officer.displayName(), officer.agencyId(),
                officer.agencyName(), officer.unitId(), officer.jurisdictionId(), officer.scope(), Set.of(RecordingFixtures.STAFF));
        mvc.perform(get("/cases/{id}/dossier.pdf", c.id()).with(TestActors.as(web)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    @DisplayName("CASE-16 CASE-12 CASE-15 demo: loading the demo again (as on every start) leaves the archived hearing case as it is")
    void idempotent() {
        CaseRef c = cases.findByTitle(DemoCasesReady.HEARING_CASE).orElseThrow();
        String counts = """
                SELECT (SELECT count(*) FROM rec_record WHERE case_id = :c) || '/' || (SELECT count(*) FROM rec_activity WHERE case_id = :c)
                       || '/' || (SELECT count(*) FROM lr_review WHERE case_id = :c) || '/' || (SELECT count(*) FROM enf_case_document WHERE case_id = :c)
                       || '/' || (SELECT count(*) FROM enf_case WHERE title = :t)""";
        String before = jdbc.sql(counts).param("c", c.id()).param("t", DemoCasesReady.HEARING_CASE).query(String.class).single();
        List<CaseRef> demo = jdbc.sql("SELECT id FROM enf_case WHERE title IN ('泽州县巴公煤业年度监督检查', '川底乡石料厂双随机抽查（未发现问题）')")
                .query(Long.class).list().stream().map(id -> cases.find(id).orElseThrow()).toList();
        events.publishEvent(new DemoCasesReady(demo));
        assertThat(jdbc.sql(counts).param("c", c.id()).param("t", DemoCasesReady.HEARING_CASE).query(String.class).single()).isEqualTo(before);
        assertThat(cases.findByTitle(DemoCasesReady.HEARING_CASE).orElseThrow().stage()).isEqualTo(CaseStage.ARCHIVED);
    }

    private static int indexOf(List<String> titles, String part) {
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
