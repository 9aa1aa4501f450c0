package cn.anjian.reporting.briefings;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface BriefingRepository extends CrudRepository<Briefing, Long> {

    Optional<Briefing> findByFlowId(long flowId);

    Optional<Briefing> findByAgencyIdAndYearAndHalf(long agencyId, int year, int half);
}
