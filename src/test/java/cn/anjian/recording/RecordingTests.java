package cn.anjian.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.internal.OverdueScan;
import cn.anjian.enforcement.CaseDocumentIssued;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageGuard;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.files.StoredFile;
import cn.anjian.files.internal.LocalBlobStore;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.internal.RecordingService;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@RecordApplicationEvents
class RecordingTests {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RecordingFixtures fx;
    @Autowired RecordingService recording;
    @Autowired CaseService caseService;
    @Autowired Deadlines deadlines;
    @Autowired OverdueScan overdueScan;
    @Autowired List<CaseStageGuard> guards;
    @Autowired cn.anjian.recording.internal.RequiredTextRecords requiredTextRecords;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired LocalBlobStore blobs;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String local(Instant i) {
        return LOCAL.format(i.atZone(Zones.SHANGHAI));
    }

    Map<String, Object> avMeta(CaseRef c, Long activityId, String kind, Instant start, Instant end, String place, String deviceId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", c.id());
        m.put("activityId", activityId);
        m.put("category", "AV");
        m.put("kind", kind);
        m.put("title", "现场" + kind + " " + local(start));
        m.put("capturedStart", local(start));
        m.put("capturedEnd", local(end));
        m.put("place", place);
        m.put("officerIds", c.teamPersonIds());
        m.put("parties", "矿长王某");
        m.put("deviceKind", "BODY_RECORDER");
        m.put("deviceId", deviceId);
        m.put("contentShown", List.of("SCENE", "EVIDENCE"));
        m.put("partyInformed", "true");
        return m;
    }

    MockHttpServletResponse upload(TestActor actor, String key, Map<String, Object> meta, byte[] bytes, String name) throws Exception {
        var req = multipart("/api/v1/recordings")
                .file(new MockMultipartFile("metadata", "", "application/json", json.writeValueAsBytes(meta)))
                .file(new MockMultipartFile("file", name, "video/mp4", bytes))
                .with(csrf()).with(TestActors.as(actor));
        if (key != null) {
            req.header("Idempotency-Key", key);
        }
        return mvc.perform(req).andReturn().getResponse();
    }

    long uploadOk(TestActor actor, Map<String, Object> meta, byte[] bytes) throws Exception {
        MockHttpServletResponse r = upload(actor, UUID.randomUUID().toString(), meta, bytes, "seg.mp4");
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return ((Number) JsonPath.read(r.getContentAsString(StandardCharsets.UTF_8), "$.id")).longValue();
    }

