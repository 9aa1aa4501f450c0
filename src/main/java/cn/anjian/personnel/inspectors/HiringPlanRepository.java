package cn.anjian.personnel.inspectors;

import org.springframework.data.repository.CrudRepository;

interface HiringPlanRepository extends CrudRepository<HiringPlan, Long> {
}
