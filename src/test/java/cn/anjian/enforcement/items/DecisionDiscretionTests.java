package cn.anjian.enforcement.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.cases.CaseDecisions;
import cn.anjian.enforcement.cases.CaseDocumentView;
import cn.anjian.enforcement.cases.CaseDocuments;
import cn.anjian.enforcement.cases.DecisionStageCases;
import cn.anjian.kernel.BusinessException;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11 item 6: the decision form shows the suggested fine range of the case's circumstance and takes the reason for
 * a fine outside it; the domain refuses such a fine without one (page and API alike, nothing stored); the range and the
 * reason are in the decision document and on the case page.
 */
@IntegrationTest
class DecisionDiscretionTests {

    static final String LR_THRESHOLD = "legalreview.fine-threshold-organization";
    static final TestActor PROVINCE = TestActors.actor("dd-item-admin", 1, "/1/", "item:read", "item:manage");
    static final String REASON = "拒不整改且隐患涉及重大危险源，依法从重处罚";

    @Autowired DecisionStageCases cases;
    @Autowired CaseItems caseItems;
    @Autowired EnforcementItems items;
    @Autowired CaseDecisions decisions;
    @Autowired CaseDocuments documents;
    @Autowired JdbcClient jdbc;
    @Autowired SettingsAdministration settings;
    @Autowired SettingStore store;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    @BeforeEach
    void raiseLegalReviewThreshold() {
        // LR-02 would send a large fine to legal review first; these tests are about discretion alone
        SettingsTestSupport.schedule(settings, LR_THRESHOLD, "10000000", LocalDate.now(clock));
    }

    @AfterEach
    void reset() {
        SettingsTestSupport.reset(jdbc, store, LR_THRESHOLD);
    }

    /** A penalty case in the DECISION stage whose item has the benchmark 10,000–50,000 元 (一般) chosen. */
    CaseRef caseWithRange(String title) {
        long item = items.list(EnforcementItems.filter("T-DD-1", null, null, null, null), 0, 20).items().stream().findFirst()
                .map(ItemViews.ItemRow::id)
                .orElseGet(() -> items.create(PROVINCE, new EnforcementItems.Input("T-DD-1", "测试事项 裁量", "PENALTY",
                        "《中华人民共和国安全生产法》", "第一百零二条", "生产经营单位未采取措施消除事故隐患的，处五万元以下的罚款。", "ALL", true,
                        List.of(new EnforcementItems.BenchmarkInput("未采取措施消除事故隐患", "一般", "10000", "50000", "二项以上")))));
        CaseRef c = cases.penaltyCase(title);
        caseItems.choose(cases.zz(), c.id(), item, 0, null);
        return c;
    }

    static CaseDecision fine(String yuan, String reason) {
        return new CaseDecision(0, DecisionKind.PENALTY, List.of(), new BigDecimal(yuan), null, null, "未采取措施消除事故隐患",
                "依据", null, reason);
    }

    long stored(long caseId) {
        return jdbc.sql("SELECT count(*) FROM enf_case_decision WHERE case_id = :c").param("c", caseId).query(Long.class).single();
    }

    String decisionDocument(TestActor zz, long caseId) throws Exception {
        CaseDocumentView doc = documents.list(zz, caseId).stream().filter(d -> d.docType().equals("PENALTY_DECISION"))
                .findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.copy(zz, documents.file(zz, caseId, doc.id()), out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(d)) {
            return text.getText();
        }
    }

    @Test
    @DisplayName("CASE-17 range 10,000–50,000: the lower bound 10,000 is inside (issued without a reason, the document states the range)")
    void lowerBoundInside() throws Exception {
        TestActor zz = cases.zz();
        CaseRef c = caseWithRange("裁量-下限");
        assertThat(decisions.issueDecision(zz, c.id(), fine("10000", null)).fineYuan()).isEqualByComparingTo("10000");
        assertThat(decisionDocument(zz, c.id())).contains("罚款人民币 10000.00 元")
                .contains("本案违法情节为“一般”，建议罚款幅度为 10,000–50,000 元").doesNotContain("超出建议幅度的理由");
    }

