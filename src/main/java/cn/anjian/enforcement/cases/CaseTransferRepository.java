package cn.anjian.enforcement.cases;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

/** The one repository of the {@link CaseTransfer} aggregate. */
interface CaseTransferRepository extends CrudRepository<CaseTransfer, Long> {

    Optional<CaseTransfer> findByFlowId(long flowId);
}
