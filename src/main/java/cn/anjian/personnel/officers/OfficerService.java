package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.Officers;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.PostStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement officers (OFF): the one entry point for pages, API and import, delegating to the use cases
 * (registry, trainings, certificates, posts, awards, reports), each with its own transactions; only the
 * two entry points that combine a change with reading the detail back span one transaction here. Every
 * method checks scope (404 outside) and the gates before changing anything, so pages, API and import
 * refuse identically. Other modules see the {@link Officers} API; the people pages read {@link #get}.
 */
@Service
@RequiredArgsConstructor
public class OfficerService implements Officers {

    private final OfficerRegistry registry;
    private final OfficerTrainings trainings;
    private final OfficerCertificates certificates;
    private final OfficerPosts posts;
    private final OfficerAwards awards;
    private final OfficerReports reports;
    private final OfficerRecords records;

    static void requireManage(Actor actor) {
        OfficerSupport.requireManage(actor);
    }

    // ---- registry ----

    /** Gives a recorded person the officer role (the person must be in scope). */
    @Transactional
    OfficerDetail register(Actor actor, long personId, NewOfficer officer) {
        registry.registerOnly(actor, personId, officer);
        return registry.get(actor, personId);
    }

    /** {@link #register} without reading the whole officer back (the import does not need it). */
    void registerOnly(Actor actor, long personId, NewOfficer officer) {
        registry.registerOnly(actor, personId, officer);
    }

    @Override
    public boolean isOfficer(long personId) {
        return registry.isOfficer(personId);
    }

    /** An officer in the actor's scope with everything the officer page shows, or 404. */
    public OfficerDetail get(Actor actor, long personId) {
        return registry.get(actor, personId);
    }

    // ---- trainings ----

    TrainingView addTraining(Actor actor, long personId, NewTraining training) {
        return trainings.addTraining(actor, personId, training);
    }

    // ---- certificates ----

    /** OFF-01/OFF-08: refused unless ≥ 80 centralised pre-job hours and a passed safety-law exam. */
    CertificateView addCertificate(Actor actor, long personId, NewCertificate certificate) {
        return certificates.addCertificate(actor, personId, certificate);
    }

    /** Suspend, reinstate, revoke, cancel; revoking/cancelling opens OFF-04 for an officer on post. */
    CertificateView changeCertificate(Actor actor, long certificateId, int version, CertificateAction action,
                                      LocalDate on, String reason) {
        return certificates.changeCertificate(actor, certificateId, version, action, on, reason);
    }

    /** OFF-05: the certificate was handed back to the issuing authority. */
    CertificateView returnCertificate(Actor actor, long certificateId, int version, LocalDate on, String receivedBy) {
        return certificates.returnCertificate(actor, certificateId, version, on, receivedBy);
    }

    Optional<CertificateView> findCertificate(long certificateId) {
        return records.findCertificate(certificateId);
    }

    // ---- posts and OFF-04 ----

    /** Moves the officer on or off enforcement posts; off post meets an open OFF-04 case. */
    @Transactional
    OfficerDetail changePost(Actor actor, long personId, int version, PostStatus status, LocalDate on, String reason) {
        posts.changePost(actor, personId, version, status, on, reason);
        return registry.get(actor, personId);
    }

    /** OFF-04 cases in scope: open ones (overdue first), or only overdue ones. */
    List<PostCaseView> postCases(Actor actor, boolean overdueOnly) {
        return posts.postCases(actor, overdueOnly);
    }

    // ---- awards (OFF-06) ----

    /** OFF-06. */
    AwardEligibility awardEligibility(Actor actor, long personId, int year) {
        return awards.awardEligibility(actor, personId, year);
    }

    /** OFF-06: records that the officer deliberately did not obtain a certificate in {@code year}. */
    void flagDeliberateNoCertificate(Actor actor, long personId, int year, String reason) {
        awards.flagDeliberateNoCertificate(actor, personId, year, reason);
    }

    // ---- lists and reports ----

    @Override
    public PageResult<OfficerRow> list(Actor actor, OfficerFilter filter, int page, int size) {
        return reports.list(actor, filter, page, size);
    }

    /** The officer list page in a chosen order ({@link OfficerReports#SORT}), counted as its API counts (capped, issue 20). */
    PageResult<OfficerRow> list(Actor actor, OfficerFilter filter, cn.anjian.kernel.ListSort.Sort sort, int page, int size) {
        return reports.list(actor, filter, sort, page, size, cn.anjian.kernel.ListCount.CAPPED);
    }

    /** As above, counting as {@code count} says (the API: capped). */
    PageResult<OfficerRow> list(Actor actor, OfficerFilter filter, cn.anjian.kernel.ListSort.Sort sort, int page, int size,
                                cn.anjian.kernel.ListCount count) {
        return reports.list(actor, filter, sort, page, size, count);
    }

    /** OFF-02: officers in scope short of the year's requirement (one SQL aggregate), paginated. */
    PageResult<ShortfallRow> shortfalls(Actor actor, int year, int page, int size) {
        return reports.shortfalls(actor, year, page, size);
    }

    /** OFF-07: in-post officers whose 3-yearly rotation training is due within {@code withinDays} or overdue. */
    List<RotationRow> rotationDue(Actor actor, LocalDate day, int withinDays) {
        return reports.rotationDue(actor, day, withinDays);
    }
}
