package cn.anjian.experts.dispatches;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface UseApplicationRepository extends CrudRepository<UseApplication, Long> {

    Optional<UseApplication> findByFlowId(Long flowId);
}
