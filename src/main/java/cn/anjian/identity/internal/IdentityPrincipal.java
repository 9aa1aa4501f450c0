package cn.anjian.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Scope;

/**
 * The logged-in user. Serializable because the security context lives in the JDBC session (several
 * nodes share it); the scope is kept as its path string since {@link Scope} itself is not serializable.
 * Authorities are the permission codes of the user's roles, read at login (or per request for tokens).
 */
public record IdentityPrincipal(long userId, String username, String displayName, long agencyId, String agencyName,
                                Long unitId, long jurisdictionId, String scopePath, Set<String> permissions,
                                boolean mustChangePassword) implements Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public IdentityPrincipal {
        permissions = Set.copyOf(permissions);
    }

    @Override
    public Scope scope() {
        return new Scope(scopePath);
    }

    @Override
    public boolean hasPermission(String permission) {
        return permissions.contains(permission);
    }

    IdentityPrincipal passwordChanged() {
        return new IdentityPrincipal(userId, username, displayName, agencyId, agencyName, unitId, jurisdictionId,
                scopePath, permissions, false);
    }

    @Override
    public String toString() {
        return username;
    }
}
