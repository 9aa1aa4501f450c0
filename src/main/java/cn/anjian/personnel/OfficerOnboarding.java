package cn.anjian.personnel;

import java.time.LocalDate;

import cn.anjian.kernel.Actor;

/**
 * How another module records staff who enforce (e.g. mine safety commissioners, issue 16: their enforcement
 * certificates come from personnel): the person becomes an officer on post with the trainings and exams that
 * qualify (OFF-01/OFF-08) and a valid enforcement certificate — the same steps, gates and audit as HR on the officer
 * pages. Needs {@code personnel:manage} and the person in the actor's scope.
 */
public interface OfficerOnboarding {

    /** Records the officer, the qualifying trainings, the certificate and the post; refused as the officer pages refuse. */
    void certify(Actor hr, long personId, Certified record);

    /**
     * The record: hired and trained (pre-job training of 80 hours with the safety-law exam and the unified Shanxi
     * enforcement exam) in the past, the enforcement certificate valid from {@code validFrom} for five years.
     */
    record Certified(LocalDate hiredOn, LocalDate trainedOn, String certificateNumber, String issuer,
                     LocalDate validFrom) {
    }
}
