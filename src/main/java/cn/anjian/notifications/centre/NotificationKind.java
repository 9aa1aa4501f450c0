package cn.anjian.notifications.centre;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a notification tells of. */
@Getter
@RequiredArgsConstructor
public enum NotificationKind {
    APPROVAL("待办审批"),
    DUE_SOON("期限将至"),
    OVERDUE("期限逾期"),
    ASSIGNMENT("任务分派"),
    ESCALATION("紧急上报"),
    REPORT("下级报送");

    private final String label;
}
