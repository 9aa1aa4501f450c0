package cn.anjian.mines.app;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface WorkReportRepository extends CrudRepository<WorkReport, Long> {

    Optional<WorkReport> findByCommissionerIdAndPeriodYearAndHalf(long commissionerId, int periodYear, int half);

    List<WorkReport> findByCommissionerId(long commissionerId);
}
