package cn.anjian.enforcement.cases;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface TimeLimitExtensionRepository extends CrudRepository<TimeLimitExtension, Long> {

    Optional<TimeLimitExtension> findByFlowId(long flowId);
}
