package cn.anjian.enterprises;

import java.time.Instant;
import java.time.LocalDate;

/** CAP-07: one listing on the joint-punishment blacklist (失信联合惩戒黑名单), live until removed. */
public record BlacklistEntry(long id, long enterpriseId, String enterpriseName, String grounds, String decisionDoc,
                             LocalDate fromDate, LocalDate toDate, String listedBy, Instant listedAt,
                             Instant removedAt, String removedBy, String removalReason, int version) {

    public boolean live() {
        return removedAt == null;
    }
}
