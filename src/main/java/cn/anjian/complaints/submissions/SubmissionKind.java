package cn.anjian.complaints.submissions;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** SS-04 (000 art. 24): what a supervisor reports. Public complaints (CMP) reuse the same kinds. */
@Getter
@RequiredArgsConstructor
enum SubmissionKind {
    CRITICISM("批评"), OPINION("意见"), SUGGESTION("建议"), VIOLATION_CLUE("违法行为线索"), HAZARD_CLUE("风险隐患线索"),
    OTHER("其他执法监督事项"),
    /** CMP-01: a complaint from the public. */
    COMPLAINT("投诉"),
    /** PUB-09: questions about published information. */
    CORRECTION("纠错"), CONSULTATION("咨询");

    private final String label;

    /** What a supervisor (SS-04) chooses from. */
    static final java.util.List<SubmissionKind> SUPERVISOR_KINDS = java.util.List.of(CRITICISM, OPINION, SUGGESTION,
            VIOLATION_CLUE, HAZARD_CLUE, OTHER);
    /** What the public chooses from on the portal and staff for a hotline call or a letter (CMP-01). */
    static final java.util.List<SubmissionKind> PUBLIC_KINDS = java.util.List.of(COMPLAINT, VIOLATION_CLUE, HAZARD_CLUE,
            OPINION, SUGGESTION, OTHER);

    static SubmissionKind parse(String v) {
        return cn.anjian.kernel.Params.requiredChoice("SS-04-KIND", SubmissionKind.class, "类别", v, SubmissionKind::label);
    }
}