    @Test
    @DisplayName("CASE-17 range 10,000–50,000: one fen below (9,999.99) is refused without a reason, the message names the range, nothing stored")
    void oneFenBelowRefused() {
        TestActor zz = cases.zz();
        CaseRef c = caseWithRange("裁量-下限外");
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), fine("9999.99", "  ")))
                .isInstanceOf(BusinessException.class)
                .satisfies(t -> assertThat(((BusinessException) t).code()).isEqualTo("CASE-17-REASON"))
                .hasMessageContaining("10,000–50,000 元").hasMessageContaining("一般");
        assertThat(stored(c.id())).isZero();
    }

    @Test
    @DisplayName("CASE-17 range 10,000–50,000: the upper bound 50,000 is inside; one fen above with the reason on the decision is issued, recorded and printed")
    void upperBoundAndReason() throws Exception {
        TestActor zz = cases.zz();
        CaseRef inside = caseWithRange("裁量-上限");
        decisions.issueDecision(zz, inside.id(), fine("50000", null));
        assertThat(caseItems.find(zz, inside.id()).orElseThrow().outsideRange()).isFalse();

        CaseRef over = caseWithRange("裁量-上限外有理由");
        decisions.issueDecision(zz, over.id(), fine("50000.01", REASON));
        ItemViews.CaseItemView v = caseItems.find(zz, over.id()).orElseThrow();
        assertThat(v.outsideRange()).isTrue();
        assertThat(v.deviationReason()).isEqualTo(REASON);
        assertThat(decisionDocument(zz, over.id())).contains("建议罚款幅度为 10,000–50,000 元")
                .contains("罚款超出建议幅度的理由：" + REASON);
    }

    @Test
    @DisplayName("CASE-17 the decision form shows the suggested range; 50,000.01 without a reason is re-shown (422) with the message by the reason field, nothing stored; with it the page shows range and reason")
    void page() throws Exception {
        TestActor zz = cases.zz();
        CaseRef c = caseWithRange("裁量-页面");
        mvc.perform(get("/cases/{id}", c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"suggested-fine\"")))
                .andExpect(content().string(containsString("10,000–50,000 元")));
        mvc.perform(post("/cases/{id}/decision", c.id()).with(csrf()).with(TestActors.as(zz)).param("kind", "PENALTY")
                        .param("fineYuan", "50,000.01").param("summary", "事实"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("is-invalid\" id=\"dec-reason\"")))
                .andExpect(content().string(containsString("不在“一般”情节的建议幅度（10,000–50,000 元）内")))
                .andExpect(content().string(containsString("50,000.01")));
        assertThat(stored(c.id())).isZero();
        mvc.perform(post("/cases/{id}/decision", c.id()).with(csrf()).with(TestActors.as(zz)).param("kind", "PENALTY")
                        .param("fineYuan", "50000.01").param("summary", "事实").param("deviationReason", REASON))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/{id}", c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("一般情节：10,000–50,000 元（罚款超出幅度）")))
                .andExpect(content().string(containsString(REASON)));
    }

    @Test
    @DisplayName("CASE-17 the API refuses 50,000.01 without deviationReason (422, CASE-17-REASON, nothing stored) and issues it with one")
    void api() throws Exception {
        TestActor zz = cases.zz();
        CaseRef c = caseWithRange("裁量-接口");
        mvc.perform(post("/api/v1/cases/{id}/decision", c.id()).with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PENALTY\",\"fineYuan\":50000.01,\"summary\":\"事实\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("CASE-17-REASON"));
        assertThat(stored(c.id())).isZero();
        mvc.perform(post("/api/v1/cases/{id}/decision", c.id()).with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PENALTY\",\"fineYuan\":50000.01,\"summary\":\"事实\",\"deviationReason\":\"" + REASON + "\"}"))
                .andExpect(status().isCreated());
        assertThat(caseItems.find(zz, c.id()).orElseThrow().deviationReason()).isEqualTo(REASON);
    }
}
