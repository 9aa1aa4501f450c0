package cn.anjian.mines.planner;

import org.springframework.data.repository.CrudRepository;

interface AssignmentPlanRepository extends CrudRepository<AssignmentPlan, Long> {
}
