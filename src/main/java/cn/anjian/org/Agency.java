package cn.anjian.org;

import java.time.LocalDate;

/** ORG-02: an agency (部门) of a jurisdiction. {@code scopePath} is the jurisdiction's path, copied at creation (ORG-03). */
public record Agency(long id, long jurisdictionId, String scopePath, AgencyKind kind, String name, String status,
                     LocalDate retiredAt, int version) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
