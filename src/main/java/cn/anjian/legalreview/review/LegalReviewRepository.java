package cn.anjian.legalreview.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link LegalReview}. */
interface LegalReviewRepository extends CrudRepository<LegalReview, Long> {

    Optional<LegalReview> findByFlowId(Long flowId);

    Optional<LegalReview> findByExtensionFlowId(Long flowId);

    List<LegalReview> findByCaseIdOrderByIdDesc(long caseId);
}
