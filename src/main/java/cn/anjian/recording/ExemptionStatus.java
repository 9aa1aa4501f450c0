package cn.anjian.recording;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** REC-04: where the reason for a missing AV record stands; only an ACCEPTED one clears the REC-03 flag. */
@Getter
@RequiredArgsConstructor
public enum ExemptionStatus {
    PENDING("待科室负责人批准"),
    ACCEPTED("已认可"),
    REJECTED("未获批准");

    private final String label;
}
