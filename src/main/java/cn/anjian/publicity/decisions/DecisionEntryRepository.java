package cn.anjian.publicity.decisions;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface DecisionEntryRepository extends CrudRepository<DecisionEntry, Long> {

    Optional<DecisionEntry> findBySourceRef(String sourceRef);

    boolean existsByCaseId(long caseId);

    Optional<DecisionEntry> findByFlowId(long flowId);

    Optional<DecisionEntry> findByWithdrawalFlowId(long flowId);
}
