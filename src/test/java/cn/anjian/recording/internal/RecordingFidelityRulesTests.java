package cn.anjian.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.recording.ActivityKind;
import cn.anjian.recording.ExemptionReason;
import cn.anjian.recording.ExemptionStatus;
import cn.anjian.recording.RecordMetadata;
import cn.anjian.recording.TextKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 9 recording fidelity: the pure rules of REC-02 (art. 8 in full), REC-03 closure, REC-04 (三), REC-13. No Spring. */
class RecordingFidelityRulesTests {

    static final Instant T0 = Instant.parse("2026-05-06T01:00:00Z");

    static ActivityView activity(ActivityKind kind, boolean ended, long avCount, ExemptionStatus exemption) {
        return new ActivityView(1, 7, null, CaseStage.INVESTIGATION, kind, "3号井口", T0, ended ? T0.plusSeconds(3600) : null,
                false, null, kind.avMandatory(), exemption == null ? null : ExemptionReason.OTHER_UNSUITABLE, "说明", "rec_zz",
                avCount, null, false, exemption, null, null);
    }

    static String code(Throwable t) {
        return ((cn.anjian.kernel.BusinessException) t).code();
    }

    // ------------------------------------------------------------------------------ REC-03

    @Test
    @DisplayName("REC-03 art. 10 names service (送达): direct service is mandatory-AV like service by leaving; only 'other' steps are not")
    void serviceIsMandatoryAv() {
        assertThat(ActivityKind.SERVICE.avMandatory()).isTrue();
        assertThat(ActivityKind.SERVICE_BY_LEAVING.avMandatory()).isTrue();
        assertThat(Arrays.stream(ActivityKind.values()).filter(k -> !k.avMandatory())).containsExactly(ActivityKind.OTHER);
    }

