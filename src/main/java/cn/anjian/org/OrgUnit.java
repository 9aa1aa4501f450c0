package cn.anjian.org;

import java.time.LocalDate;

/** ORG-02: an internal unit (内设机构) of an agency. Its scope is its agency's {@code scopePath}. */
public record OrgUnit(long id, long agencyId, UnitKind kind, String name, String status, LocalDate retiredAt,
                      int version) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
