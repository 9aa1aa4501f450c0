package cn.anjian.complaints.submissions;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** SS-04 (000 art. 24): what a supervisor reports. Public complaints (CMP) reuse the same kinds. */
@Getter
@RequiredArgsConstructor
enum SubmissionKind {
    CRITICISM("批评"), OPINION("意见"), SUGGESTION("建议"), VIOLATION_CLUE("违法行为线索"), HAZARD_CLUE("风险隐患线索"),
    OTHER("其他执法监督事项");

    private final String label;

    static SubmissionKind parse(String v) {
        return cn.anjian.kernel.Params.requiredChoice("SS-04-KIND", SubmissionKind.class, "类别", v, SubmissionKind::label);
    }
}
