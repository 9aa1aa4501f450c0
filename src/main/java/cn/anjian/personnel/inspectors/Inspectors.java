package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ListSort;
import org.springframework.stereotype.Service;

/**
 * TI-07..TI-19: the inspectors' working life, from contract to certificate, call-up, renewal and
 * dismissal. The one entry point the controllers and the workflow listener use; each use case lives in
 * its own class (appointments and terms, certificates and renewal, duties, records, queries).
 */
@Service
@RequiredArgsConstructor
class Inspectors {

    static final String WHAT = "技术检查员";
    static final String SELECT = """
            SELECT i.*, p.name AS name, a.name AS agency_name FROM ti_inspector i
            JOIN per_person p ON p.id = i.person_id JOIN org_agency_view a ON a.id = i.agency_id
            """;

    record Filter(String name, String kind, String status, String certificate) {
    }

    record Shortfall(long inspectorId, String name, String agencyName, int hours, int missing) {
    }

    private final InspectorQueries queries;
    private final InspectorAppointments appointments;
    private final InspectorCertificates certificates;
    private final InspectorDuties duties;
    private final InspectorRecords records;

    // ---- reading ----

    InspectorView find(long id) {
        return queries.find(id);
    }

    InspectorView get(Actor actor, long id) {
        return queries.get(actor, id);
    }

    /** The sortable columns of the inspector list (issue 12); newest appointment first by default. */
    static final ListSort SORT = ListSort.by("i.id")
            .key("name", "姓名", "p.name").key("agency", "聘用部门", "a.name").key("term", "聘期", "i.term_end")
            .key("certificate", "工作证有效期", "i.certificate_expires_on").key("appointed", "聘用顺序", "i.id")
            .byDefault("appointed", false);

    List<InspectorView> list(Actor actor, Filter f, int page, int size) {
        return queries.list(actor, f, SORT.defaults(), page, size);
    }

    List<InspectorView> list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        return queries.list(actor, f, sort, page, size);
    }

    void each(Actor actor, Filter f, ListSort.Sort sort, java.util.function.Consumer<InspectorView> sink) {
        queries.each(actor, f, sort, sink);
    }

    long count(Actor actor, Filter f) {
        return queries.count(actor, f);
    }

    List<InspectorTrainingView> trainings(long id) {
        return queries.trainings(id);
    }

    int preJobHours(long id) {
        return queries.preJobHours(id);
    }

    int hoursInYear(long id, int year) {
        return queries.hoursInYear(id, year);
    }

    List<EquipmentView> equipment(long id) {
        return queries.equipment(id);
    }

    List<RenewalView> renewals(long id) {
        return queries.renewals(id);
    }

    List<InspectorRecordView> records(long id) {
        return queries.records(id);
    }

    List<Shortfall> shortfalls(Actor actor, int year) {
        return queries.shortfalls(actor, year);
    }

    List<InspectorView> renewalReminders(Actor actor) {
        return queries.renewalReminders(actor);
    }

    // ---- TI-07/TI-08/TI-14 ----

    InspectorView appoint(Actor actor, Appointment a) {
        return appointments.appoint(actor, a);
    }

    InspectorView renewTerm(Actor actor, long id) {
        return appointments.renewTerm(actor, id);
    }

    // ---- TI-11/TI-15/TI-16 ----

    InspectorView recordAssessment(Actor actor, long id, LocalDate passedOn) {
        return certificates.recordAssessment(actor, id, passedOn);
    }

    InspectorView issueCertificate(Actor actor, long id, LocalDate expiresOn) {
        return certificates.issueCertificate(actor, id, expiresOn);
    }

    RenewalView applyRenewal(Actor actor, long id) {
        return certificates.applyRenewal(actor, id);
    }

    void renewalCompleted(long renewalId, boolean approved) {
        certificates.renewalCompleted(renewalId, approved);
    }

    InspectorView recordDestruction(Actor actor, long id, LocalDate destroyedOn) {
        return certificates.recordDestruction(actor, id, destroyedOn);
    }

    InspectorView cancelCertificate(Actor actor, long id, String reason) {
        return certificates.cancelCertificate(actor, id, reason);
    }

    // ---- TI-12/TI-13/TI-17/TI-19 ----

    InspectorTrainingView addTraining(Actor actor, long id, String kind, String course, Integer hours, LocalDate endedOn) {
        return duties.addTraining(actor, id, kind, course, hours, endedOn);
    }

    void callUp(Actor actor, long id, String purpose, LocalDate from, LocalDate to) {
        duties.callUp(actor, id, purpose, from, to);
    }

    InspectorView dismiss(Actor actor, long id, DismissalGround ground, String reason, String notifiedUnits) {
        return duties.dismiss(actor, id, ground, reason, notifiedUnits);
    }

    EquipmentView issueEquipment(Actor actor, long id, String kind, String name, LocalDate issuedOn) {
        return duties.issueEquipment(actor, id, kind, name, issuedOn);
    }

    EquipmentView returnEquipment(Actor actor, long id, long equipmentId, LocalDate returnedOn) {
        return duties.returnEquipment(actor, id, equipmentId, returnedOn);
    }

    InspectorRecordView addRecord(Actor actor, long id, String category, String kind, LocalDate occurredOn,
                                  LocalDate untilOn, String description, String handling, String response) {
        return records.addRecord(actor, id, category, kind, occurredOn, untilOn, description, handling, response);
    }

    static Map<String, Object> snapshot(InspectorView i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", i.personId());
        m.put("agencyId", i.agencyId());
        m.put("kind", i.kind());
        m.put("status", i.status());
        m.put("termEnd", String.valueOf(i.termEnd()));
        m.put("certificateStatus", i.certificateStatus());
        m.put("certificateExpiresOn", String.valueOf(i.certificateExpiresOn()));
        m.put("assessmentPassedOn", String.valueOf(i.assessmentPassedOn()));
        m.put("dismissalGround", i.dismissalGround());
        return m;
    }
}