    @Test
    @DisplayName("REC-03 closure refused while an activity is still open; once it ended (with AV) the case closes")
    void openActivityBlocksClosure() {
        assertThatThrownBy(() -> AvClosure.requireClosable(CaseKind.PENALTY, CaseStage.CLOSURE,
                List.of(activity(ActivityKind.INQUIRY, false, 1, null))))
                .satisfies(t -> assertThat(code(t)).isEqualTo(AvClosure.OPEN))
                .hasMessageContaining("尚未结束").hasMessageContaining("不能结案").hasMessageContaining("询问（3号井口");
        assertThatThrownBy(() -> AvClosure.requireClosable(CaseKind.PENALTY, CaseStage.ARCHIVED,
                List.of(activity(ActivityKind.OTHER, false, 0, null)))).hasMessageContaining("不能归档");
        assertThatCode(() -> AvClosure.requireClosable(CaseKind.PENALTY, CaseStage.CLOSURE,
                List.of(activity(ActivityKind.INQUIRY, true, 1, null)))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("REC-03 closure refused while a mandatory-AV activity has neither AV nor an accepted reason: one AV record or an accepted reason suffices, a pending or rejected one does not")
    void missingAvBlocksClosure() {
        for (ExemptionStatus notAccepted : Arrays.asList(null, ExemptionStatus.PENDING, ExemptionStatus.REJECTED)) {
            assertThatThrownBy(() -> AvClosure.requireClosable(CaseKind.COERCIVE, CaseStage.CLOSURE,
                    List.of(activity(ActivityKind.SERVICE, true, 0, notAccepted))))
                    .as(String.valueOf(notAccepted)).satisfies(t -> assertThat(code(t)).isEqualTo(AvClosure.MISSING_AV))
                    .hasMessageContaining("直接送达").hasMessageContaining("不能结案");
        }
        assertThatCode(() -> AvClosure.requireClosable(CaseKind.COERCIVE, CaseStage.CLOSURE,
                List.of(activity(ActivityKind.SERVICE, true, 1, null)))).doesNotThrowAnyException();
        assertThatCode(() -> AvClosure.requireClosable(CaseKind.COERCIVE, CaseStage.CLOSURE,
                List.of(activity(ActivityKind.SERVICE, true, 0, ExemptionStatus.ACCEPTED)))).doesNotThrowAnyException();
        // a step that does not require AV is not asked; nor is any transition but closure and archiving
        assertThatCode(() -> AvClosure.requireClosable(CaseKind.COERCIVE, CaseStage.CLOSURE,
                List.of(activity(ActivityKind.OTHER, true, 0, null)))).doesNotThrowAnyException();
        assertThatCode(() -> AvClosure.requireClosable(CaseKind.COERCIVE, CaseStage.EXECUTION,
                List.of(activity(ActivityKind.SERVICE, false, 0, null)))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("REC-03 an inspection case closes only with its on-site inspection recorded: none, or only another kind of step, is refused")
    void inspectionNeedsItsOnSiteActivity() {
        assertThatThrownBy(() -> AvClosure.requireClosable(CaseKind.INSPECTION, CaseStage.CLOSURE, List.of()))
                .satisfies(t -> assertThat(code(t)).isEqualTo(AvClosure.NO_INSPECTION)).hasMessageContaining("现场检查");
        assertThatThrownBy(() -> AvClosure.requireClosable(CaseKind.INSPECTION, CaseStage.ARCHIVED,
                List.of(activity(ActivityKind.SURVEY, true, 1, null)))).satisfies(t -> assertThat(code(t)).isEqualTo(AvClosure.NO_INSPECTION));
        assertThatCode(() -> AvClosure.requireClosable(CaseKind.INSPECTION, CaseStage.CLOSURE,
                List.of(activity(ActivityKind.INSPECTION, true, 1, null)))).doesNotThrowAnyException();
        // other kinds of case need no on-site inspection
        assertThatCode(() -> AvClosure.requireClosable(CaseKind.LICENCE, CaseStage.CLOSURE, List.of())).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------------------ REC-04

    @Test
    @DisplayName("REC-04 art. 14(三) other situations unsuitable for AV is a reason, needs a written note and the unit head's approval; the others are accepted as given")
    void otherUnsuitable() {
        assertThat(Exemptions.parse("OTHER_UNSUITABLE", "现场为涉密机房，当事人单位要求不得录像")).isEqualTo(ExemptionReason.OTHER_UNSUITABLE);
        assertThat(ExemptionReason.OTHER_UNSUITABLE.needsApproval()).isTrue();
        assertThat(Arrays.stream(ExemptionReason.values()).filter(ExemptionReason::needsApproval)).containsExactly(ExemptionReason.OTHER_UNSUITABLE);
        assertThatThrownBy(() -> Exemptions.parse("OTHER_UNSUITABLE", " ")).satisfies(t -> assertThat(code(t)).isEqualTo("REC-04-NOTE"))
                .hasMessageContaining("科室负责人批准");
        assertThatThrownBy(() -> Exemptions.parse("OTHER_UNSUITABLE", "长".repeat(501))).satisfies(t -> assertThat(code(t)).isEqualTo("REC-04-NOTE"));
        assertThat(activity(ActivityKind.SERVICE, true, 0, ExemptionStatus.PENDING).missingAv()).isTrue();
        assertThat(activity(ActivityKind.SERVICE, true, 0, ExemptionStatus.ACCEPTED).missingAv()).isFalse();
    }

    // ------------------------------------------------------------------------------ REC-13

    static RecordMetadata av(String kind, String informed) {
        return new RecordMetadata(7L, null, 3L, "AV", kind, "现场录像", null, "2026-05-06T09:00:00", "2026-05-06T09:30:00", "3号井口",
                List.of(1L), "矿长王某", "BODY_RECORDER", "DSJ-01", List.of("SCENE"), null, informed);
    }

    @Test
    @DisplayName("REC-13 an AV record must say whether the party was told before recording started: no answer is refused, 'no' is accepted and flagged")
    void partyInformed() {
        for (String missing : Arrays.asList(null, "", "  ")) {
            assertThatThrownBy(() -> RecordInput.of(av("VIDEO", missing))).satisfies(t -> assertThat(code(t)).isEqualTo(RecordInput.INFORMED_MISSING))
                    .hasMessageContaining("告知当事人");
        }
        assertThatThrownBy(() -> RecordInput.of(av("PHOTO", "maybe"))).satisfies(t -> assertThat(code(t)).isEqualTo(RecordInput.INFORMED_MISSING));
        assertThat(RecordInput.of(av("VIDEO", "true")).partyInformed()).isTrue();
        assertThat(RecordInput.of(av("AUDIO", " FALSE ")).partyInformed()).isFalse();
        assertThat(RecordInput.of(av("PHOTO", "是")).partyInformed()).isTrue();
        // text records are not asked
        RecordMetadata text = new RecordMetadata(7L, null, null, "TEXT", "DECISION", "决定书", null, null, null, null, null, null, null,
                null, null, null, null);
        assertThat(RecordInput.of(text).partyInformed()).isNull();
    }

    // ------------------------------------------------------------------------------ REC-02

    static final Requirement HEARING = new Requirement(CaseStage.DECISION, TextKind.HEARING_REPORT, null, "听证报告", "第八条（二）4",
            null, Requirement.When.HEARING_HELD);
    static final Requirement SITE = new Requirement(CaseStage.INVESTIGATION, TextKind.EXPERT_OPINION, null, "专家审查或现场核查的有关资料",
            "第八条（一）3", TextKind.INVESTIGATION_DOCUMENT, null);
    static final Requirement CERTIFICATE = new Requirement(CaseStage.DECISION, TextKind.LICENCE_COPY, null, "证书复印件", "第八条（一）5",
            null, Requirement.When.LICENCE_GRANTED);

    @Test
    @DisplayName("REC-02 art. 8 records of steps not every case has apply only where the step took place: a hearing's report, a granted licence's certificate copy")
    void conditionalRequirements() {
        List<Requirement> all = List.of(HEARING, SITE, CERTIFICATE);
        assertThat(RequiredRecords.applicable(all, Requirement.Facts.NONE)).containsExactly(SITE);
        assertThat(RequiredRecords.applicable(all, new Requirement.Facts(true, false, false))).containsExactly(HEARING, SITE);
        assertThat(RequiredRecords.applicable(all, new Requirement.Facts(false, true, true))).containsExactly(SITE, CERTIFICATE);
        assertThat(HEARING.describe()).isEqualTo("审查决定：听证报告（举行听证的）（第八条（二）4）");
        assertThatThrownBy(() -> RequiredRecords.requireComplete(CaseStage.CLOSURE,
                RequiredRecords.applicable(all, new Requirement.Facts(true, false, false)), Set.of()))
                .hasMessageContaining("听证报告").hasMessageNotContaining("证书复印件").hasMessageContaining("可随时补充");
    }

    @Test
    @DisplayName("REC-02 art. 8(一)3 names alternatives: expert review material or site verification material meets it, another kind does not")
    void alternativeKinds() {
        assertThat(RequiredRecords.missing(List.of(SITE), Set.of(new RequiredRecords.Present(CaseStage.INVESTIGATION, TextKind.EXPERT_OPINION)))).isEmpty();
        assertThat(RequiredRecords.missing(List.of(SITE), Set.of(new RequiredRecords.Present(CaseStage.INVESTIGATION, TextKind.INVESTIGATION_DOCUMENT)))).isEmpty();
        assertThat(RequiredRecords.missing(List.of(SITE), Set.of(new RequiredRecords.Present(CaseStage.INVESTIGATION, TextKind.OTHER)))).hasSize(1);
        assertThat(RequiredRecords.missing(List.of(SITE), Set.of(new RequiredRecords.Present(CaseStage.DECISION, TextKind.EXPERT_OPINION)))).hasSize(1);
    }
}
