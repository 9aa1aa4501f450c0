package cn.anjian.personnel.supervisors;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** The {@link Supervisor} aggregate's repository (Spring Data JDBC, optimistic {@code version}). */
interface SupervisorRepository extends CrudRepository<Supervisor, Long> {

    @Query("SELECT * FROM per_supervisor WHERE flow_id = :flow OR renewal_flow_id = :flow")
    Optional<Supervisor> findByFlow(@Param("flow") long flowId);

    Optional<Supervisor> findByUserId(long userId);

    List<Supervisor> findByPersonIdOrderById(long personId);

    /** Saves with the change time stamped. */
    default Supervisor save(Supervisor s, Instant now) {
        s.touch(now);
        return save(s);
    }
}
