package cn.anjian.personnel.officers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.personnel.AwardEligibility;
import cn.anjian.personnel.CertificateAction;
import cn.anjian.personnel.CertificateView;
import cn.anjian.personnel.NewCertificate;
import cn.anjian.personnel.NewOfficer;
import cn.anjian.personnel.NewTraining;
import cn.anjian.personnel.OfficerDetail;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.Officers;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.PostCaseView;
import cn.anjian.personnel.PostStatus;
import cn.anjian.personnel.RotationRow;
import cn.anjian.personnel.ShortfallRow;
import cn.anjian.personnel.TrainingView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Officers} API: one entry point for pages, API and import, delegating to the use cases
 * (registry, trainings, certificates, posts, awards, reports), each with its own transactions; only the
 * two entry points that combine a change with reading the detail back span one transaction here.
 */
@Service
class OfficerService implements Officers {

    private final OfficerRegistry registry;
    private final OfficerTrainings trainings;
    private final OfficerCertificates certificates;
    private final OfficerPosts posts;
    private final OfficerAwards awards;
    private final OfficerReports reports;
    private final OfficerRecords records;

    OfficerService(OfficerRegistry registry, OfficerTrainings trainings, OfficerCertificates certificates,
                   OfficerPosts posts, OfficerAwards awards, OfficerReports reports, OfficerRecords records) {
        this.registry = registry;
        this.trainings = trainings;
        this.certificates = certificates;
        this.posts = posts;
        this.awards = awards;
        this.reports = reports;
        this.records = records;
    }

    static void requireManage(Actor actor) {
        OfficerSupport.requireManage(actor);
    }

    // ---- registry ----

    @Override
    @Transactional
    public OfficerDetail register(Actor actor, long personId, NewOfficer officer) {
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

    @Override
    public OfficerDetail get(Actor actor, long personId) {
        return registry.get(actor, personId);
    }

    // ---- trainings ----

    @Override
    public TrainingView addTraining(Actor actor, long personId, NewTraining training) {
        return trainings.addTraining(actor, personId, training);
    }

    // ---- certificates ----

    @Override
    public CertificateView addCertificate(Actor actor, long personId, NewCertificate certificate) {
        return certificates.addCertificate(actor, personId, certificate);
    }

    @Override
    public CertificateView changeCertificate(Actor actor, long certificateId, int version, CertificateAction action,
                                             LocalDate on, String reason) {
        return certificates.changeCertificate(actor, certificateId, version, action, on, reason);
    }

    @Override
    public CertificateView returnCertificate(Actor actor, long certificateId, int version, LocalDate on, String receivedBy) {
        return certificates.returnCertificate(actor, certificateId, version, on, receivedBy);
    }

    @Override
    public Optional<CertificateView> findCertificate(long certificateId) {
        return records.findCertificate(certificateId);
    }

    // ---- posts and OFF-04 ----

    @Override
    @Transactional
    public OfficerDetail changePost(Actor actor, long personId, int version, PostStatus status, LocalDate on, String reason) {
        posts.changePost(actor, personId, version, status, on, reason);
        return registry.get(actor, personId);
    }

    @Override
    public List<PostCaseView> postCases(Actor actor, boolean overdueOnly) {
        return posts.postCases(actor, overdueOnly);
    }

    // ---- awards (OFF-06) ----

    @Override
    public AwardEligibility awardEligibility(Actor actor, long personId, int year) {
        return awards.awardEligibility(actor, personId, year);
    }

    @Override
    public void flagDeliberateNoCertificate(Actor actor, long personId, int year, String reason) {
        awards.flagDeliberateNoCertificate(actor, personId, year, reason);
    }

    // ---- lists and reports ----

    @Override
    public PageResult<OfficerRow> list(Actor actor, OfficerFilter filter, int page, int size) {
        return reports.list(actor, filter, page, size);
    }

    @Override
    public PageResult<ShortfallRow> shortfalls(Actor actor, int year, int page, int size) {
        return reports.shortfalls(actor, year, page, size);
    }

    @Override
    public List<RotationRow> rotationDue(Actor actor, LocalDate day, int withinDays) {
        return reports.rotationDue(actor, day, withinDays);
    }
}
