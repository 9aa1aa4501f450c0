package cn.anjian.legalreview.review;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link EmergencyMeasure}. */
interface EmergencyMeasureRepository extends CrudRepository<EmergencyMeasure, Long> {

    java.util.Optional<EmergencyMeasure> findByCaseId(long caseId);
}