    long activity(CaseRef c, String kind, String place, Instant start) {
        return recording.openActivity(c.id(), new RecordingService.NewActivity(kind, place, local(start), false), fx.zz());
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    Long gapOf(long recordId) {
        return jdbc.sql("select gap_seconds from rec_record where id = :id").param("id", recordId).query(Long.class).optional().orElse(null);
    }

    // ------------------------------------------------------------------------------ REC-06

    @Test
    @DisplayName("REC-06 segments of one session: a 5 s gap passes, a 6 s gap is flagged and shown; another device is another session")
    void continuity() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "连续性检查", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long a = activity(c, "INSPECTION", "3号井口", t0);
        long s1 = uploadOk(fx.zz(), avMeta(c, a, "VIDEO", t0, t0.plusSeconds(600), "3号井口", "DSJ-01"), RecordingFixtures.unique("s1"));
        long s2 = uploadOk(fx.zz(), avMeta(c, a, "VIDEO", t0.plusSeconds(605), t0.plusSeconds(900), "3号井口", "DSJ-01"), RecordingFixtures.unique("s2"));
        long s3 = uploadOk(fx.zz(), avMeta(c, a, "VIDEO", t0.plusSeconds(906), t0.plusSeconds(1200), "3号井口", "DSJ-01"), RecordingFixtures.unique("s3"));
        long other = uploadOk(fx.zz(), avMeta(c, a, "VIDEO", t0.plusSeconds(1500), t0.plusSeconds(1600), "3号井口", "DSJ-02"), RecordingFixtures.unique("o"));
        assertThat(gapOf(s1)).isNull();
        assertThat(gapOf(s2)).as("5 s gap is within tolerance").isNull();
        assertThat(gapOf(s3)).as("6 s gap is flagged").isEqualTo(6L);
        assertThat(gapOf(other)).isNull();
        mvc.perform(get("/recording/cases/" + c.id() + "/panel").with(TestActors.as(fx.zz())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("与前一段间隔 6 秒（超过 5 秒）")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("录像中断")));
        mvc.perform(get("/recordings").param("gaps", "true").with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("中断 6 秒")));
    }

    @Test
    @DisplayName("REC-06 a record whose capture started after its activity ended is refused as after-the-fact (补录)")
    void afterTheFact() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "补录检查", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long a = activity(c, "INQUIRY", "会议室", t0);
        recording.endActivity(a, local(t0.plusSeconds(1800)), false, null, fx.zz());
        long before = jdbc.sql("select count(*) from rec_record where case_id = :c").param("c", c.id()).query(Long.class).single();
        MockHttpServletResponse r = upload(fx.zz(), UUID.randomUUID().toString(),
                avMeta(c, a, "AUDIO", t0.plusSeconds(1801), t0.plusSeconds(2000), "会议室", "DSJ-09"), RecordingFixtures.unique("late"), "late.wav");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("REC-06-AFTER-THE-FACT").contains("补录");
        assertThat(jdbc.sql("select count(*) from rec_record where case_id = :c").param("c", c.id()).query(Long.class).single()).isEqualTo(before);
        // the key of a refused request is released: the client may retry with corrected content
        assertThat(jdbc.sql("select count(*) from kernel_idempotency where state = 'IN_FLIGHT'").query(Long.class).single()).isZero();
    }

    // ------------------------------------------------------------------------------ REC-03 / REC-04 / REC-07

    @Test
    @DisplayName("REC-03 a mandatory-AV step that ended without AV is flagged on the panel and the list; REC-04 only an art. 14 reason clears it")
    void missingAvFlag() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.COERCIVE, "查封缺少音像", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(2));
        long a = activity(c, "SEALING_SEIZURE", "原煤仓库", t0);
        recording.endActivity(a, local(t0.plusSeconds(3600)), false, null, fx.zz());
        assertThat(recording.activity(a, fx.zz()).missingAv()).isTrue();
        mvc.perform(get("/recording/cases/" + c.id() + "/panel").with(TestActors.as(fx.zz())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("缺少音像记录")));
        mvc.perform(get("/recordings").param("view", "activities").param("flagged", "true").with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(c.caseNumber())));
        // any other reason is refused, nothing changes
        mvc.perform(post("/api/v1/activities/" + a + "/exemption").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"DEVICE_BROKEN\",\"note\":\"记录仪没电\"}").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("REC-04-REASON"));
        assertThat(recording.activity(a, fx.zz()).missingAv()).isTrue();
        mvc.perform(post("/api/v1/activities/" + a + "/exemption").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"EXPLOSIVE_AREA\",\"note\":\"井下瓦斯区域，记录仪非防爆型\"}").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.missingAv").value(false));
        DeadlineView d = deadlines.listFor(RecordingService.UPLOAD_SUBJECT, String.valueOf(a)).get(0);
        assertThat(d.state()).isEqualTo(DeadlineState.WAIVED);
        // REC-03 (art. 10 names service, 送达): direct service requires AV too and is flagged without it
        long served = activity(c, "SERVICE", "企业办公室", t0);
        recording.endActivity(served, local(t0.plusSeconds(600)), false, null, fx.zz());
        assertThat(recording.activity(served, fx.zz()).avRequired()).isTrue();
        assertThat(recording.activity(served, fx.zz()).missingAv()).isTrue();
        // a step that does not require AV is never flagged
        long plain = activity(c, "OTHER", "企业办公室", t0);
        recording.endActivity(plain, local(t0.plusSeconds(600)), false, null, fx.zz());
        assertThat(recording.activity(plain, fx.zz()).missingAv()).isFalse();
    }

    @Test
    @DisplayName("REC-07 the upload deadline is the end of the Beijing day the activity ended, met when its AV record is uploaded; overdue shows on the list")
    void uploadSameDay() throws Exception {
        clock.set(LocalDateTime.of(2026, 5, 9, 16, 0)); // a Saturday: still the same day
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "当天移交", CaseStage.INVESTIGATION);
        Instant start = LocalDateTime.of(2026, 5, 9, 9, 0).atZone(Zones.SHANGHAI).toInstant();
        long a = activity(c, "INSPECTION", "主斜井", start);
        recording.endActivity(a, local(start.plusSeconds(7200)), false, null, fx.zz());
        DeadlineView d = deadlines.listFor(RecordingService.UPLOAD_SUBJECT, String.valueOf(a)).get(0);
        assertThat(d.ruleId()).isEqualTo("REC-07");
        assertThat(d.dueAt()).isEqualTo(LocalDate.of(2026, 5, 10).atStartOfDay(Zones.SHANGHAI).toInstant());
        assertThat(d.title()).contains(c.caseNumber());
        // the next morning it is overdue and flagged
        clock.set(LocalDateTime.of(2026, 5, 10, 8, 0));
        overdueScan.scan();
        mvc.perform(get("/recordings").param("view", "activities").param("overdue", "true").with(TestActors.as(fx.zz())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("移交逾期")));
        uploadOk(fx.zz(), avMeta(c, a, "VIDEO", start, start.plusSeconds(7000), "主斜井", "DSJ-03"), RecordingFixtures.unique("late ok"));
        DeadlineView met = deadlines.find(d.id()).orElseThrow();
        assertThat(met.state()).isEqualTo(DeadlineState.MET);
        assertThat(met.wasOverdue()).isTrue();
        assertThat(recording.activity(a, fx.zz()).uploadOverdue()).isFalse();
    }

    @Test
    @DisplayName("REC-07 remote or continuous work: due 24 hours after the return to the office")
    void uploadRemote() {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "异地移交", CaseStage.INVESTIGATION);
        Instant start = clock.instant().minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long a = activity(c, "SURVEY", "边远矿区", start);
        Instant back = start.plus(Duration.ofDays(2));
        assertThatThrownBy(() -> recording.endActivity(a, local(start.plusSeconds(3600)), true, null, fx.zz()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-07-RETURN"));
        recording.endActivity(a, local(start.plusSeconds(3600)), true, local(back), fx.zz());
        DeadlineView d = deadlines.listFor(RecordingService.UPLOAD_SUBJECT, String.valueOf(a)).get(0);
        assertThat(d.dueAt()).isEqualTo(back.plus(Duration.ofHours(24)));
    }

    // ------------------------------------------------------------------------------ REC-02

    @Test
    @DisplayName("REC-02 a case with a missing required record cannot close: the guard lists the missing records in Chinese; filed documents satisfy it")
    void missingRequiredRecordBlocksClosure() {
        CaseRef c = fx.bareCaseAt(CaseKind.PENALTY, "必备记录处罚", CaseStage.DECISION);
        assertThat(guards).contains(requiredTextRecords);
        CaseStageGuard guard = requiredTextRecords;
        CaseRef atExecution = at(c, CaseStage.EXECUTION);
        assertThatThrownBy(() -> guard.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-02-MISSING"))
                .hasMessageContaining("不能结案").hasMessageContaining("调查取证：调查取证文书（现场检查记录或询问笔录）（第八条（二）4）")
                .hasMessageContaining("审查决定：行政处罚告知书").hasMessageContaining("审查决定：行政处罚（或不予处罚）决定书")
                .hasMessageContaining("送达：送达回执");
        // generated documents arrive as CaseDocumentIssued and are filed as text records in the same transaction
        issue(c, 9_100_001L, CaseStage.INVESTIGATION, "INSPECTION_RECORD", "现场检查记录");
        issue(c, 9_100_002L, CaseStage.DECISION, "PENALTY_DECISION", "行政处罚决定书");
        issue(c, 9_100_004L, CaseStage.DECISION, "PENALTY_NOTICE", "行政处罚告知书");
        assertThatThrownBy(() -> guard.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE))
                .hasMessageContaining("送达回执").hasMessageNotContaining("决定书").hasMessageNotContaining("告知书");
        issue(c, 9_100_003L, CaseStage.SERVICE, "SERVICE_RECEIPT", "送达回执");
        // art. 8(二)1–3 and 4: the basis document and the internal approval form are required too (paper, uploaded)
        assertThatThrownBy(() -> guard.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE))
                .hasMessageContaining("程序启动：执法依据文件").hasMessageContaining("审查决定：内部程序审批表")
                .hasMessageNotContaining("送达回执");
        fx.text(c, CaseStage.INITIATION, TextKind.BASIS_DOCUMENT, "关于开展煤矿安全生产专项整治的通知（扫描件）");
        fx.text(c, CaseStage.DECISION, TextKind.INTERNAL_APPROVAL, "行政处罚审批表");
        guard.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE);
        // the same document twice is filed once
        issue(c, 9_100_003L, CaseStage.SERVICE, "SERVICE_RECEIPT", "送达回执");
        assertThat(jdbc.sql("select count(*) from rec_record where case_id = :c and category = 'TEXT' and document_id is not null")
                .param("c", c.id()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    @DisplayName("REC-02 inspection (art. 8(二)4): closure refused without the generated 现场检查记录, an uploaded scan of another kind does not stand in; with it the case closes")
    void inspectionRecordRequired() throws Exception {
        CaseRef c = fx.bareCaseAt(CaseKind.INSPECTION, "必备记录检查", CaseStage.DECISION);
        assertThatThrownBy(() -> caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-02-MISSING")).hasMessageContaining("调查取证：现场检查记录");
        assertThat(fx.cases.find(c.id()).orElseThrow().stage()).isEqualTo(CaseStage.DECISION);
        uploadOk(fx.zz(), textMeta(c, CaseStage.INVESTIGATION, "INVESTIGATION_DOCUMENT", "询问笔录（扫描件）"), RecordingFixtures.unique("scan"));
        assertThatThrownBy(() -> caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为"))
                .hasMessageContaining("现场检查记录");
        issue(c, 9_200_001L, CaseStage.INVESTIGATION, "INSPECTION_RECORD", "现场检查记录");
        assertThatThrownBy(() -> caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-02-MISSING")).hasMessageContaining("程序启动：执法依据文件")
                .hasMessageNotContaining("现场检查记录（");
        fx.text(c, CaseStage.INITIATION, TextKind.BASIS_DOCUMENT, "泽州县2026年第二季度双随机抽查结果（扫描件）");
        // REC-03: the text records are complete, but the on-site inspection itself was never recorded
        assertThatThrownBy(() -> caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-03-NO-INSPECTION"));
        fx.onSiteInspection(c, clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为");
        assertThat(fx.cases.find(c.id()).orElseThrow().stage()).isEqualTo(CaseStage.CLOSURE);
    }

    @Test
    @DisplayName("REC-02 penalty investigation: any investigation text record of the stage meets it, an uploaded 询问笔录 included; the notice must be the generated 行政处罚告知书")
    void penaltyInvestigationRecord() throws Exception {
        CaseRef c = fx.bareCaseAt(CaseKind.PENALTY, "必备笔录处罚", CaseStage.DECISION);
        CaseRef atExecution = at(c, CaseStage.EXECUTION);
        fx.paper(c, CaseStage.INITIATION); // the basis document
        fx.paper(c, CaseStage.DECISION);   // the internal approval form (the notice must be generated)
        issue(c, 9_300_002L, CaseStage.DECISION, "PENALTY_DECISION", "行政处罚决定书");
        issue(c, 9_300_003L, CaseStage.SERVICE, "SERVICE_RECEIPT", "送达回执");
        // an investigation document uploaded at the decision stage is neither the investigation record nor the notice
        uploadOk(fx.zz(), textMeta(c, CaseStage.DECISION, "INVESTIGATION_DOCUMENT", "告知书（扫描件）"), RecordingFixtures.unique("notice scan"));
        assertThatThrownBy(() -> requiredTextRecords.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE))
                .hasMessageContaining("调查取证文书").hasMessageContaining("行政处罚告知书");
        uploadOk(fx.zz(), textMeta(c, CaseStage.INVESTIGATION, "INVESTIGATION_DOCUMENT", "询问笔录"), RecordingFixtures.unique("inquiry"));
        assertThatThrownBy(() -> requiredTextRecords.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE))
                .hasMessageNotContaining("调查取证文书").hasMessageContaining("行政处罚告知书");
        issue(c, 9_300_004L, CaseStage.DECISION, "PENALTY_NOTICE", "行政处罚告知书");
        requiredTextRecords.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE);
    }

    @Test
    @DisplayName("REC-02 coercive and licence cases: closure refused without the service receipt of the served decision, allowed with it")
    void serviceReceiptRequired() {
        for (CaseKind kind : List.of(CaseKind.COERCIVE, CaseKind.LICENCE)) {
            CaseRef c = fx.bareCaseAt(kind, "必备回执" + kind.name(), CaseStage.DECISION);
            CaseRef atExecution = at(c, CaseStage.EXECUTION);
            fx.paper(c); // basis or acceptance notice, investigation or site verification material, internal approval
            issue(c, 9_400_002L, CaseStage.DECISION, kind == CaseKind.COERCIVE ? "COERCIVE_DECISION" : "LICENCE_DECISION", "决定书");
            assertThatThrownBy(() -> requiredTextRecords.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE))
                    .as(kind.name()).satisfies(t -> assertThat(code(t)).isEqualTo("REC-02-MISSING"))
                    .hasMessageContaining("送达：送达回执").hasMessageNotContaining("决定书");
            issue(c, 9_400_003L, CaseStage.SERVICE, "SERVICE_RECEIPT", "送达回执");
            requiredTextRecords.beforeTransition(atExecution, CaseStage.EXECUTION, CaseStage.CLOSURE);
        }
    }

    static CaseRef at(CaseRef c, CaseStage stage) {
        return new CaseRef(c.id(), c.caseNumber(), c.title(), c.kind(), stage, c.agencyId(),
                c.scopePath(), c.enterpriseId(), c.partyName(), c.teamPersonIds(), c.openedAt(), c.closedAt());
    }

    Map<String, Object> textMeta(CaseRef c, CaseStage stage, String kind, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", c.id());
        m.put("stage", stage.name());
        m.put("category", "TEXT");
        m.put("kind", kind);
        m.put("title", title);
        return m;
    }

    void issue(CaseRef c, long documentId, CaseStage stage, String docType, String title) {
        StoredFile f = fx.file(RecordingFixtures.unique(title), title + ".docx");
        tx.executeWithoutResult(s -> publisher.publishEvent(new CaseDocumentIssued(c.id(), documentId + c.id() * 10, stage, docType, title,
                "泽应急〔2026〕" + documentId % 1000 + "号", f.id(), clock.instant(), "rec_zz")));
    }

    // ------------------------------------------------------------------------------ REC-08 / REC-10

    @Test
    @DisplayName("REC-08 closure opens the 30-working-day archive deadline, overdue is listed, archiving meets it; REC-10 retention runs five years from that day")
    void archiveAndRetention() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "归档期限", CaseStage.DECISION);
        Instant t0 = clock.instant().minus(Duration.ofHours(1));
        long a = activity(c, "INSPECTION", "工作面", t0);
        long rec = uploadOk(fx.zz(), avMeta(c, a, "PHOTO", t0, t0, "工作面", "CAM-1"), RecordingFixtures.unique("photo"));
        recording.endActivity(a, local(t0.plusSeconds(1800)), false, null, fx.zz());
        long inspectionRecord = jdbc.sql("select id from rec_record where case_id = :c and doc_type = 'INSPECTION_RECORD'")
                .param("c", c.id()).query(Long.class).single();
        // nothing is destroyed before archiving
        assertThatThrownBy(() -> recording.destroy(rec, "到期销毁", fx.zzHead()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-10-RETENTION")).hasMessageContaining("尚未归档");
        caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为");
        DeadlineView d = deadlines.listFor(RecordingService.ARCHIVE_SUBJECT, String.valueOf(c.id())).get(0);
        assertThat(d.ruleId()).isEqualTo("REC-08");
        assertThat(d.period().label()).isEqualTo("30个工作日");
        // 2026-03-02 (Monday) + 30 working days = 2026-04-14 (Qingming 04-04..06 are rest days)
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
        // the day after the due date the case file is overdue and listed
        clock.set(LocalDateTime.of(2026, 4, 15, 10, 0));
        overdueScan.scan();
        mvc.perform(get("/recordings").with(TestActors.as(fx.zz())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("案卷归档逾期")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(c.caseNumber())));
        clock.set(LocalDateTime.of(2026, 4, 20, 10, 0));
        caseService.transition(fx.zz(), c.id(), CaseStage.ARCHIVED, null);
        DeadlineView met = deadlines.find(d.id()).orElseThrow();
        assertThat(met.state()).isEqualTo(DeadlineState.MET);
        assertThat(met.wasOverdue()).isTrue();
        assertThat(recording.caseFile(c.id()).retainUntil()).isEqualTo(LocalDate.of(2031, 4, 20));
        clock.set(LocalDateTime.of(2031, 4, 19, 23, 0));
        assertThatThrownBy(() -> recording.destroy(rec, "到期销毁", fx.zzHead()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-10-RETENTION")).hasMessageContaining("2031-04-20");
        clock.set(LocalDateTime.of(2031, 4, 20, 9, 0));
        // REC-10: the 现场检查记录 was archived with the case file: it follows the file's long-term retention
        assertThatThrownBy(() -> recording.destroy(inspectionRecord, "到期销毁", fx.zzHead()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("REC-10-CASE-FILE")).hasMessageContaining("长期");
        // AV not archived with the file: five years from archiving, to the day
        recording.destroy(rec, "保存期满，经局务会批准销毁", fx.zzHead());
        assertThat(recording.record(rec, fx.zzHead()).destroyed()).isTrue();
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("recording.record.destroyed"))
                .anyMatch(e -> e.subjectId().equals(String.valueOf(rec)))).isTrue();
        mvc.perform(get("/api/v1/recordings/" + rec + "/content").with(TestActors.as(fx.zzHead())))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("REC-10-DESTROYED"));
    }

    @Test
    @DisplayName("REC-08 for an inspection case the 30 working days run from the end of the inspection (art. 19), if before the closure")
    void archiveFromInspectionEnd() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "检查结束起算", CaseStage.DECISION);
        Instant start = LocalDateTime.of(2026, 2, 26, 9, 0).atZone(Zones.SHANGHAI).toInstant();
        long a = activity(c, "INSPECTION", "边坡", start);
        uploadOk(fx.zz(), avMeta(c, a, "PHOTO", start.plusSeconds(60), start.plusSeconds(60), "边坡", "CAM-3"), RecordingFixtures.unique("slope"));
        recording.endActivity(a, local(start.plusSeconds(3600)), false, null, fx.zz());
        caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为");
        DeadlineView d = deadlines.listFor(RecordingService.ARCHIVE_SUBJECT, String.valueOf(c.id())).get(0);
        assertThat(d.startAt()).isEqualTo(start.plusSeconds(3600));
    }

    @Test
    @DisplayName("REC-10 a long-term flag (party obstructed officers) keeps records beyond five years; unknown reasons are refused")
    void longTerm() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "长期保存", CaseStage.DECISION);
        Instant t0 = clock.instant().minus(Duration.ofHours(1));
        long a = activity(c, "INSPECTION", "工作面", t0);
        long rec = uploadOk(fx.zz(), avMeta(c, a, "PHOTO", t0, t0, "工作面", "CAM-2"), RecordingFixtures.unique("photo lt"));
        recording.endActivity(a, local(t0.plusSeconds(1800)), false, null, fx.zz());
        assertThatThrownBy(() -> recording.flagLongTerm(c.id(), "BAD", null, fx.zzHead())).isInstanceOf(BusinessException.class);
        recording.flagLongTerm(c.id(), "PARTY_OBSTRUCTED", "当事人阻挠检查", fx.zzHead());
        caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为");
        caseService.transition(fx.zz(), c.id(), CaseStage.ARCHIVED, null);
        clock.set(LocalDateTime.of(2040, 1, 1, 9, 0));
        assertThatThrownBy(() -> recording.destroy(rec, "到期销毁", fx.zzHead())).hasMessageContaining("长期保存");
    }

    @Test
    @DisplayName("REC-08 a closure whose 30 working days reach a year without holiday data is not refused: the calendar keeps the deadline pending")
    void archiveDeadlinePending() {
        clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "跨年归档", CaseStage.DECISION);
        fx.onSiteInspection(c, clock.instant().minus(Duration.ofHours(3)));
        caseService.transition(fx.zz(), c.id(), CaseStage.CLOSURE, "检查未发现违法行为");
        assertThat(deadlines.listFor(RecordingService.ARCHIVE_SUBJECT, String.valueOf(c.id()))).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(cn.anjian.calendar.DeadlineState.PENDING));
        assertThat(recording.caseFile(c.id()).closedAt()).isNotNull();
    }

    // ------------------------------------------------------------------------------ REC-11

    @Test
    @DisplayName("REC-11 / issue 12 defect 8: evidence export streams a zip with the originals, manifest.csv/json (SHA-256, SM3, officers' names in full) and 说明.txt; recorded and audited")
    void export() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "证据导出", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long a = activity(c, "INSPECTION", "采区", t0);
        byte[] v1 = RecordingFixtures.unique("video one");
        byte[] v2 = RecordingFixtures.unique("photo two");
        long r1 = uploadOk(fx.zz(), avMeta(c, a, "VIDEO", t0, t0.plusSeconds(60), "采区", "DSJ-7"), v1);
        long r2 = uploadOk(fx.zz(), avMeta(c, a, "PHOTO", t0.plusSeconds(61), t0.plusSeconds(61), "采区", "CAM-7"), v2);
        MockHttpServletResponse res = mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/export").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordIds\":[" + r1 + "," + r2 + "],\"purpose\":\"作为行政处罚证据\",\"medium\":\"光盘 CD-2026-001\"}")
                        .with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(res.getContentType()).isEqualTo("application/zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(res.getContentAsByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).contains("manifest.csv", "manifest.json", "说明.txt");
        List<byte[]> originals = entries.entrySet().stream().filter(e -> e.getKey().startsWith("files/")).map(Map.Entry::getValue).toList();
        assertThat(originals).hasSize(2);
        assertThat(originals.get(0)).isEqualTo(v1);
        assertThat(originals.get(1)).isEqualTo(v2);
        String sha = sha256(v1);
        String csv = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(sha).contains("执法记录仪 DSJ-7").contains("SM3")
                .contains("证据导出甲"); // officers' names in full for the police (issue 12 defect 8)
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)).contains("\"sm3\"").contains(sha);
        String note = new String(entries.get("说明.txt"), StandardCharsets.UTF_8);
        assertThat(note).contains("导出人：rec_zz").contains("作为行政处罚证据").contains("光盘 CD-2026-001").contains(c.caseNumber());
        assertThat(jdbc.sql("select count(*) from rec_export where case_id = :c").param("c", c.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(AuditableEvent.class).anyMatch(e -> e.action().equals("recording.evidence.exported"))).isTrue();
        // refusals: missing purpose, a text record, an unknown id
        mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/export").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordIds\":[" + r1 + "],\"medium\":\"光盘\"}").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/export").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordIds\":[99999999],\"purpose\":\"x\",\"medium\":\"光盘\"}").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("REC-11 a corrupt original aborts the export with a clear error and no export is recorded")
    void exportCorrupt() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "损坏导出", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long a = activity(c, "INSPECTION", "采区", t0);
        byte[] bytes = new byte[200_000];
        new java.util.Random().nextBytes(bytes);
        long r1 = uploadOk(fx.zz(), avMeta(c, a, "VIDEO", t0, t0.plusSeconds(60), "采区", "DSJ-8"), bytes);
        String sha = sha256(bytes);
        var p = blobs.path(sha);
        p.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.seek(100_000);
            int b = f.read();
            f.seek(100_000);
            f.write(b ^ 1);
        }
        mvc.perform(post("/api/v1/cases/" + c.id() + "/recordings/export").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordIds\":[" + r1 + "],\"purpose\":\"证据\",\"medium\":\"移动硬盘\"}").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("REC-11-CORRUPT"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("完整性校验未通过")));
        assertThat(jdbc.sql("select count(*) from rec_export where case_id = :c").param("c", c.id()).query(Long.class).single()).isZero();
    }

    static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    // ------------------------------------------------------------------------------ REC-12

    @Test
    @DisplayName("REC-12 a privacy record is hidden from lists and answers 404 to actors without the clearance; cleared actors see it")
    void classification() throws Exception {
        CaseRef c = fx.bareCaseAt(CaseKind.INSPECTION, "隐私记录", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, Object> meta = avMeta(c, null, "PHOTO", t0, t0, "职工宿舍", "CAM-9");
        meta.put("classification", "PRIVACY");
        // an uncleared uploader cannot file a classified record
        assertThat(upload(fx.zz(), UUID.randomUUID().toString(), meta, RecordingFixtures.unique("p0"), "p.jpg").getStatus()).isEqualTo(403);
        long id = uploadOk(fx.zzHead(), meta, RecordingFixtures.unique("privacy"));
        mvc.perform(get("/api/v1/recordings/" + id).with(TestActors.as(fx.zz()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/recordings/" + id + "/content").with(TestActors.as(fx.zz()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + c.id() + "/recordings").with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/recordings/" + id).with(TestActors.as(fx.zzHead())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.classification").value("PRIVACY"));
        mvc.perform(get("/api/v1/cases/" + c.id() + "/recordings").with(TestActors.as(fx.zzHead())))
                .andExpect(jsonPath("$.length()").value(1));
        // the state-secret clearance is not the privacy clearance
        TestActor stateOnly = fx.actor("140525", "rec_state", "record:read", "record:clearance-state-secret", "case:read");
        mvc.perform(get("/api/v1/recordings/" + id).with(TestActors.as(stateOnly))).andExpect(status().isNotFound());
        // another county does not see the case's records at all
        mvc.perform(get("/api/v1/cases/" + c.id() + "/recordings").with(TestActors.as(fx.sc()))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("REC-12 the file store asks recording: a commercial-secret record's file answers 404 from the files API to an officer without clearance, a cleared unit head gets it")
    void classifiedFileThroughFilesApi() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "商业秘密文件", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, Object> meta = avMeta(c, null, "PHOTO", t0, t0, "工艺车间", "CAM-11");
        meta.put("classification", "COMMERCIAL_SECRET");
        byte[] bytes = RecordingFixtures.unique("secret process");
        long id = uploadOk(fx.zzHead(), meta, bytes);
        Long fileId = recording.record(id, fx.zzHead()).fileId();
        assertThat(fx.zz().hasPermission("file:read")).isTrue();
        mvc.perform(get("/api/v1/files/" + fileId + "/content").with(TestActors.as(fx.zz()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/files/" + fileId).with(TestActors.as(fx.zz()))).andExpect(status().isNotFound());
        // the privacy clearance is not the commercial one
        TestActor privacyOnly = fx.actor("140525", "rec_privacy", "file:read", "record:read", "record:clearance-privacy");
        mvc.perform(get("/api/v1/files/" + fileId + "/content").with(TestActors.as(privacyOnly))).andExpect(status().isNotFound());
        // nor can the file be attached to a new record by someone without clearance
        assertThatThrownBy(() -> fx.files.find(fileId, fx.zz())).satisfies(t ->
                assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        byte[] got = mvc.perform(get("/api/v1/files/" + fileId + "/content").with(TestActors.as(fx.zzHead())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(got).isEqualTo(bytes);
        // an unclassified record's file stays readable with file:read
        long open = uploadOk(fx.zz(), avMeta(c, null, "PHOTO", t0.plusSeconds(5), t0.plusSeconds(5), "工艺车间", "CAM-12"),
                RecordingFixtures.unique("open photo"));
        mvc.perform(get("/api/v1/files/" + recording.record(open, fx.zz()).fileId() + "/content").with(TestActors.as(fx.zz())))
                .andExpect(status().isOk());
    }

    // ------------------------------------------------------------------------------ phone API: idempotency

    @Test
    @DisplayName("Idempotency-Key: the same key and content returns the first result; the same key with other content is 422; the key is required")
    void idempotentReplay() throws Exception {
        CaseRef c = fx.bareCaseAt(CaseKind.INSPECTION, "幂等上传", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, Object> meta = avMeta(c, null, "VIDEO", t0, t0.plusSeconds(30), "风井", "DSJ-5");
        byte[] bytes = RecordingFixtures.unique("idem");
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse first = upload(fx.zz(), key, meta, bytes, "a.mp4");
        MockHttpServletResponse again = upload(fx.zz(), key, meta, bytes, "a.mp4");
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
        MockHttpServletResponse other = upload(fx.zz(), key, meta, RecordingFixtures.unique("other"), "a.mp4");
        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).contains("REC-IDEMPOTENCY-MISMATCH");
        Map<String, Object> changed = new LinkedHashMap<>(meta);
        changed.put("place", "副井");
        assertThat(upload(fx.zz(), key, changed, bytes, "a.mp4").getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from rec_record where case_id = :c").param("c", c.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(upload(fx.zz(), null, meta, bytes, "a.mp4").getStatus()).isEqualTo(400);
        assertThat(upload(fx.zz(), "短", meta, bytes, "a.mp4").getStatus()).isEqualTo(400);
        assertThat(upload(fx.zz(), "x".repeat(101), meta, bytes, "a.mp4").getStatus()).isEqualTo(400);
    }

    @Test
    @DisplayName("Idempotency-Key: a retry storm of 20 parallel identical requests creates exactly one record; the others replay it or get 409")
    void retryStorm() throws Exception {
        CaseRef c = fx.bareCaseAt(CaseKind.INSPECTION, "重试风暴", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, Object> meta = avMeta(c, null, "VIDEO", t0, t0.plusSeconds(30), "风井", "DSJ-6");
        byte[] bytes = RecordingFixtures.unique("storm");
        String key = UUID.randomUUID().toString();
        int n = 20;
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit((Callable<MockHttpServletResponse>) () -> {
                    ready.countDown();
                    go.await();
                    return upload(fx.zz(), key, meta, bytes, "storm.mp4");
                }));
            }
            ready.await();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : futures) {
                MockHttpServletResponse r = f.get();
                statuses.add(r.getStatus());
                if (r.getStatus() == 201) {
                    bodies.add(r.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            // each replays the one record (201) or meets it in flight (409); when all arrive after the first
            // finished, all replay — either way exactly one record (checked below)
            assertThat(statuses).isSubsetOf(201, 409).contains(201);
            assertThat(bodies).isNotEmpty();
            assertThat(bodies.stream().distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from rec_record where case_id = :c").param("c", c.id()).query(Long.class).single()).isEqualTo(1);
        // after the storm the key replays the one record
        assertThat(upload(fx.zz(), key, meta, bytes, "storm.mp4").getStatus()).isEqualTo(201);
    }

    @Test
    @DisplayName("Idempotency-Key: a request arriving while the first with the same key is in flight gets 409")
    void inFlight() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "处理中", CaseStage.INVESTIGATION);
        String key = UUID.randomUUID().toString();
        long userId = fx.zz().userId();
        jdbc.sql("insert into kernel_idempotency (user_id, idem_key, state, created_at) values (:u, :k, 'IN_FLIGHT', now())")
                .param("u", userId).param("k", key).update();
        Instant t0 = clock.instant().minus(Duration.ofHours(2));
        MockHttpServletResponse r = upload(fx.zz(), key, avMeta(c, null, "VIDEO", t0, t0.plusSeconds(5), "x", "d"), RecordingFixtures.unique("f"), "f.mp4");
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("REC-IDEMPOTENCY-IN-FLIGHT");
    }

    @Test
    @DisplayName("REC-05 two-step upload (file first through the file store, then metadata with fileId) and bad input answered 4xx in Chinese")
    void twoStepAndBadInput() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "两步上传", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        StoredFile f = fx.file(RecordingFixtures.unique("big video"), "big.mp4");
        Map<String, Object> meta = avMeta(c, null, "VIDEO", t0, t0.plusSeconds(30), "风井", "DSJ-4");
        meta.put("fileId", f.id());
        String key = UUID.randomUUID().toString();
        String body = json.writeValueAsString(meta);
        String first = mvc.perform(post("/api/v1/recordings").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fileId").value(f.id()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/recordings").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isCreated()).andExpect(content().string(first));
        // malformed JSON, wrong types, impossible dates, unknown case, officer outside the team
        mvc.perform(multipart("/api/v1/recordings").file(new MockMultipartFile("metadata", "", "application/json", "{not json".getBytes()))
                        .file(new MockMultipartFile("file", "a.mp4", "video/mp4", new byte[] {1}))
                        .header("Idempotency-Key", UUID.randomUUID().toString()).with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("REC-METADATA"));
        Map<String, Object> bad = avMeta(c, null, "VIDEO", t0, t0.plusSeconds(30), "风井", "DSJ-4");
        bad.put("capturedStart", "2026-02-30T09:00:00");
        assertThat(upload(fx.zz(), UUID.randomUUID().toString(), bad, new byte[] {1, 2}, "a.mp4").getContentAsString(StandardCharsets.UTF_8))
                .contains("不是有效时间");
        Map<String, Object> unknown = avMeta(c, null, "VIDEO", t0, t0.plusSeconds(30), "风井", "DSJ-4");
        unknown.put("caseId", 987654321L);
        assertThat(upload(fx.zz(), UUID.randomUUID().toString(), unknown, new byte[] {1, 3}, "a.mp4").getStatus()).isEqualTo(404);
        Map<String, Object> stranger = avMeta(c, null, "VIDEO", t0, t0.plusSeconds(30), "风井", "DSJ-4");
        stranger.put("officerIds", List.of(123456789L));
        MockHttpServletResponse r = upload(fx.zz(), UUID.randomUUID().toString(), stranger, new byte[] {1, 4}, "a.mp4");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("REC-05-OFFICER");
        mvc.perform(get("/api/v1/recordings/abc").with(TestActors.as(fx.zz()))).andExpect(status().isBadRequest());
        Map<String, Object> longTitle = avMeta(c, null, "VIDEO", t0, t0.plusSeconds(30), "风井", "DSJ-4");
        longTitle.put("title", "长".repeat(300));
        assertThat(upload(fx.zz(), UUID.randomUUID().toString(), longTitle, new byte[] {1, 5}, "a.mp4").getStatus()).isEqualTo(400);
        String activities = "/api/v1/cases/" + c.id() + "/activities";
        mvc.perform(post(activities).contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PICNIC\",\"place\":\"x\",\"startedAt\":\"2026-05-01T09:00:00\"}")
                .with(csrf()).with(TestActors.as(fx.zz()))).andExpect(status().isBadRequest());
        mvc.perform(post(activities).contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INSPECTION\",\"place\":\"x\",\"startedAt\":\"2026-02-30T09:00:00\"}")
                .with(csrf()).with(TestActors.as(fx.zz()))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是有效时间")));
        mvc.perform(post(activities).contentType(MediaType.APPLICATION_JSON).content("{\"kind\":[1]}")
                .with(csrf()).with(TestActors.as(fx.zz()))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/activities/99999999/end").contentType(MediaType.APPLICATION_JSON).content("{\"endedAt\":\"2026-05-01T09:00:00\"}")
                .with(csrf()).with(TestActors.as(fx.zz()))).andExpect(status().isNotFound());
        mvc.perform(get("/recordings").param("after", "x").with(TestActors.as(fx.zz())))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("须为正整数")));
    }

    @Test
    @DisplayName("pages: the case panel and the page upload (file stored first, then metadata) re-render with inline errors")
    void pages() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "页面上传", CaseStage.INVESTIGATION);
        mvc.perform(get("/recording/cases/" + c.id()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("上传记录")));
        StoredFile f = fx.file(RecordingFixtures.unique("page upload"), "笔录.pdf");
        mvc.perform(post("/recording/cases/" + c.id() + "/records").param("kind", "TEXT:INVESTIGATION_DOCUMENT").param("stage", "INVESTIGATION")
                        .param("title", "询问笔录").param("fileId", String.valueOf(f.id())).with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("已登记：询问笔录")));
        mvc.perform(post("/recording/cases/" + c.id() + "/records").param("kind", "AV:VIDEO").param("title", "录像")
                        .param("capturedStart", "2026-13-01T09:00").param("fileId", String.valueOf(f.id())).with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("须为有效时间")));
        mvc.perform(post("/recording/cases/" + c.id() + "/activities").param("kind", "INSPECTION").param("place", "")
                        .param("startedAt", "2026-05-01T09:00").with(csrf()).with(TestActors.as(fx.zz())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("invalid-feedback d-block\">请填写此项</div>")));
        mvc.perform(get("/recording/cases/" + c.id() + "/panel").with(TestActors.as(fx.sc()))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("Issue 12 defect 8: the recording panel names the team in full (staff see staff) instead of person ids")
    void panelNamesTheTeam() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "面板姓名", CaseStage.INVESTIGATION);
        Instant t0 = clock.instant().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        uploadOk(fx.zz(), avMeta(c, null, "PHOTO", t0, t0, "井口", "CAM-21"), RecordingFixtures.unique("panel names"));
        String masked = "面板姓名甲";
        String html = mvc.perform(get("/recording/cases/" + c.id() + "/panel").with(TestActors.as(fx.zz()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(masked + "（主办人）")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        cn.anjian.kernel.Masking.name("面板姓名甲") + "（主办人）"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the AV record's officers too (the upload form's checkbox is the other occurrence)
        assertThat(html.split(java.util.regex.Pattern.quote(masked), -1).length - 1).isGreaterThanOrEqualTo(2);
        for (Long id : c.teamPersonIds()) {
            assertThat(html).doesNotContain("#" + id);
        }
        List<String> p = new ArrayList<>(List.of(RecordingFixtures.STAFF));
        p.add("pii:view-full");
        mvc.perform(get("/recording/cases/" + c.id() + "/panel").with(TestActors.as(fx.actor("140525", "rec_pii", p.toArray(String[]::new)))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("面板姓名甲（主办人）")));
        assertThat(fx.cases.team(c.id(), fx.zz())).extracting(cn.anjian.enforcement.TeamMemberRef::roleLabel).containsExactly("主办人", "协办人");
        assertThatThrownBy(() -> fx.cases.team(c.id(), fx.sc())).satisfies(t ->
                assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
    }
}
