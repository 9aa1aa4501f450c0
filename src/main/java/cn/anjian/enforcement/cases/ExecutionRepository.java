package cn.anjian.enforcement.cases;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface ExecutionRepository extends CrudRepository<Execution, Long> {
    Optional<Execution> findByCaseId(long caseId);

    Optional<Execution> findByPlanFlowId(long flowId);
}
