package cn.anjian.identity;

import java.util.List;
import java.util.Optional;

/**
 * Role grants as other modules may ask for them, read fresh from the database (not from the login),
 * so a revoked role stops working at once — e.g. for deciding an approval step.
 */
public interface UserRoles {

    /** Roles of the enabled user when they belong to the agency; empty otherwise. */
    List<String> roles(long userId, long agencyId);

    default boolean holds(long userId, long agencyId, String roleCode) {
        return roles(userId, agencyId).contains(roleCode);
    }

    Optional<String> roleName(String roleCode);

    /** The enabled users of the agency holding any of the roles (e.g. the heads told of a major hazard), by id. */
    List<Long> holders(long agencyId, java.util.Collection<String> roleCodes);

    /** The enabled users of the agency whose roles grant the permission (e.g. who receives reports from below), by id. */
    List<Long> permitted(long agencyId, String permission);
}
