package cn.anjian.experts.reviews;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface AnnualVerdictRepository extends CrudRepository<AnnualVerdict, Long> {

    Optional<AnnualVerdict> findByFlowId(Long flowId);
}
