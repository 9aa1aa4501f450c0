package cn.anjian.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.calendar.PeriodKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.ExemptionReason;
import cn.anjian.recording.RecordMetadata;
import cn.anjian.recording.TextKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Pure rules of full-process recording, no Spring. */
class RecordingRulesTests {

    static final Instant T0 = Instant.parse("2026-05-06T01:00:00Z");
    static final Duration TOLERANCE = Duration.ofSeconds(5);

    static Continuity.Segment seg(long id, long startSec, long endSec) {
        return new Continuity.Segment(id, T0.plusSeconds(startSec), T0.plusSeconds(endSec));
    }

    @Test
    @DisplayName("REC-06 a 5 s gap between segments of one session is tolerated, a 6 s gap is flagged")
    void gapBoundary() {
        assertThat(Continuity.gaps(List.of(seg(1, 0, 60), seg(2, 65, 120)), TOLERANCE)).isEmpty();
        Map<Long, Continuity.Gap> gaps = Continuity.gaps(List.of(seg(1, 0, 60), seg(2, 66, 120)), TOLERANCE);
        assertThat(gaps).containsOnlyKeys(2L);
        assertThat(gaps.get(2L)).isEqualTo(new Continuity.Gap(2, 1, 6));
    }

    @Test
    @DisplayName("REC-06 gaps are found whatever the upload order; overlapping and nested segments leave no gap")
    void gapOrderAndOverlap() {
        assertThat(Continuity.gaps(List.of(seg(3, 200, 300), seg(1, 0, 100), seg(2, 100, 150)), TOLERANCE))
                .containsOnlyKeys(3L).extractingByKey(3L).extracting(Continuity.Gap::seconds, Continuity.Gap::afterId)
                .containsExactly(50L, 2L);
        assertThat(Continuity.gaps(List.of(seg(1, 0, 300), seg(2, 10, 20), seg(3, 250, 400)), TOLERANCE)).isEmpty();
    }

    @Test
    @DisplayName("REC-06 a capture starting after the activity ended is refused as after-the-fact (补录); at the end instant it is accepted")
    void afterTheFact() {
        Instant ended = T0.plusSeconds(3600);
        assertThatThrownBy(() -> Continuity.requireNotAfterTheFact(ended.plusSeconds(1), ended))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo(Continuity.AFTER_THE_FACT);
        assertThatCode(() -> Continuity.requireNotAfterTheFact(ended, ended)).doesNotThrowAnyException();
        assertThatCode(() -> Continuity.requireNotAfterTheFact(ended.plusSeconds(99), null)).doesNotThrowAnyException();
    }

    static final List<Requirement> PENALTY = List.of(
            new Requirement(CaseStage.INVESTIGATION, TextKind.INVESTIGATION_DOCUMENT, "调查取证文书", "第八条（二）4"),
            new Requirement(CaseStage.DECISION, TextKind.DECISION, "行政处罚决定书", "第八条（二）4"),
            new Requirement(CaseStage.SERVICE, TextKind.SERVICE_RECEIPT, "送达回执", "第八条（二）4"));

