package cn.anjian.experts.dispatches;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface FixedExpertRepository extends CrudRepository<FixedExpert, Long> {

    Optional<FixedExpert> findByFlowId(Long flowId);
}
