package cn.anjian.supervision.tolerance;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface ToleranceRepository extends CrudRepository<ToleranceApplication, Long> {

    Optional<ToleranceApplication> findByFlowId(long flowId);
}
