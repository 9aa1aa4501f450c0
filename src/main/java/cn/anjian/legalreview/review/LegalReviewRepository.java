package cn.anjian.legalreview.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link LegalReview}. */
interface LegalReviewRepository extends CrudRepository<LegalReview, Long> {

    Optional<LegalReview> findByFlowId(Long flowId);

    Optional<LegalReview> findByExtensionFlowId(Long flowId);

    Optional<LegalReview> findByConsentFlowId(Long flowId);

    @Query("SELECT * FROM lr_review WHERE case_id = :caseId ORDER BY id DESC")
    List<LegalReview> findByCaseIdOrderByIdDesc(long caseId);
}
