package cn.anjian.recording;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** REC-10 (art. 22): reasons to keep a case's records long-term. */
@Getter
@RequiredArgsConstructor
public enum RetentionReason {
    COERCIVE_EXECUTION("对当事人采取强制执行措施"),
    PARTY_OBJECTED("当事人对现场执法有异议"),
    PARTY_OBSTRUCTED("当事人拒绝、阻碍执法，或谩骂、侮辱、殴打执法人员"),
    OTHER("其他需要长期保存的情况");

    private final String label;
}
