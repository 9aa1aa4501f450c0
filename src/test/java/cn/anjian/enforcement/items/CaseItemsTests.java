package cn.anjian.enforcement.items;

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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CaseItemsTests {

    static final String LR_THRESHOLD = "legalreview.fine-threshold-organization";

    @Autowired DecisionStageCases cases;
    @Autowired CaseItems caseItems;
    @Autowired EnforcementItems items;
    @Autowired CaseDecisions decisions;
    @Autowired CaseDocuments documents;
    @Autowired JdbcClient jdbc;
    @Autowired SettingsAdministration settings;
    @Autowired SettingStore store;
    @Autowired Clock clock;

    static final TestActor PROVINCE = TestActors.actor("item-admin", 1, "/1/", "item:read", "item:manage");

    @BeforeEach
    void raiseLegalReviewThreshold() {
        // LR-02 would send a 50,000-yuan fine to legal review first; this test is about discretion alone
        SettingsTestSupport.schedule(settings, LR_THRESHOLD, "10000000", LocalDate.now(clock));
    }

    @AfterEach
    void reset() {
        SettingsTestSupport.reset(jdbc, store, LR_THRESHOLD);
    }

    long item(String code, String min, String max) {
        return items.create(PROVINCE, new EnforcementItems.Input(code, "测试事项 " + code, "PENALTY", "《中华人民共和国安全生产法》",
                "第一百零二条", "生产经营单位未采取措施消除事故隐患的，责令立即消除或者限期消除，处五万元以下的罚款。", "ALL", true,
                List.of(new EnforcementItems.BenchmarkInput("未采取措施消除事故隐患", "一般", min, max, "一般事故隐患二项以上"))));
    }

    static CaseDecision fine(String yuan, String basis) {
        return new CaseDecision(0, DecisionKind.PENALTY, List.of(), new BigDecimal(yuan), null, null, "未采取措施消除事故隐患", basis, null);
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    long decisions(long caseId) {
        return jdbc.sql("SELECT count(*) FROM enf_case_decision WHERE case_id = :c").param("c", caseId).query(Long.class).single();
    }

    @Test
    @DisplayName("CASE-17 range 10,000–50,000 at issuance: 50,000 issued without a reason; 50,000.01 refused without one (nothing stored)")
    void boundaryAtIssuance() {
        long item = item("T-BOUND-1", "10000", "50000");
        TestActor zz = cases.zz();
        CaseRef inside = cases.penaltyCase("裁量测试-上限内");
        caseItems.choose(zz, inside.id(), item, 0, null);
        assertThat(decisions.issueDecision(zz, inside.id(), fine("50000", "依据")).fineYuan()).isEqualByComparingTo("50000");
        assertThat(caseItems.find(zz, inside.id()).orElseThrow().outsideRange()).isFalse();

        CaseRef over = cases.penaltyCase("裁量测试-超出");
        caseItems.choose(zz, over.id(), item, 0, null);
        long numbers = jdbc.sql("SELECT count(*) FROM doc_number").query(Long.class).single();
        assertThatThrownBy(() -> decisions.issueDecision(zz, over.id(), fine("50000.01", "依据")))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-17-REASON")).hasMessageContaining("10,000–50,000");
        assertThat(decisions(over.id())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM doc_number").query(Long.class).single()).isEqualTo(numbers);
    }

    @Test
    @DisplayName("CASE-17 50,000.01 is accepted with a recorded reason; the choice records the fine as outside the range, audited")
    void outsideWithReason() {
        long item = item("T-BOUND-2", "10000", "50000");
        TestActor zz = cases.zz();
        CaseRef c = cases.penaltyCase("裁量测试-有理由");
        caseItems.choose(zz, c.id(), item, 0, "拒不整改且隐患涉及重大危险源，从重处罚");
        assertThat(decisions.issueDecision(zz, c.id(), fine("50000.01", "依据")).fineYuan()).isEqualByComparingTo("50000.01");
        ItemViews.CaseItemView v = caseItems.find(zz, c.id()).orElseThrow();
        assertThat(v.outsideRange()).isTrue();
        assertThat(v.appliedFineYuan()).isEqualByComparingTo("50000.01");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'enforcement.case.discretion-applied' AND subject_id = :s")
                .param("s", String.valueOf(c.id())).query(Long.class).single()).isEqualTo(1);
        // after the decision the choice is closed
        assertThatThrownBy(() -> caseItems.choose(zz, c.id(), item, 0, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-17-DECIDED"));
    }

    @Test
    @DisplayName("CASE-17 an item with benchmarks needs a circumstance before a fine; a document without typed basis carries the item's")
    void circumstanceAndBasis() throws Exception {
        long item = item("T-BASIS-1", "10000", "30000");
        TestActor zz = cases.zz();
        CaseRef c = cases.penaltyCase("裁量测试-依据");
        caseItems.choose(zz, c.id(), item, null, null);
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), fine("20000", null)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-17-CIRCUMSTANCE"));
        assertThatThrownBy(() -> caseItems.choose(zz, c.id(), item, 7, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-17-BENCHMARK"));
        caseItems.choose(zz, c.id(), item, 0, null);
        decisions.issueDecision(zz, c.id(), fine("20000", null)); // no basis typed: the item's basis fills it
        CaseDocumentView doc = documents.list(zz, c.id()).stream().filter(d -> d.docType().equals("PENALTY_DECISION")).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.copy(zz, documents.file(zz, c.id(), doc.id()), out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(d)) {
            assertThat(text.getText()).contains("《中华人民共和国安全生产法》第一百零二条").contains("未采取措施消除事故隐患");
        }
    }

    @Test
    @DisplayName("CASE-17 the catalogue is maintained only by a province-level administrator; a bad benchmark is refused, nothing stored")
    void maintenance() {
        TestActor county = TestActors.actor("item-county", 5, "/1/5/", "item:read", "item:manage");
        EnforcementItems.Input in = new EnforcementItems.Input("T-ADMIN-1", "测试", "PENALTY", "《安全生产法》", "第九十九条", "条文",
                "ALL", true, List.of());
        assertThatThrownBy(() -> items.create(county, in)).satisfies(t -> assertThat(code(t)).isEqualTo("ITEM-PROVINCE-ONLY"));
        EnforcementItems.Input bad = new EnforcementItems.Input("T-ADMIN-2", "测试", "PENALTY", "《安全生产法》", "第九十九条", "条文",
                "ALL", true, List.of(new EnforcementItems.BenchmarkInput("行为", "一般", "50000", "10000", null)));
        assertThatThrownBy(() -> items.create(PROVINCE, bad)).satisfies(t -> assertThat(code(t)).isEqualTo("ITEM-BENCHMARK"));
        assertThat(jdbc.sql("SELECT count(*) FROM enf_item WHERE code LIKE 'T-ADMIN-%'").query(Long.class).single()).isZero();
        long id = items.create(PROVINCE, in);
        assertThatThrownBy(() -> items.create(PROVINCE, in)).satisfies(t -> assertThat(code(t)).isEqualTo("ITEM-CODE"));
        items.update(PROVINCE, id, 0, new EnforcementItems.Input("T-ADMIN-1", "测试（修订）", "PENALTY", "《安全生产法》", "第九十九条",
                "条文", "PROVINCE", false, List.of()));
        assertThat(items.get(id).active()).isFalse();
        assertThatThrownBy(() -> items.update(PROVINCE, id, 0, in)).satisfies(t -> assertThat(code(t)).isEqualTo("ITEM-STALE"));
    }

    @Test
    @DisplayName("CASE-17 the reference catalogue holds the real articles of 安全生产法 with benchmarks per circumstance")
    void reference() {
        ItemViews.ItemPage page = items.list(EnforcementItems.filter("第九十七条", null, null, null, null), 0, 20);
        assertThat(page.items()).extracting(ItemViews.ItemRow::code).contains("AQ-CF-097");
        ItemViews.ItemView i97 = items.get(page.items().get(0).id());
        assertThat(i97.basisText()).contains("处十万元以下的罚款").contains("特种作业人员");
        assertThat(i97.benchmarks()).extracting(ItemViews.BenchmarkView::circumstance).contains(Circumstance.MINOR, Circumstance.GRAVE);
        assertThat(items.list(EnforcementItems.filter(null, "COERCION", null, null, null), 0, 20).items())
                .extracting(ItemViews.ItemRow::code).contains("AQ-QZ-065");
    }
}
