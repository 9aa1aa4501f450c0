package cn.anjian.experts.applications;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface ApplicationRepository extends CrudRepository<ExpertApplication, Long> {

    boolean existsByAgencyId(long agencyId);

    Optional<ExpertApplication> findByTrackingCode(String trackingCode);

    Optional<ExpertApplication> findByReviewFlowId(Long flowId);

    Optional<ExpertApplication> findByMeetingFlowId(Long flowId);
}
