package cn.anjian.documents;

import cn.anjian.kernel.Fmt;
import java.time.Instant;

/** A document number as issued and recorded (CASE-05): who took it, for what, when. */
public record IssuedNumber(long id, String type, String typeName, long agencyId, String agencyName, int year, int n,
                           String text, String subjectType, String subjectId, Instant issuedAt, String issuedBy) {

    /** The issue time in Beijing time, to the minute. */
    public String issuedAtText() {
        return Fmt.dateTime(issuedAt);
    }
}
