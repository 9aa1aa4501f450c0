package cn.anjian.enforcement.plans;

import org.springframework.data.repository.CrudRepository;

/** The one repository of the {@link InspectionPlan} aggregate; lists read with JdbcClient. */
interface PlanRepository extends CrudRepository<InspectionPlan, Long> {
}
