package cn.anjian.personnel;

import java.util.Optional;

/** Look-ups of social supervisors for other modules (SS-04: only a serving supervisor may submit). */
public interface SupervisorDirectory {

    /** The supervisor whose login this is, serving or not; empty when the user is not a supervisor. */
    Optional<SupervisorRef> findByUser(long userId);

    Optional<SupervisorRef> findById(long supervisorId);
}
