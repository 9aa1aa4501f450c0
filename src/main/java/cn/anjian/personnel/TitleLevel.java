package cn.anjian.personnel;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * Professional title level (职称级别). {@link #NONE} is what an applicant declares without a title
 * (TI-05); a recorded person's title always has a real level.
 */
@Getter
@RequiredArgsConstructor
public enum TitleLevel {
    NONE("无"), JUNIOR("初级"), MID("中级"), ASSOCIATE_SENIOR("副高级"), SENIOR("正高级");

    private final String label;

    /** TI-05: 中级及以上. */
    public boolean midOrHigher() {
        return atLeast(MID);
    }

    public boolean atLeast(TitleLevel other) {
        return ordinal() >= other.ordinal();
    }
}
