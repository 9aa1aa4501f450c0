package cn.anjian.recording.internal;

import java.time.Instant;

import cn.anjian.calendar.Period;
import cn.anjian.kernel.BusinessException;

/**
 * REC-07 (art. 18): AV records are handed over for storage the same day the activity ends (until 24:00
 * Beijing time: 0 working days from that day, which the calendar counts as the end of the day itself,
 * weekend or not); for continuous, remote or distant work within 24 hours after returning to the office.
 */
public record UploadDeadline(Period period, Instant start) {

    public static UploadDeadline of(Instant ended, boolean remoteWork, Instant returnedAt) {
        if (!remoteWork) {
            return new UploadDeadline(Period.workingDays(0), ended);
        }
        if (returnedAt == null) {
            throw BusinessException.badInput("REC-07-RETURN", "连续、异地或边远地区工作须填写返回机关的时间");
        }
        if (returnedAt.isBefore(ended)) {
            throw BusinessException.badInput("REC-07-RETURN", "返回机关的时间不能早于执法活动结束时间");
        }
        return new UploadDeadline(Period.hours(24), returnedAt);
    }
}
