package cn.anjian.kernel;

import java.util.Optional;

/**
 * A user as an {@link Actor} with their real permissions, for code that acts on a user's behalf
 * outside a request (the demo loaders), so it passes the same gates as the user. Implemented by the
 * identity module; lets modules that may not depend on identity act as a named user.
 */
public interface ActingUsers {

    /** The enabled user, or empty. */
    Optional<Actor> actor(String username);
}
