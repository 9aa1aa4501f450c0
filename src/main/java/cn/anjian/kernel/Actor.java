package cn.anjian.kernel;

/**
 * The authenticated user as every module sees it: who acts, for which agency, over which
 * jurisdiction subtree. Implemented by the identity module's principal, so modules can take it
 * with {@code @AuthenticationPrincipal Actor actor} without depending on identity.
 */
public interface Actor {

    long userId();

    String username();

    String displayName();

    long agencyId();

    String agencyName();

    /** The internal unit (内设机构) the user belongs to, or null. */
    Long unitId();

    long jurisdictionId();

    /** The user's data scope (ORG-03): their agency's jurisdiction and its descendants. */
    Scope scope();

    boolean hasPermission(String permission);
}
