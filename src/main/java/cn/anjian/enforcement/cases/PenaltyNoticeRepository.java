package cn.anjian.enforcement.cases;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface PenaltyNoticeRepository extends CrudRepository<PenaltyNotice, Long> {

    Optional<PenaltyNotice> findByCaseId(long caseId);
}
