package cn.anjian.identity;

import java.util.Set;

/**
 * Creating users from code (the demo loader, future imports). Applies the same gates as the admin
 * pages: password policy (IAM-02), role combination (IAM-05), a known active agency and unit; audited.
 */
public interface UserAdministration extends cn.anjian.kernel.ActingUsers {

    /**
     * @param roles role codes, e.g. {@code OFFICER}
     * @param mustChangePassword true for real accounts (first-login change); demo accounts pass false
     * @return the new user's id
     */
    long createUser(String username, String displayName, long agencyId, Long unitId, Set<String> roles,
                    String rawPassword, boolean mustChangePassword);

    /**
     * Enrols a second factor with a known TOTP secret (Base32) for a loader: the demo's administrators share one
     * published secret so that people trying the demo and the tests can sign in (issue 13). Nothing if enrolled.
     */
    void enrolSecondFactor(String username, String base32Secret);

    /** Whether a user with this name (case-insensitive) exists, so loaders can be idempotent. */
    boolean exists(String username);

    /** The enabled user as an {@link cn.anjian.kernel.Actor} (see {@link cn.anjian.kernel.ActingUsers}). */
    @Override
    java.util.Optional<cn.anjian.kernel.Actor> actor(String username);
}
