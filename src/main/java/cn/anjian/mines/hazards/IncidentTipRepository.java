package cn.anjian.mines.hazards;

import org.springframework.data.repository.CrudRepository;

interface IncidentTipRepository extends CrudRepository<IncidentTip, Long> {
}
