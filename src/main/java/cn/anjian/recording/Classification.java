package cn.anjian.recording;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** REC-12 (art. 24): a record's classification and the permission that clears an actor to see it. */
@Getter
@RequiredArgsConstructor
public enum Classification {
    NONE("无", null),
    STATE_SECRET("国家秘密", "record:clearance-state-secret"),
    COMMERCIAL_SECRET("商业秘密", "record:clearance-commercial"),
    PRIVACY("个人隐私", "record:clearance-privacy");

    private final String label;
    private final String clearance;

    /** The permission needed to see records of this classification; null when none is needed. */
}
