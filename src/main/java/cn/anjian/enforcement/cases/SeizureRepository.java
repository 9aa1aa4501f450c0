package cn.anjian.enforcement.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface SeizureRepository extends CrudRepository<Seizure, Long> {
    List<Seizure> findByCaseIdOrderById(long caseId);

    Optional<Seizure> findByExtensionFlowId(long flowId);
}
