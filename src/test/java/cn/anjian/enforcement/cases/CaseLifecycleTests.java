package cn.anjian.enforcement.cases;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.documents.DocumentFile;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseDocumentIssued;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.DecisionIssued;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class CaseLifecycleTests {

    @Autowired CaseFixtures fx;
    @Autowired DecisionStageCases stageCases;
    @Autowired CaseService service;
    @Autowired CaseDocuments documents;
    @Autowired CaseDecisions decisions;
    @Autowired CaseTransfers transfers;
    @Autowired Executions executions;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired cn.anjian.recording.RecordingTestSupport recording;

    TestActor zz;

    @BeforeEach
    void setUp() {
        zz = fx.zz();
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A case of the kind with a valid team, advanced to {@code stage} (not beyond DECISION). */
    CaseRef caseAt(CaseKind kind, String title, CaseStage stage) {
        CaseRef c = fx.open(zz, kind, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", "文书执法员甲"), fx.certifiedOfficer("140525", "文书执法员乙")));
        CaseStage s = CaseStage.INITIATION;
        while (s != stage) {
            s = s.next();
            service.transition(zz, c.id(), s, null);
        }
        if (kind == CaseKind.PENALTY && stage == CaseStage.DECISION) {
            stageCases.notifiedAndWaived(zz, c.id()); // CASE-12: a penalty decision needs the notice
        }
        return c;
    }

    CaseDecision penalty(String summary, BigDecimal fine) {
        return new CaseDecision(0, DecisionKind.PENALTY, List.of("警告"), fine, null, "ignored", summary,
                "《中华人民共和国安全生产法》第九十七条", null);
    }

    @Test
    @DisplayName("CASE-05 a generated document is numbered per agency, year and type, stored, linked to the case and downloadable verified")
    void generate() {
        CaseRef c = caseAt(CaseKind.INSPECTION, "文书测试-现场检查", CaseStage.INVESTIGATION);
        CaseDocumentView first = documents.generate(zz, c.id(), "INSPECTION_RECORD",
                new CaseDocuments.DocumentFields("井下通风系统正常；发现 2 处隐患", null, null, null, null));
        CaseDocumentView second = documents.generate(zz, c.id(), "INSPECTION_RECORD",
                new CaseDocuments.DocumentFields("复查", null, null, null, null));
        assertThat(first.documentNumber()).matches("泽应急检记〔\\d{4}〕\\d+号");
        int n1 = Integer.parseInt(first.documentNumber().replaceAll(".*〕(\\d+)号", "$1"));
        int n2 = Integer.parseInt(second.documentNumber().replaceAll(".*〕(\\d+)号", "$1"));
        assertThat(n2).isEqualTo(n1 + 1);
        assertThat(first.stage()).isEqualTo(CaseStage.INVESTIGATION);
        assertThat(first.docTitle()).isEqualTo("现场检查记录");
        assertThat(documents.list(zz, c.id())).extracting(CaseDocumentView::id).containsExactly(first.id(), second.id());
        assertThat(events.stream(CaseDocumentIssued.class).filter(e -> e.documentId() == first.id()))
                .singleElement().satisfies(e -> assertThat(e.fileId()).isEqualTo(first.fileId()));
        DocumentFile f = documents.file(zz, c.id(), first.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.copy(zz, f, out);
        assertThat(out.toByteArray()).hasSize((int) f.size()).startsWith('P', 'K');
        // another county cannot see it
        assertThatThrownBy(() -> documents.file(fx.sc(), c.id(), first.id()))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        // refusals: decision documents and receipts are not generated here; stage; missing field; nothing numbered
        long numbers = count("SELECT count(*) FROM doc_number");
        assertThatThrownBy(() -> documents.generate(zz, c.id(), "PENALTY_DECISION", null)).hasMessageContaining("签发决定");
        assertThatThrownBy(() -> documents.generate(zz, c.id(), "SERVICE_RECEIPT", null)).hasMessageContaining("送达");
        assertThatThrownBy(() -> documents.generate(zz, c.id(), "PENALTY_NOTICE", null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-DOC-STAGE"));
        assertThatThrownBy(() -> documents.generate(zz, c.id(), "INSPECTION_RECORD", null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("DOC-MISSING-FIELDS")).hasMessageContaining("检查情况");
        assertThat(count("SELECT count(*) FROM doc_number")).isEqualTo(numbers);
    }

    @Test
    @DisplayName("CASE-05 service is proven by a 送达回执 linked to the served document; served once only")
    void serve() {
        CaseRef c = caseAt(CaseKind.INSPECTION, "文书测试-送达", CaseStage.INVESTIGATION);
        CaseDocumentView order = documents.generate(zz, c.id(), "RECTIFICATION_ORDER", new CaseDocuments.DocumentFields(
                "主要通风机未设置备用电源", "《煤矿安全规程》第一百五十八条", "立即整改", "2026年12月31日前", null));
        assertThatThrownBy(() -> documents.serve(zz, c.id(), order.id(), null, "张矿长")).hasMessageContaining("送达方式");
        assertThatThrownBy(() -> documents.serve(zz, c.id(), order.id(), ServiceMethod.DIRECT, " ")).hasMessageContaining("受送达人");
        CaseDocumentView served = documents.serve(zz, c.id(), order.id(), ServiceMethod.LEAVE, "张矿长");
        assertThat(served.servedAt()).isNotNull();
        assertThat(served.serviceMethod()).isEqualTo(ServiceMethod.LEAVE);
        CaseDocumentView receipt = documents.get(zz, c.id(), served.receiptDocumentId());
        assertThat(receipt.docType()).isEqualTo("SERVICE_RECEIPT");
        assertThat(receipt.documentNumber()).matches("泽应急送〔\\d{4}〕\\d+号");
        assertThatThrownBy(() -> documents.serve(zz, c.id(), order.id(), ServiceMethod.DIRECT, "张矿长"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-SERVED"));
        assertThatThrownBy(() -> documents.serve(zz, c.id(), receipt.id(), ServiceMethod.DIRECT, "张矿长"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-SERVE-RECEIPT"));
        // the database refuses a served document without a receipt, whoever writes
        CaseDocumentView other = documents.generate(zz, c.id(), "INSPECTION_RECORD",
                new CaseDocuments.DocumentFields("检查", null, null, null, null));
        assertThatThrownBy(() -> jdbc.sql("UPDATE enf_case_document SET served_at = now(), service_method = 'DIRECT', recipient = 'x' WHERE id = :id")
                .param("id", other.id()).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    @DisplayName("the decision is issued once, in the decision stage, with case:decide; numbered and generated; DecisionIssued published")
    void decision() {
        CaseRef early = caseAt(CaseKind.PENALTY, "决定测试-阶段", CaseStage.INVESTIGATION);
        assertThatThrownBy(() -> decisions.issueDecision(zz, early.id(), penalty("罚款", new BigDecimal("30000"))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-DECISION-STAGE"));
        CaseRef c = caseAt(CaseKind.PENALTY, "决定测试-处罚", CaseStage.DECISION);
        TestActor noDecide = fx.actor("140525", "case_nodecide", "case:read", "case:manage");
        assertThatThrownBy(() -> decisions.issueDecision(noDecide, c.id(), penalty("罚款", new BigDecimal("30000"))))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), new CaseDecision(0, DecisionKind.LICENCE_GRANT, List.of(),
                null, null, null, "准予", null, null))).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-DECISION-KIND"));
        DecisionView d = decisions.issueDecision(zz, c.id(), penalty("未按规定开展安全培训", new BigDecimal("30000.5")));
        assertThat(d.fineYuan()).isEqualByComparingTo("30000.50");
        assertThat(d.partyKind()).isEqualTo("LEGAL_PERSON");
        assertThat(d.documentNumber()).matches("泽应急罚〔\\d{4}〕\\d+号");
        assertThat(documents.list(zz, c.id())).anySatisfy(doc -> assertThat(doc.docType()).isEqualTo("PENALTY_DECISION"));
        assertThat(events.stream(DecisionIssued.class).filter(e -> e.caseId() == c.id())).singleElement()
                .satisfies(e -> assertThat(e.decision().partyKind()).isEqualTo("LEGAL_PERSON"));
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("再次", BigDecimal.ONE)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-DECISION-EXISTS"));
        // now the case may go on to service
        assertThat(service.transition(zz, c.id(), CaseStage.SERVICE, null).stage()).isEqualTo(CaseStage.SERVICE);
    }

    @Test
    @DisplayName("amounts: negative, more than 2 decimals and absurd values are refused as bad input, nothing issued")
    void amounts() {
        CaseRef c = caseAt(CaseKind.PENALTY, "决定测试-金额", CaseStage.DECISION);
        for (String bad : List.of("-1", "0.001", "100000000.01", "1E+30")) {
            assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("金额", new BigDecimal(bad))))
                    .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
        }
        assertThat(count("SELECT count(*) FROM enf_case_decision WHERE case_id = " + c.id())).isZero();
        // the upper bound passes validation and reaches the guards: legal review refuses a major fine without review (LR-01)
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("上限", new BigDecimal("100000000"))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-01"));
        assertThat(decisions.issueDecision(zz, c.id(), penalty("一般", new BigDecimal("49999.99"))).fineYuan())
                .isEqualByComparingTo("49999.99");
    }

    @Test
    @DisplayName("the legal-review hook: a refusing DecisionIssuanceGuard bean stops the decision before anything is written")
    void guardRefuses() {
        CaseRef c = caseAt(CaseKind.PENALTY, "决定测试-守卫", CaseStage.DECISION);
        long numbers = count("SELECT count(*) FROM doc_number");
        long docs = count("SELECT count(*) FROM enf_case_document");
        assertThatThrownBy(() -> decisions.issueDecision(zz, c.id(), penalty("重大处罚" + TestGuards.REFUSE_DECISION,
                new BigDecimal("80000")))).satisfies(t -> assertThat(code(t)).isEqualTo("LR-01"));
        assertThat(count("SELECT count(*) FROM enf_case_decision WHERE case_id = " + c.id())).isZero();
        assertThat(count("SELECT count(*) FROM doc_number")).isEqualTo(numbers);
        assertThat(count("SELECT count(*) FROM enf_case_document")).isEqualTo(docs);
        assertThat(events.stream(DecisionIssued.class).filter(e -> e.caseId() == c.id())).isEmpty();
    }

    @Test
    @DisplayName("CASE-03 a full penalty case: inspection record, notice, decision, service with receipt, execution, closure, archive")
    void fullPath() {
        CaseRef c = caseAt(CaseKind.PENALTY, "全流程测试", CaseStage.INVESTIGATION);
        // the records REC-02 requires of a penalty case before closure (recording's stage guard)
        documents.generate(zz, c.id(), "INSPECTION_RECORD", new CaseDocuments.DocumentFields("现场检查", null, null, null, null));
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        stageCases.notifiedAndWaived(zz, c.id()); // CASE-12: the 行政处罚告知书 through the procedure
        DecisionView d = decisions.issueDecision(zz, c.id(), penalty("全流程", new BigDecimal("20000")));
        service.transition(zz, c.id(), CaseStage.SERVICE, null);
        documents.serve(zz, c.id(), d.documentId(), ServiceMethod.DIRECT, "李经理");
        service.transition(zz, c.id(), CaseStage.EXECUTION, null);
        // CASE-15: the fine is paid before the case may close
        executions.pay(zz, c.id(), new BigDecimal("20000"), LocalDate.now(), "缴款书 0001");
        // REC-02 (recording's stage guard): the paper records of art. 8 — the basis document, the internal approval form
        recording.closable(c);
        for (CaseStage s : List.of(CaseStage.CLOSURE, CaseStage.ARCHIVED)) {
            service.transition(zz, c.id(), s, null);
        }
        assertThat(service.get(zz, c.id()).stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(service.timeline(c.id())).extracting(TimelineEntry::what)
                .anySatisfy(w -> assertThat(w).startsWith("签发处理决定：泽应急罚"))
                .anySatisfy(w -> assertThat(w).startsWith("送达文书：行政处罚决定书"));
    }

    @Test
    @DisplayName("CASE-09 a suspected crime is transferred after unit head and director approve; number and timeline recorded")
    void transfer() {
        Actor unitHead = users.actor("zz_unithead").orElseThrow();
        Actor director = users.actor("zz_director").orElseThrow();
        CaseRef c = caseAt(CaseKind.PENALTY, "移送测试-涉嫌犯罪", CaseStage.INVESTIGATION);
        assertThatThrownBy(() -> transfers.request(zz, c.id(), "泽州县公安局", LocalDate.now().plusDays(60), "涉嫌重大责任事故罪"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-TRANSFER-DATE"));
        assertThatThrownBy(() -> transfers.request(zz, c.id(), " ", LocalDate.now(), "理由")).hasMessageContaining("司法机关");
        TransferView t = transfers.request(zz, c.id(), "泽州县公安局", LocalDate.now(), "涉嫌重大责任事故罪，造成 1 人死亡");
        assertThat(t.status()).isEqualTo("PENDING");
        assertThatThrownBy(() -> transfers.request(zz, c.id(), "泽州县公安局", LocalDate.now(), "重复"))
                .satisfies(x -> assertThat(code(x)).isEqualTo("CASE-TRANSFER-EXISTS"));
        FlowId flow = new FlowId(t.flowId());
        workflows.decide(flow, unitHead, Decision.APPROVE, "同意移送");
        assertThat(transfers.list(unitHead, c.id()).get(0).status()).isEqualTo("PENDING");
        workflows.decide(flow, director, Decision.APPROVE, "同意移送泽州县公安局");
        TransferView done = transfers.list(unitHead, c.id()).get(0);
        assertThat(done.status()).isEqualTo("APPROVED");
        assertThat(done.transferNumber()).matches("泽应急移〔\\d{4}〕\\d+号");
        assertThat(done.decidedBy()).isEqualTo("zz_director");
        assertThat(service.timeline(c.id())).anySatisfy(e -> assertThat(e.what()).contains("移送司法机关已批准"));
    }

    @Test
    @DisplayName("CASE-09 four eyes: a unit head who requests a transfer cannot review it himself; it stays pending")
    void transferFourEyes() {
        Actor unitHead = users.actor("zz_unithead").orElseThrow();
        CaseRef c = caseAt(CaseKind.PENALTY, "移送测试-本人审核", CaseStage.INVESTIGATION);
        TransferView t = transfers.request(unitHead, c.id(), "泽州县公安局", LocalDate.now(), "涉嫌非法采矿罪");
        assertThatThrownBy(() -> workflows.decide(new FlowId(t.flowId()), unitHead, Decision.APPROVE, "同意移送"))
                .satisfies(x -> assertThat(code(x)).isEqualTo("WF-FOUR-EYES"));
        assertThat(transfers.list(unitHead, c.id()).get(0).status()).isEqualTo("PENDING");
    }
}
