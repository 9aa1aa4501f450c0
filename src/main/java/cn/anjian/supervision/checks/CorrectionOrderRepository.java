package cn.anjian.supervision.checks;

import org.springframework.data.repository.CrudRepository;

interface CorrectionOrderRepository extends CrudRepository<CorrectionOrder, Long> {
}
