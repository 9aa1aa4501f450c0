package cn.anjian.publicity.decisions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface DecisionEntryRepository extends CrudRepository<DecisionEntry, Long> {

    Optional<DecisionEntry> findBySourceRef(String sourceRef);

    boolean existsByCaseId(long caseId);

    List<DecisionEntry> findByCaseId(long caseId);

    Optional<DecisionEntry> findByFlowId(long flowId);

    Optional<DecisionEntry> findByWithdrawalFlowId(long flowId);
}
