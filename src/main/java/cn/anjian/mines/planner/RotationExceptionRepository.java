package cn.anjian.mines.planner;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface RotationExceptionRepository extends CrudRepository<RotationException, Long> {

    Optional<RotationException> findByFlowId(Long flowId);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM mine_rotation_exception WHERE commissioner_id = :commissionerId
               AND mine_id = :mineId AND plan_year = :year AND status IN ('PENDING', 'APPROVED'))""")
    boolean openOrApproved(long commissionerId, long mineId, int year);
}
