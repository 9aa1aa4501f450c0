package cn.anjian.workflow.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Optional;

import cn.anjian.identity.UserRoles;
import org.springframework.stereotype.Component;

/**
 * Who holds which role in which agency, asked of identity per decision, so a revoked role stops
 * deciding at once, not at the next login.
 */
@Component
@RequiredArgsConstructor
class StaffDirectory {

    private final UserRoles userRoles;

    boolean holds(long userId, long agencyId, String roleCode) {
        return userRoles.holds(userId, agencyId, roleCode);
    }

    List<String> roles(long userId, long agencyId) {
        return userRoles.roles(userId, agencyId);
    }

    Optional<String> roleName(String roleCode) {
        return userRoles.roleName(roleCode);
    }
}
