package cn.anjian.recording.internal;

import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;

/**
 * REC-10 (art. 21–23): what may be destroyed, and when. Material archived with the case file — every text record,
 * and AV material exported as evidence, which art. 21 attaches to the file ("随卷宗归档保存") — follows the case
 * file's retention (long-term) and is never destroyed on its own. Only AV material not archived with the file has
 * the five-year minimum of art. 23, counted from the archiving; long-term when a reason of art. 22 applies.
 */
public final class Retention {

    public static final int AV_YEARS = 5;
    public static final String NOT_YET = "REC-10-RETENTION";
    public static final String CASE_FILE = "REC-10-CASE-FILE";

    private Retention() {
    }

    /** The first day on which AV material not archived with a file archived on {@code archived} has been kept five full years. */
    public static LocalDate retainUntil(LocalDate archived) {
        return archived.plusYears(AV_YEARS);
    }

    /**
     * @param av               an audio-visual record (text records are case-file material)
     * @param withCaseFile     an AV record archived with the case file (exported as evidence, art. 21)
     * @param archived         the day the case file was archived, null while it is not
     * @param longTerm         a reason of art. 22 applies to the case
     */
    public static void requireDestroyable(boolean av, boolean withCaseFile, LocalDate archived, boolean longTerm, LocalDate today) {
        if (archived == null) {
            throw new BusinessException(NOT_YET, "案卷尚未归档，记录不得销毁（保存期限自归档之日起计算）");
        }
        if (!av || withCaseFile) {
            throw new BusinessException(CASE_FILE, (av ? "该音像资料已作为证据随卷宗归档" : "文字记录随卷宗归档")
                    + "，按案卷的保存期限（长期）保存，不得单独销毁（全过程记录制度第二十一条、第二十三条）");
        }
        if (longTerm) {
            throw new BusinessException(NOT_YET, "该案卷的音像资料须长期保存，不得销毁（全过程记录制度第二十二条）");
        }
        LocalDate until = retainUntil(archived);
        if (today.isBefore(until)) {
            throw new BusinessException(NOT_YET, "未随卷归档的音像资料保存期限未满五年（至 " + until + "），不得销毁（全过程记录制度第二十三条）");
        }
    }
}
