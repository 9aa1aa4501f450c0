package cn.anjian.experts.dispatches;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface DispatchRepository extends CrudRepository<Dispatch, Long> {

    Optional<Dispatch> findByFlowId(Long flowId);

    Optional<Dispatch> findByReimburseFlowId(Long flowId);
}
