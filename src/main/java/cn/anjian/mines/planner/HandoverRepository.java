package cn.anjian.mines.planner;

import org.springframework.data.repository.CrudRepository;

interface HandoverRepository extends CrudRepository<Handover, Long> {
}
