package cn.anjian.recording.internal;

import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;

/**
 * REC-10 (art. 22–23): records are kept at least five years from archiving; long-term when a reason of
 * art. 22 applies. Nothing is destroyed before that.
 */
public final class Retention {

    public static final int YEARS = 5;
    public static final String NOT_YET = "REC-10-RETENTION";

    private Retention() {
    }

    /** The first day on which a record archived on {@code archived} has been kept five full years. */
    public static LocalDate retainUntil(LocalDate archived) {
        return archived.plusYears(YEARS);
    }

    public static void requireDestroyable(LocalDate archived, boolean longTerm, LocalDate today) {
        if (archived == null) {
            throw new BusinessException(NOT_YET, "案卷尚未归档，记录不得销毁（保存期限自归档之日起不少于五年）");
        }
        if (longTerm) {
            throw new BusinessException(NOT_YET, "该案卷的音像资料须长期保存，不得销毁（全过程记录制度第二十二条）");
        }
        LocalDate until = retainUntil(archived);
        if (today.isBefore(until)) {
            throw new BusinessException(NOT_YET, "保存期限未满五年（至 " + until + "），不得销毁（全过程记录制度第二十三条）");
        }
    }
}
