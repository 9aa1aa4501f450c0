package cn.anjian.personnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;

/**
 * Enforcement officers (OFF). Every method checks scope (404 outside) and the gates before changing
 * anything; pages, API and the Excel import call the same methods, so refusals are identical.
 */
public interface Officers {

    /** Gives a recorded person the officer role (the person must be in scope). */
    OfficerDetail register(Actor actor, long personId, NewOfficer officer);

    OfficerDetail get(Actor actor, long personId);

    /** Whether the person holds the officer role (trusted, unscoped). */
    boolean isOfficer(long personId);

    PageResult<OfficerRow> list(Actor actor, OfficerFilter filter, int page, int size);

    TrainingView addTraining(Actor actor, long personId, NewTraining training);

    /** OFF-01/OFF-08: refused unless ≥ 80 centralised pre-job hours and a passed safety-law exam. */
    CertificateView addCertificate(Actor actor, long personId, NewCertificate certificate);

    /** Suspend, reinstate, revoke, cancel; revoking/cancelling opens OFF-04 for an officer on post. */
    CertificateView changeCertificate(Actor actor, long certificateId, int version, CertificateAction action,
                                      LocalDate on, String reason);

    /** OFF-05: the certificate was handed back to the issuing authority. */
    CertificateView returnCertificate(Actor actor, long certificateId, int version, LocalDate on, String receivedBy);

    /** Moves the officer on or off enforcement posts; off post meets an open OFF-04 case. */
    OfficerDetail changePost(Actor actor, long personId, int version, PostStatus status, LocalDate on, String reason);

    /** OFF-04 cases in scope: open ones (overdue first), or only overdue ones. */
    List<PostCaseView> postCases(Actor actor, boolean overdueOnly);

    /** OFF-02: officers in scope short of the year's requirement (one SQL aggregate), paginated. */
    PageResult<ShortfallRow> shortfalls(Actor actor, int year, int page, int size);

    /** OFF-07: in-post officers whose 3-yearly rotation training is due within {@code withinDays} or overdue. */
    List<RotationRow> rotationDue(Actor actor, LocalDate day, int withinDays);

    /** OFF-06. */
    AwardEligibility awardEligibility(Actor actor, long personId, int year);

    /** OFF-06: records that the officer deliberately did not obtain a certificate in {@code year}. */
    void flagDeliberateNoCertificate(Actor actor, long personId, int year, String reason);

    Optional<CertificateView> findCertificate(long certificateId);
}
