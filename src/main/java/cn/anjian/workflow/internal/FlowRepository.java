package cn.anjian.workflow.internal;

import org.springframework.data.repository.CrudRepository;

interface FlowRepository extends CrudRepository<Flow, Long> {
}
