package cn.anjian.documents;

import java.time.Instant;

/** A document number as issued and recorded (CASE-05): who took it, for what, when. */
public record IssuedNumber(long id, String type, String typeName, long agencyId, String agencyName, int year, int n,
                           String text, String subjectType, String subjectId, Instant issuedAt, String issuedBy) {
}
