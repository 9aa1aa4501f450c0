package cn.anjian.complaints.submissions;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@Getter
@RequiredArgsConstructor
enum SubmissionStatus {
    SUBMITTED("待受理"), ACCEPTED("办理中"), ANSWERED("已答复"), DECLINED("不予受理");

    private final String label;

    static SubmissionStatus parseOrNull(String v) {
        return cn.anjian.kernel.Params.choice(SubmissionStatus.class, "状态", v, SubmissionStatus::label);
    }
}
