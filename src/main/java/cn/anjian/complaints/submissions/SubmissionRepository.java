package cn.anjian.complaints.submissions;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

/** The one repository of the {@link Submission} aggregate; lists and reports stay in {@link SubmissionQueries}. */
interface SubmissionRepository extends CrudRepository<Submission, Long> {

    Optional<Submission> findByTrackingCode(String trackingCode);
}
