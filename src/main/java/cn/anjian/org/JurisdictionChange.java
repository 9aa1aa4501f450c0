package cn.anjian.org;

import java.time.Instant;

/** One entry of a division's history: creation, rename/recode, or retirement, with who, when and why. */
public record JurisdictionChange(long id, long jurisdictionId, String changeType, String oldCode, String oldName,
                                 String newCode, String newName, String reason, Instant changedAt, String changedBy) {

    /** When, as Beijing time (for pages). */
    public String changedAtText() {
        return cn.anjian.kernel.Fmt.dateTime(changedAt);
    }

    public String changeLabel() {
        return switch (changeType) {
            case "CREATED" -> "新增";
            case "RENAMED" -> "更名/变更代码";
            case "RETIRED" -> "撤销";
            default -> changeType;
        };
    }
}
