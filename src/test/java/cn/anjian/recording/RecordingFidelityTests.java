package cn.anjian.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.DecisionIssued;
import cn.anjian.enforcement.cases.CaseDocumentView;
import cn.anjian.enforcement.cases.CaseDocuments;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.internal.ActivityView;
import cn.anjian.recording.internal.RecordingService;
import cn.anjian.recording.internal.Requirement;
import cn.anjian.recording.internal.RequiredTextRecords;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/** Issue 9 recording fidelity through the services, pages and API: REC-02 late records and art. 8, REC-03 closure, REC-04 (三), REC-10, REC-13. */
@IntegrationTest
class RecordingFidelityTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RecordingFixtures fx;
    @Autowired RecordingService recording;
    @Autowired RequiredTextRecords required;
    @Autowired CaseService caseService;
    @Autowired CaseDocuments documents;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    Instant hoursAgo(int h) {
        return clock.instant().minus(Duration.ofHours(h)).truncatedTo(ChronoUnit.SECONDS);
    }

    long activity(CaseRef c, String kind, Instant start, Actor actor) {
        return recording.openActivity(c.id(), new RecordingService.NewActivity(kind, "现场", RecordingTests.local(start), false), actor);
    }

    Actor unitHead() {
        return users.actor("zz_unithead").orElseThrow();
    }

    long stageLog(CaseRef c) {
        return jdbc.sql("select count(*) from enf_case_stage_log where case_id = :c").param("c", c.id()).query(Long.class).single();
    }

    FlowId exemptionFlow(long activityId) {
        return new FlowId(jdbc.sql("select exemption_flow_id from rec_activity where id = :a").param("a", activityId).query(Long.class).single());
    }

    // ------------------------------------------------------------------------------ REC-03 / REC-04

    @Test
    @DisplayName("REC-03 closure refused while an activity is open, then while a mandatory-AV activity has no AV; REC-04 an art. 14(三) reason counts only once the unit head approved it; nothing changes on refusal")
    void closureWaitsForAvOrApprovedReason() {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "音像结案门槛", CaseStage.DECISION);
        fx.onSiteInspection(c, hoursAgo(6));
        long inquiry = activity(c, "INQUIRY", hoursAgo(4), fx.zz());
        long logBefore = stageLog(c);
        assertThatThrownBy(() -> caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-03-ACTIVITY-OPEN")).hasMessageContaining("询问");
        recording.endActivity(inquiry, RecordingTests.local(hoursAgo(3)), false, null, fx.zz());
        assertThatThrownBy(() -> caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-03-MISSING-AV")).hasMessageContaining("询问");
        // art. 14(三): the written reason waits for the unit head; meanwhile the case still cannot close
        recording.exempt(inquiry, "OTHER_UNSUITABLE", "被询问人为未成年人，其监护人拒绝录音录像", fx.zz());
        ActivityView pending = recording.activity(inquiry, fx.zz());
        assertThat(pending.exemptionPending()).isTrue();
        assertThat(pending.missingAv()).isTrue();
        assertThatThrownBy(() -> recording.exempt(inquiry, "PRIVACY", "又一理由", fx.zz()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-04-PENDING"));
        assertThatThrownBy(() -> caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-03-MISSING-AV"));
        assertThat(stageLog(c)).isEqualTo(logBefore);
        assertThat(fx.cases.find(c.id()).orElseThrow().stage()).isEqualTo(CaseStage.DECISION);
        assertThat(recording.caseFile(c.id()).closedAt()).isNull();
        workflows.decide(exemptionFlow(inquiry), unitHead(), Decision.APPROVE, "情况属实，同意不予音像记录");
        ActivityView approved = recording.activity(inquiry, fx.zz());
        assertThat(approved.exemptionAccepted()).isTrue();
        assertThat(approved.exemptionDecidedBy()).isEqualTo("zz_unithead");
        assertThat(approved.missingAv()).isFalse();
        caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为");
        assertThat(fx.cases.find(c.id()).orElseThrow().stage()).isEqualTo(CaseStage.CLOSURE);
    }

    @Test
    @DisplayName("REC-04 four eyes: a unit head cannot approve his own art. 14(三) reason; a rejected reason keeps the flag and may be replaced")
    void otherUnsuitableFourEyesAndRejection() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "不宜录像审批", CaseStage.INVESTIGATION);
        long own = activity(c, "SURVEY", hoursAgo(5), fx.zz());
        recording.endActivity(own, RecordingTests.local(hoursAgo(4)), false, null, fx.zz());
        recording.exempt(own, "OTHER_UNSUITABLE", "勘验现场强电磁干扰，记录仪无法工作", unitHead());
        assertThatThrownBy(() -> workflows.decide(exemptionFlow(own), unitHead(), Decision.APPROVE, "同意"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("WF-FOUR-EYES"));
        assertThat(recording.activity(own, fx.zz()).exemptionPending()).isTrue();

        long other = activity(c, "SURVEY", hoursAgo(3), fx.zz());
        recording.endActivity(other, RecordingTests.local(hoursAgo(2)), false, null, fx.zz());
        recording.exempt(other, "OTHER_UNSUITABLE", "记录仪故障", fx.zz());
        workflows.decide(exemptionFlow(other), unitHead(), Decision.REJECT, "设备故障不属于不适宜音像记录的情形，应补充照片");
        ActivityView rejected = recording.activity(other, fx.zz());
        assertThat(rejected.exemptionStatus()).isEqualTo(ExemptionStatus.REJECTED);
        assertThat(rejected.missingAv()).isTrue();
        mvc.perform(get("/recording/cases/" + c.id() + "/panel").with(TestActors.as(fx.zz())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("未获批准")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("待科室负责人批准")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("设备故障不属于不适宜音像记录的情形")));
        // replaced by an art. 14(一) reason: accepted at once through the API
        mvc.perform(post("/api/v1/activities/" + other + "/exemption").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"EXPLOSIVE_AREA\",\"note\":\"勘验地点位于瓦斯突出区域，记录仪非防爆型\"}")
                        .with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.missingAv").value(false))
                .andExpect(jsonPath("$.exemptionStatus").value("ACCEPTED"));
    }

    // ------------------------------------------------------------------------------ REC-13

    @Test
    @DisplayName("REC-13 an AV upload without saying whether the party was told is refused (400, nothing stored); 'not told' is stored and flagged on the panel")
    void partyInformed() throws Exception {
        CaseRef c = fx.bareCaseAt(CaseKind.INSPECTION, "告知当事人", CaseStage.INVESTIGATION);
        Instant t0 = hoursAgo(2);
        Map<String, Object> meta = new LinkedHashMap<>(Map.of("caseId", c.id(), "category", "AV", "kind", "VIDEO", "title", "现场录像",
                "capturedStart", RecordingTests.local(t0), "capturedEnd", RecordingTests.local(t0.plusSeconds(60)), "place", "井口",
                "officerIds", c.teamPersonIds(), "deviceKind", "BODY_RECORDER", "contentShown", List.of("SCENE")));
        StoredFile f = fx.file(RecordingFixtures.unique("informed"), "v.mp4");
        meta.put("fileId", f.id());
        mvc.perform(post("/api/v1/recordings").header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(meta))
                        .with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("REC-13-INFORMED"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("告知当事人")));
        assertThat(jdbc.sql("select count(*) from rec_record where case_id = :c").param("c", c.id()).query(Long.class).single()).isZero();
        meta.put("partyInformed", false); // a JSON boolean is accepted too
        mvc.perform(post("/api/v1/recordings").header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(meta))
                        .with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.partyInformed").value(false));
        mvc.perform(get("/recording/cases/" + c.id() + "/panel").with(TestActors.as(fx.zz())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("开启记录前未告知当事人")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("未告知当事人 <span>1</span> 条")));
    }

    // ------------------------------------------------------------------------------ REC-02

    @Test
    @DisplayName("REC-02 no dead end: a case moved to 审查决定 without its 现场检查记录 generates it late (filed for 调查取证, marked late) and closes; after archiving nothing more is generated")
    void missingInspectionRecordGeneratedLate() throws Exception {
        CaseRef c = fx.bareCaseAt(CaseKind.INSPECTION, "补制检查记录", CaseStage.DECISION);
        assertThatThrownBy(() -> caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现问题"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-02-MISSING")).hasMessageContaining("调查取证：现场检查记录");
        var view = caseService.get(fx.zz(), c.id());
        assertThat(documents.generatable(view)).contains("INSPECTION_RECORD");
        assertThat(documents.lateTypes(view)).containsExactly("INSPECTION_RECORD");
        CaseDocumentView late = documents.generate(fx.zz(), c.id(), "INSPECTION_RECORD",
                new CaseDocuments.DocumentFields("补制：现场检查未发现违法行为", null, null, null, null));
        assertThat(late.stage()).isEqualTo(CaseStage.INVESTIGATION);
        assertThat(jdbc.sql("select stage || ':' || filed_late from rec_record where document_id = :d").param("d", late.id())
                .query(String.class).single()).isEqualTo("INVESTIGATION:true");
        // the basis document uploaded late too, marked so on the panel
        fx.text(c, CaseStage.INITIATION, TextKind.BASIS_DOCUMENT, "双随机抽查结果（扫描件）");
        mvc.perform(get("/recording/cases/" + c.id() + "/panel").with(TestActors.as(fx.zz())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("补充归档")));
        fx.onSiteInspection(c, hoursAgo(5));
        caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现问题");
        caseService.transition(fx.zz(), c.id(), CaseStage.ARCHIVED, null);
        assertThatThrownBy(() -> documents.generate(fx.zz(), c.id(), "INSPECTION_RECORD",
                new CaseDocuments.DocumentFields("再补", null, null, null, null)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-DOC-STAGE"));
    }

    @Test
    @DisplayName("REC-02 no dead end: every requirement is uploadable or its generated document can still be generated at every later stage up to closure")
    void everyRequirementCanStillBeMet() {
        for (CaseKind kind : CaseKind.values()) {
            for (Requirement r : required.requirements(kind)) {
                if (r.uploadable()) {
                    continue;
                }
                for (CaseStage s = r.stage(); s != CaseStage.ARCHIVED; s = s.next()) {
                    assertThat(documents.generatable(view(kind, s))).as("%s %s at %s", kind, r.docType(), s).contains(r.docType());
                }
                assertThat(documents.generatable(view(kind, CaseStage.ARCHIVED))).isEmpty();
            }
        }
    }

    static cn.anjian.enforcement.cases.CaseView view(CaseKind kind, CaseStage stage) {
        return new cn.anjian.enforcement.cases.CaseView(1, "案号", "案件", kind, cn.anjian.enforcement.CaseSource.ANNUAL_PLAN, null, null,
                null, null, null, null, null, null, null, stage, 1, null, null, null, "/1/", null, null, null, null, null, null, 0);
    }

    @Test
    @DisplayName("REC-02 a licence case requires art. 8(一) in full: acceptance notice, application materials, expert or site material, signed review opinions; hearing records once a hearing is held; the certificate copy once granted")
    void licenceRequirements() {
        CaseRef c = fx.bareCaseAt(CaseKind.LICENCE, "许可必备记录", CaseStage.DECISION);
        List<String> labels = required.due(c.id(), CaseKind.LICENCE).stream().map(Requirement::label).toList();
        assertThat(labels).contains("行政许可申请受理通知书（或不予受理通知书、补正告知书）", "申请人提交的申请材料及证件复印件",
                "组织专家审查或现场核查的有关资料", "承办人、承办机构负责人、局负责人逐级签字的审查意见", "准予或不予行政许可决定书", "送达回执");
        assertThat(labels).doesNotContain("听证告知书、听证通知书及听证笔录", "行政许可批准文件或证书复印件");
        activity(c, "HEARING", hoursAgo(3), fx.zz());
        tx.executeWithoutResult(s -> publisher.publishEvent(new DecisionIssued(c.id(), new CaseDecision(c.id(),
                CaseDecision.DecisionKind.LICENCE_GRANT, List.of("准予延续"), null, null, null, "符合条件"), "忻应急许〔2026〕1号",
                clock.instant(), "rec_zz")));
        assertThat(required.due(c.id(), CaseKind.LICENCE).stream().map(Requirement::label))
                .contains("听证告知书、听证通知书及听证笔录", "行政许可批准文件或证书复印件");
        CaseRef atExecution = RecordingTests.at(c, CaseStage.EXECUTION);
        assertThatThrownBy(() -> required.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-02-MISSING"))
                .hasMessageContaining("程序启动：行政许可申请受理通知书").hasMessageContaining("调查取证：组织专家审查或现场核查的有关资料")
                .hasMessageContaining("审查决定：听证告知书、听证通知书及听证笔录（举行听证的）")
                .hasMessageContaining("行政许可批准文件或证书复印件（准予行政许可的）").hasMessageNotContaining("决定书（");
        fx.paper(c); // every paper record up to the decision stage
        fx.text(c, CaseStage.DECISION, TextKind.SERVICE_RECEIPT, "wrong stage"); // a receipt filed at the wrong stage does not count
        assertThatThrownBy(() -> required.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE))
                .hasMessageContaining("送达：送达回执").hasMessageNotContaining("受理通知书");
    }

    // ------------------------------------------------------------------------------ REC-10

    @Test
    @DisplayName("REC-10 AV exported as evidence is archived with the case file (art. 21): refused five years after archiving, when AV not exported may go")
    void exportedAvFollowsTheFile() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "证据随卷", CaseStage.DECISION);
        Instant t0 = hoursAgo(2);
        long a = activity(c, "INSPECTION", t0, fx.zz());
        long evidence = photo(c, a, t0.plusSeconds(60), "EV-1");
        long other = photo(c, a, t0.plusSeconds(120), "EV-2");
        recording.endActivity(a, RecordingTests.local(t0.plusSeconds(3600)), false, null, fx.zz());
        mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/export").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordIds\":[" + evidence + "],\"purpose\":\"作为证据附卷\",\"medium\":\"光盘 CD-2026-009\"}")
                        .with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk());
        caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为");
        caseService.transition(fx.zz(), c.id(), CaseStage.ARCHIVED, null);
        assertThat(recording.caseFile(c.id()).retainUntil()).isEqualTo(LocalDate.of(2031, 3, 2));
        clock.set(LocalDateTime.of(2031, 3, 2, 9, 0));
        assertThatThrownBy(() -> recording.destroy(evidence, "到期销毁", fx.zzHead()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-10-CASE-FILE")).hasMessageContaining("随卷宗归档");
        assertThat(recording.record(evidence, fx.zzHead()).destroyed()).isFalse();
        recording.destroy(other, "保存期满五年，经批准销毁", fx.zzHead());
        assertThat(recording.record(other, fx.zzHead()).destroyed()).isTrue();
        assertThat(LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI)).isEqualTo(LocalDate.of(2031, 3, 2));
    }

    long photo(CaseRef c, long activityId, Instant at, String camera) {
        cn.anjian.recording.internal.RecordInput in = cn.anjian.recording.internal.RecordInput.of(new RecordMetadata(c.id(), null,
                activityId, "AV", "PHOTO", "现场照片 " + camera, null, RecordingTests.local(at), RecordingTests.local(at), "现场",
                c.teamPersonIds(), null, "CAMERA", camera, List.of("EVIDENCE"), null, "true"));
        return recording.addRecord(in, fx.file(RecordingFixtures.unique(camera), camera + ".png"), fx.zz()).id();
    }
}
