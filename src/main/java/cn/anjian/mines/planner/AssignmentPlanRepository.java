package cn.anjian.mines.planner;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;

import org.springframework.data.repository.CrudRepository;

interface AssignmentPlanRepository extends CrudRepository<AssignmentPlan, Long> {

    @Query("SELECT EXISTS (SELECT 1 FROM mine_plan WHERE jurisdiction_id = :jurisdictionId AND status = 'SOLVING')")
    boolean solvingIn(long jurisdictionId);

    @Query("SELECT id FROM mine_plan WHERE scope_path LIKE :pattern ORDER BY plan_year DESC, id DESC LIMIT 100")
    List<Long> latestIds(String pattern);
}
