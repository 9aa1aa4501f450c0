package cn.anjian.experts.pool;

import org.springframework.data.repository.CrudRepository;

interface ExpertRepository extends CrudRepository<Expert, Long> {
}