    @Test
    @DisplayName("REC-02 a case with a missing required record cannot close; the refusal lists what is missing in Chinese")
    void missingBlocksClosure() {
        Set<RequiredRecords.Present> present = Set.of(new RequiredRecords.Present(CaseStage.INVESTIGATION, TextKind.INVESTIGATION_DOCUMENT),
                new RequiredRecords.Present(CaseStage.DECISION, TextKind.DECISION));
        assertThatThrownBy(() -> RequiredRecords.requireComplete(CaseStage.CLOSURE, PENALTY, present))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("不能结案").hasMessageContaining("送达：送达回执（第八条（二）4）")
                .hasMessageNotContaining("行政处罚决定书");
        assertThatThrownBy(() -> RequiredRecords.requireComplete(CaseStage.ARCHIVED, PENALTY, present))
                .hasMessageContaining("不能归档");
        // other transitions are not gated; a complete file closes
        assertThatCode(() -> RequiredRecords.requireComplete(CaseStage.EXECUTION, PENALTY, Set.of())).doesNotThrowAnyException();
        Set<RequiredRecords.Present> all = Set.of(new RequiredRecords.Present(CaseStage.INVESTIGATION, TextKind.INVESTIGATION_DOCUMENT),
                new RequiredRecords.Present(CaseStage.DECISION, TextKind.DECISION),
                new RequiredRecords.Present(CaseStage.SERVICE, TextKind.SERVICE_RECEIPT));
        assertThatCode(() -> RequiredRecords.requireComplete(CaseStage.CLOSURE, PENALTY, all)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("REC-02 a requirement naming a document type is met only by a generated document of that type, not by another record of its kind")
    void docTypeMatters() {
        List<Requirement> notice = List.of(new Requirement(CaseStage.DECISION, TextKind.INVESTIGATION_DOCUMENT, "PENALTY_NOTICE",
                "行政处罚告知书", "第八条（二）4"));
        assertThat(RequiredRecords.missing(notice, Set.of(new RequiredRecords.Present(CaseStage.DECISION, TextKind.INVESTIGATION_DOCUMENT),
                new RequiredRecords.Present(CaseStage.DECISION, TextKind.INVESTIGATION_DOCUMENT, "INSPECTION_RECORD")))).hasSize(1);
        assertThat(RequiredRecords.missing(notice, Set.of(new RequiredRecords.Present(CaseStage.DECISION, TextKind.INVESTIGATION_DOCUMENT,
                "PENALTY_NOTICE")))).isEmpty();
        // without a type any record of the kind and stage meets it, an upload included
        assertThat(RequiredRecords.missing(PENALTY, Set.of(new RequiredRecords.Present(CaseStage.INVESTIGATION, TextKind.INVESTIGATION_DOCUMENT),
                new RequiredRecords.Present(CaseStage.DECISION, TextKind.DECISION, "PENALTY_DECISION"),
                new RequiredRecords.Present(CaseStage.SERVICE, TextKind.SERVICE_RECEIPT, "SERVICE_RECEIPT")))).isEmpty();
    }

    @Test
    @DisplayName("REC-02 a record of the right kind filed at another stage does not satisfy the stage's requirement")
    void stageMatters() {
        Set<RequiredRecords.Present> wrongStage = Set.of(new RequiredRecords.Present(CaseStage.DECISION, TextKind.SERVICE_RECEIPT));
        assertThat(RequiredRecords.missing(PENALTY, wrongStage)).hasSize(3);
    }

    @Test
    @DisplayName("REC-10 AV not archived with the case file: destruction refused the day before five full years after archiving, allowed on that day")
    void retentionBoundary() {
        LocalDate archived = LocalDate.of(2026, 3, 10);
        assertThat(Retention.retainUntil(archived)).isEqualTo(LocalDate.of(2031, 3, 10));
        assertThatThrownBy(() -> Retention.requireDestroyable(true, false, archived, false, LocalDate.of(2031, 3, 9)))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo(Retention.NOT_YET);
        assertThatThrownBy(() -> Retention.requireDestroyable(true, false, archived, false, LocalDate.of(2031, 3, 9)))
                .hasMessageContaining("未满五年");
        assertThatCode(() -> Retention.requireDestroyable(true, false, archived, false, LocalDate.of(2031, 3, 10))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("REC-10 case-file material (text records, AV exported as evidence) follows the file's long-term retention: refused on the five-year day and decades later")
    void caseFileMaterialIsKeptWithTheFile() {
        LocalDate archived = LocalDate.of(2026, 3, 10);
        for (LocalDate day : List.of(LocalDate.of(2031, 3, 10), LocalDate.of(2060, 1, 1))) {
            assertThatThrownBy(() -> Retention.requireDestroyable(false, false, archived, false, day))
                    .extracting("code").isEqualTo(Retention.CASE_FILE);
            assertThatThrownBy(() -> Retention.requireDestroyable(true, true, archived, false, day))
                    .hasMessageContaining("随卷宗归档").extracting("code").isEqualTo(Retention.CASE_FILE);
        }
        assertThatThrownBy(() -> Retention.requireDestroyable(false, false, archived, false, LocalDate.of(2031, 3, 10)))
                .hasMessageContaining("文字记录随卷宗归档").hasMessageContaining("长期");
    }

    @Test
    @DisplayName("REC-10 long-term AV and records of unarchived cases are never destroyed")
    void longTermAndUnarchived() {
        assertThatThrownBy(() -> Retention.requireDestroyable(true, false, LocalDate.of(2010, 1, 1), true, LocalDate.of(2030, 1, 1)))
                .hasMessageContaining("长期保存");
        assertThatThrownBy(() -> Retention.requireDestroyable(true, false, null, false, LocalDate.of(2030, 1, 1)))
                .hasMessageContaining("尚未归档");
        assertThatThrownBy(() -> Retention.requireDestroyable(false, false, null, false, LocalDate.of(2030, 1, 1)))
                .hasMessageContaining("尚未归档");
    }

    @Test
    @DisplayName("REC-04 only the art. 14 reasons with a note clear a missing AV record; any other reason is refused")
    void exemptionReasons() {
        assertThat(Exemptions.parse("EXPLOSIVE_AREA", "井下瓦斯区域，记录仪非防爆型")).isEqualTo(ExemptionReason.EXPLOSIVE_AREA);
        assertThat(Exemptions.parse("PRIVACY", "当事人不同意")).isEqualTo(ExemptionReason.PRIVACY);
        assertThat(Exemptions.parse("SECRET", "涉及技术秘密")).isEqualTo(ExemptionReason.SECRET);
        assertThatThrownBy(() -> Exemptions.parse("DEVICE_BROKEN", "记录仪没电")).extracting("code").isEqualTo(Exemptions.REFUSED);
        assertThatThrownBy(() -> Exemptions.parse("OTHER", "不方便")).extracting("code").isEqualTo(Exemptions.REFUSED);
        assertThatThrownBy(() -> Exemptions.parse(null, "x")).extracting("code").isEqualTo(Exemptions.REFUSED);
        assertThatThrownBy(() -> Exemptions.parse("PRIVACY", "  ")).extracting("code").isEqualTo("REC-04-NOTE");
    }

    @Test
    @DisplayName("REC-07 upload due the same Beijing day (0 working days from the end), or 24 h after returning for remote work")
    void uploadDeadline() {
        Instant ended = Instant.parse("2026-05-09T08:00:00Z"); // a Saturday: still the same day
        UploadDeadline same = UploadDeadline.of(ended, false, null);
        assertThat(same.period().kind()).isEqualTo(PeriodKind.WORKING_DAYS);
        assertThat(same.period().amount()).isZero();
        assertThat(same.start()).isEqualTo(ended);
        Instant back = ended.plusSeconds(3 * 86400);
        UploadDeadline remote = UploadDeadline.of(ended, true, back);
        assertThat(remote.period().kind()).isEqualTo(PeriodKind.HOURS);
        assertThat(remote.period().amount()).isEqualTo(24);
        assertThat(remote.start()).isEqualTo(back);
        assertThatThrownBy(() -> UploadDeadline.of(ended, true, null)).extracting("code").isEqualTo("REC-07-RETURN");
        assertThatThrownBy(() -> UploadDeadline.of(ended, true, ended.minusSeconds(1))).extracting("code").isEqualTo("REC-07-RETURN");
    }

    static RecordMetadata av(String start, String end, List<Long> officers, String device, List<String> shown) {
        return new RecordMetadata(7L, null, 3L, "AV", "VIDEO", "现场检查录像", null, start, end, "3号井口", officers,
                "矿长王某", device, "DSJ-01", shown, null, "true");
    }

    @Test
    @DisplayName("REC-05 AV metadata requires start/end, place, officers, device and what is shown; bad values get Chinese messages")
    void avMetadata() {
        RecordInput ok = RecordInput.of(av("2026-05-06T09:00:00", "2026-05-06T09:30:00+08:00", List.of(1L, 2L), "BODY_RECORDER",
                List.of("SCENE", "EVIDENCE")));
        assertThat(ok.av()).isTrue();
        assertThat(ok.capturedStart()).isEqualTo(Instant.parse("2026-05-06T01:00:00Z"));
        assertThat(ok.capturedEnd()).isEqualTo(Instant.parse("2026-05-06T01:30:00Z"));
        assertThatThrownBy(() -> RecordInput.of(av(null, "2026-05-06T09:30:00", List.of(1L), "BODY_RECORDER", List.of("SCENE"))))
                .hasMessageContaining("开始和结束时间");
        assertThatThrownBy(() -> RecordInput.of(av("2026-02-30T09:00:00", "2026-05-06T09:30:00", List.of(1L), "BODY_RECORDER", List.of("SCENE"))))
                .hasMessageContaining("不是有效时间");
        assertThatThrownBy(() -> RecordInput.of(av("2026-05-06T10:00:00", "2026-05-06T09:30:00", List.of(1L), "BODY_RECORDER", List.of("SCENE"))))
                .hasMessageContaining("不能早于");
        assertThatThrownBy(() -> RecordInput.of(av("2026-05-06T09:00:00", "2026-05-06T09:30:00", List.of(), "BODY_RECORDER", List.of("SCENE"))))
                .hasMessageContaining("执法人员");
        assertThatThrownBy(() -> RecordInput.of(av("2026-05-06T09:00:00", "2026-05-06T09:30:00", List.of(1L), "DRONE", List.of("SCENE"))))
                .hasMessageContaining("采集设备");
        assertThatThrownBy(() -> RecordInput.of(av("2026-05-06T09:00:00", "2026-05-06T09:30:00", List.of(1L), "CAMERA", List.of())))
                .hasMessageContaining("反映的内容");
        assertThatThrownBy(() -> RecordInput.of(new RecordMetadata(7L, null, null, "PAPER", "X", "t", null, null, null, null,
                null, null, null, null, null, null, null))).hasMessageContaining("TEXT");
    }

    @Test
    @DisplayName("REC-01 text kinds of generated documents: decisions, enforcement documents, service receipts")
    void docTypes() {
        assertThat(TextKind.ofDocType("PENALTY_DECISION")).isEqualTo(TextKind.DECISION);
        assertThat(TextKind.ofDocType("INSPECTION_RECORD")).isEqualTo(TextKind.INVESTIGATION_DOCUMENT);
        assertThat(TextKind.ofDocType("SERVICE_RECEIPT")).isEqualTo(TextKind.SERVICE_RECEIPT);
        assertThat(TextKind.ofDocType("COERCIVE_EXECUTION_DECISION")).isEqualTo(TextKind.DECISION);
        assertThat(TextKind.ofDocType("SOMETHING_NEW")).isEqualTo(TextKind.OTHER);
    }
}
