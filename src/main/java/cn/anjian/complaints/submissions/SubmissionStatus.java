package cn.anjian.complaints.submissions;

import java.util.Locale;

import cn.anjian.kernel.BusinessException;

enum SubmissionStatus {
    SUBMITTED("待受理"), ACCEPTED("办理中"), ANSWERED("已答复");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static SubmissionStatus parseOrNull(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        for (SubmissionStatus s : values()) {
            if (s.name().equals(v.strip().toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        throw BusinessException.badInput("BAD-PARAMETER", "状态只能是待受理、办理中或已答复");
    }
}
