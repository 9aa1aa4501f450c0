package cn.anjian.personnel.inspectors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.InspectorCertificateCancelled;
import cn.anjian.personnel.InspectorDismissed;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-07..TI-19: the inspectors' working life, from contract to certificate, call-up, renewal and dismissal. */
@Service
@Transactional(readOnly = true)
class Inspectors {

    static final String WHAT = "技术检查员";
    static final String SELECT = """
            SELECT i.*, p.name AS name, a.name AS agency_name FROM ti_inspector i
            JOIN per_person p ON p.id = i.person_id JOIN org_agency_view a ON a.id = i.agency_id
            """;
    static final Set<String> CONTRACT_KINDS = Set.of("LABOUR", "SERVICE", "OTHER");

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Jurisdictions jurisdictions;
    private final Campaigns campaigns;
    private final People people;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final PlanApproval approval;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inspectors(JdbcClient jdbc, Agencies agencies, Jurisdictions jurisdictions, Campaigns campaigns, People people, Deadlines deadlines,
               WorkingCalendar calendar, PlanApproval approval, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.jurisdictions = jurisdictions;
        this.campaigns = campaigns;
        this.people = people;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.approval = approval;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    InspectorView find(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(InspectorView.class).optional()
                .orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    InspectorView get(Actor actor, long id) {
        InspectorView i = find(id);
        ScopeSql.requireInScope(actor, i.scopePath(), WHAT);
        return i;
    }

    record Filter(String name, String kind, String status, String certificate) {
    }

    List<InspectorView> list(Actor actor, Filter f, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        String where = where(actor, f, p);
        p.put("limit", size);
        p.put("offset", page * size);
        return jdbc.sql(SELECT + where + " ORDER BY i.id DESC LIMIT :limit OFFSET :offset").params(p)
                .query(InspectorView.class).list();
    }

    long count(Actor actor, Filter f) {
        Map<String, Object> p = new HashMap<>();
        String where = where(actor, f, p);
        return jdbc.sql("SELECT count(*) FROM ti_inspector i JOIN per_person p ON p.id = i.person_id" + where)
                .params(p).query(Long.class).single();
    }

    private static String where(Actor actor, Filter f, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" WHERE ").append(ScopeSql.condition("i.scope_path"));
        p.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.name() != null && !f.name().isBlank()) {
            w.append(" AND p.name LIKE :name");
            p.put("name", "%" + f.name().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.kind() != null) {
            w.append(" AND i.kind = :kind");
            p.put("kind", f.kind());
        }
        if (f.status() != null) {
            w.append(" AND i.status = :status");
            p.put("status", f.status());
        }
        if (f.certificate() != null) {
            w.append(" AND i.certificate_status = :cert");
            p.put("cert", f.certificate());
        }
        return w.toString();
    }

    List<TrainingView> trainings(long id) {
        return jdbc.sql("SELECT id, inspector_id, kind, course, hours, ended_on FROM ti_training WHERE inspector_id = :i ORDER BY ended_on DESC, id DESC")
                .param("i", id).query(TrainingView.class).list();
    }

    int preJobHours(long id) {
        return jdbc.sql("SELECT COALESCE(sum(hours), 0) FROM ti_training WHERE inspector_id = :i AND kind = 'PRE_JOB'")
                .param("i", id).query(Integer.class).single();
    }

    int hoursInYear(long id, int year) {
        return jdbc.sql("""
                SELECT COALESCE(sum(hours), 0) FROM ti_training WHERE inspector_id = :i AND kind IN ('ROTATION', 'SPECIAL')
                AND ended_on BETWEEN :from AND :to""").param("i", id).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31)).query(Integer.class).single();
    }

    List<EquipmentView> equipment(long id) {
        return jdbc.sql("SELECT id, inspector_id, kind, name, issued_on, return_due, returned_on FROM ti_equipment WHERE inspector_id = :i ORDER BY id")
                .param("i", id).query(EquipmentView.class).list();
    }

    List<RenewalView> renewals(long id) {
        return jdbc.sql("SELECT id, inspector_id, applied_on, expires_on, late, status, flow_id FROM ti_renewal WHERE inspector_id = :i ORDER BY id DESC")
                .param("i", id).query(RenewalView.class).list();
    }

    List<InspectorRecordView> records(long id) {
        return jdbc.sql("""
                SELECT id, category, kind, occurred_on, until_on, description, handling, response, recorded_by
                FROM ti_record WHERE inspector_id = :i ORDER BY occurred_on DESC, id DESC""")
                .param("i", id).query(InspectorRecordView.class).list();
    }

    record Shortfall(long inspectorId, String name, String agencyName, int hours, int missing) {
    }

    /** TI-12: active inspectors in scope with fewer than 12 rotation/special training hours in {@code year}. */
    List<Shortfall> shortfalls(Actor actor, int year) {
        return jdbc.sql("""
                SELECT i.id AS inspector_id, p.name, a.name AS agency_name, COALESCE(t.hours, 0) AS hours,
                       12 - COALESCE(t.hours, 0) AS missing
                FROM ti_inspector i JOIN per_person p ON p.id = i.person_id JOIN org_agency_view a ON a.id = i.agency_id
                LEFT JOIN (SELECT inspector_id, sum(hours) AS hours FROM ti_training
                           WHERE kind IN ('ROTATION', 'SPECIAL') AND ended_on BETWEEN :from AND :to GROUP BY inspector_id) t
                       ON t.inspector_id = i.id
                WHERE i.status = 'ACTIVE' AND """ + " " + ScopeSql.condition("i.scope_path") + " " + """
                 AND COALESCE(t.hours, 0) < 12 ORDER BY i.id LIMIT 500""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .param(ScopeSql.PARAM, actor.scope().pattern()).query(Shortfall.class).list();
    }

    /** TI-15: valid certificates in scope within 3 months of expiry (reminders), with whether renewal is applied. */
    List<InspectorView> renewalReminders(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE " + ScopeSql.condition("i.scope_path")
                        + " AND i.status = 'ACTIVE' AND i.certificate_status = 'VALID' AND i.certificate_expires_on <= :window"
                        + " AND NOT EXISTS (SELECT 1 FROM ti_renewal r WHERE r.inspector_id = i.id AND r.status = 'PENDING')"
                        + " ORDER BY i.certificate_expires_on LIMIT 500")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("window", today.plusMonths(3).plusDays(3))
                .query(InspectorView.class).list().stream()
                .filter(i -> InspectorRules.renewalReminder(i.certificateExpiresOn(), today)).toList();
    }

    // ---- TI-07/TI-08/TI-14: appointment with contract ----

    @Transactional
    InspectorView appoint(Actor actor, Appointment a) {
        if (a == null) {
            throw BusinessException.badInput("REQUIRED", "请填写聘用信息");
        }
        Agency agency = agencies.get(actor.agencyId());
        if (agency.kind() != AgencyKind.EMERGENCY_MANAGEMENT) {
            throw new BusinessException("TI-08", "技术检查员由应急管理部门聘用");
        }
        String body = null;
        Long personId = a.personId();
        Long planId = null;
        if (a.partTime()) {
            body = InspectorRules.recommendingBody(a.recommendingBody());
        } else {
            if (a.campaignId() == null || a.applicantId() == null) {
                throw new BusinessException("TI-03", "专职技术检查员须经公开招聘：请选择招聘活动及拟聘人员");
            }
            ApplicantView ap = campaigns.requireHireable(actor, a.campaignId(), a.applicantId());
            planId = campaigns.get(actor, a.campaignId()).planId();
            if (personId == null) {
                personId = ap.personId();
            }
            if (personId == null) {
                // the person is recorded once (People): found by the application's ID card, or recorded now
                personId = people.findByIdCard(actor, ap.idCard()).map(PersonView::id)
                        .orElseGet(() -> people.create(actor, NewPerson.basic(ap.name(), ap.idCard(), null)).id());
            }
        }
        if (personId == null) {
            throw BusinessException.badInput("REQUIRED", "请先在人员信息中登记此人，并选择该人员");
        }
        String personScope = jdbc.sql("SELECT scope_path FROM per_person WHERE id = :id").param("id", personId)
                .query(String.class).optional().orElseThrow(() -> BusinessException.notFound("人员"));
        ScopeSql.requireInScope(actor, personScope, "人员");
        if (a.contractKind() == null || !CONTRACT_KINDS.contains(a.contractKind())) {
            throw BusinessException.badInput("TI-08", "请选择合同形式：劳动合同、劳务合同或其他方式");
        }
        String duties = InspectorRules.text(a.duties(), "合同中的岗位职责", 2000);
        String rights = InspectorRules.text(a.rights(), "合同中的权利义务", 2000);
        String pay = InspectorRules.text(a.pay(), "合同中的薪酬待遇", 500);
        String termination = InspectorRules.text(a.termination(), "合同解除或者终止条款", 2000);
        if (a.termStart() == null) {
            throw BusinessException.badInput("REQUIRED", "请填写聘用起始日期");
        }
        LocalDate end;
        if (a.partTime()) {
            end = InspectorRules.partTimeTermEnd(a.termStart()); // TI-14: 3 years, regardless of input
        } else {
            if (a.termEnd() == null) {
                throw new BusinessException("TI-14", "专职技术检查员的聘用期限由聘用部门确定：请填写聘用截止日期");
            }
            if (!a.termEnd().isAfter(a.termStart()) || a.termEnd().isAfter(a.termStart().plusYears(10))) {
                throw BusinessException.badInput("TI-14", "聘用截止日期须晚于起始日期，且聘期不超过 10 年");
            }
            end = a.termEnd();
        }
        Map<String, Object> p = new HashMap<>();
        p.put("person", personId);
        p.put("agency", agency.id());
        p.put("j", agency.jurisdictionId());
        p.put("scope", agency.scopePath());
        p.put("kind", a.partTime() ? "PART_TIME" : "FULL_TIME");
        p.put("plan", planId);
        p.put("applicant", a.partTime() ? null : a.applicantId());
        p.put("body", body);
        p.put("specialty", a.specialty() == null ? null : a.specialty().name());
        p.put("start", a.termStart());
        p.put("end", end);
        p.put("ck", a.contractKind());
        p.put("duties", duties);
        p.put("rights", rights);
        p.put("pay", pay);
        p.put("termination", termination);
        p.put("at", OffsetDateTime.now(clock));
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO ti_inspector (person_id, agency_id, jurisdiction_id, scope_path, kind, plan_id, applicant_id,
                        recommending_body, specialty, status, term_start, term_end, contract_kind, contract_duties,
                        contract_rights, contract_pay, contract_termination, created_at)
                    VALUES (:person, :agency, :j, :scope, :kind, CAST(:plan AS BIGINT), CAST(:applicant AS BIGINT),
                        CAST(:body AS VARCHAR), CAST(:specialty AS VARCHAR), 'ACTIVE', :start, :end, :ck, :duties, :rights,
                        :pay, :termination, :at) RETURNING id""").params(p).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("TI-DUPLICATE", "此人已是本部门在聘的技术检查员");
        }
        if (!a.partTime()) {
            campaigns.markHired(a.applicantId(), personId);
        }
        openTermDeadline(id, agency.jurisdictionId(), agency.scopePath(), a.termStart(), end);
        InspectorView created = find(id);
        events.publishEvent(AuditableEvent.change("ti.inspector.appointed", "ti-inspector", id, null, snapshot(created)));
        return created;
    }

    /**
     * TI-14: the term's end is tracked by the one deadline mechanism (D = the day before the term
     * starts). A 3-year term usually ends in a year whose holiday notice is not yet published; the
     * calendar then keeps the deadline pending and opens it once that year's data is entered.
     */
    private void openTermDeadline(long id, long jurisdictionId, String scopePath, LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > Period.MAX_DAYS) {
            return;
        }
        DeadlineId d = deadlines.open(new NewDeadline("ti-inspector", String.valueOf(id), "TI-14", null, null,
                jurisdictionId, scopePath, Period.calendarDays((int) days),
                start.minusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant(), "技术检查员聘期届满（聘用编号 " + id + "）"));
        jdbc.sql("UPDATE ti_inspector SET term_deadline_id = :d WHERE id = :id").param("d", d.value()).param("id", id).update();
    }

    // ---- TI-11/TI-12: training, assessment, certificate ----

    @Transactional
    TrainingView addTraining(Actor actor, long id, String kind, String course, Integer hours, LocalDate endedOn) {
        InspectorView i = requireActive(actor, id);
        if (kind == null || !Set.of("PRE_JOB", "ROTATION", "SPECIAL").contains(kind)) {
            throw BusinessException.badInput("TI-12", "请选择培训类别：岗前培训、定期轮训或专题培训");
        }
        String c = InspectorRules.text(course, "培训课程", 200);
        if (hours == null || hours < 1 || hours > 500) {
            throw BusinessException.badInput("TI-11", "学时须在 1 到 500 之间");
        }
        if (endedOn == null || endedOn.isAfter(LocalDate.now(clock))) {
            throw BusinessException.badInput("TI-11", "请填写培训结束日期（不能晚于今天）");
        }
        long tid = jdbc.sql("INSERT INTO ti_training (inspector_id, kind, course, hours, ended_on, recorded_at) VALUES (:i, :k, :c, :h, :d, :at) RETURNING id")
                .param("i", i.id()).param("k", kind).param("c", c).param("h", hours).param("d", endedOn)
                .param("at", OffsetDateTime.now(clock)).query(Long.class).single();
        events.publishEvent(AuditableEvent.change("ti.training.recorded", "ti-inspector", id, null,
                Map.of("kind", kind, "course", c, "hours", hours, "endedOn", endedOn.toString())));
        return trainings(id).stream().filter(t -> t.id() == tid).findFirst().orElseThrow();
    }

    /** TI-11: the provincial department records the passed assessment. */
    @Transactional
    InspectorView recordAssessment(Actor actor, long id, LocalDate passedOn) {
        requireProvince(actor, "技术检查员考核由省级应急管理部门组织");
        InspectorView i = requireActive(actor, id);
        if (passedOn == null || passedOn.isAfter(LocalDate.now(clock))) {
            throw BusinessException.badInput("TI-11", "请填写考核合格日期（不能晚于今天）");
        }
        update(i, "assessment_passed_on = :d", Map.of("d", passedOn));
        return audited("ti.assessment.passed", i);
    }

    /** TI-11: 32 pre-job hours and the provincial assessment, then the province issues the work certificate. */
    @Transactional
    InspectorView issueCertificate(Actor actor, long id, LocalDate expiresOn) {
        Agency province = requireProvince(actor, "技术检查员工作证由省级应急管理部门统一颁发");
        InspectorView i = requireActive(actor, id);
        if ("VALID".equals(i.certificateStatus())) {
            throw BusinessException.conflict("TI-11", "该技术检查员已持有有效工作证");
        }
        InspectorRules.checkCertificate(preJobHours(id), i.assessmentPassedOn() != null);
        LocalDate today = LocalDate.now(clock);
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(10))) {
            throw BusinessException.badInput("TI-11", "请填写工作证有效期至（晚于今天，不超过 10 年）");
        }
        String no = "晋技检" + today.getYear() + String.format("%05d", id);
        Map<String, Object> set = new HashMap<>();
        set.put("no", no);
        set.put("issuer", province.name());
        set.put("on", today);
        set.put("exp", expiresOn);
        update(i, "certificate_no = :no, certificate_issuer = :issuer, certificate_issued_on = :on, certificate_expires_on = :exp, "
                + "certificate_status = 'VALID', certificate_destroyed_on = NULL, certificate_cancel_reason = NULL", set);
        jdbc.sql("INSERT INTO ti_equipment (inspector_id, kind, name, issued_on) VALUES (:i, 'CERTIFICATE', :n, :d)")
                .param("i", id).param("n", "技术检查员工作证 " + no).param("d", today).update();
        return audited("ti.certificate.issued", i);
    }

    // ---- TI-13: call-up ----

    @Transactional
    void callUp(Actor actor, long id, String purpose, LocalDate from, LocalDate to) {
        InspectorView i = requireActive(actor, id);
        Jurisdiction j = jurisdictions.get(agencies.get(actor.agencyId()).jurisdictionId());
        InspectorRules.checkCallUp(j.level(), actor.agencyId(), actor.scope(), i.agencyId(), i.scopePath());
        if (!i.certifiedOn(from == null ? LocalDate.now(clock) : from)) {
            throw new BusinessException("TI-11", "未取得有效工作证的技术检查员不能协助执法");
        }
        String p = InspectorRules.text(purpose, "调用事由", 500);
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.badInput("TI-13", "请填写调用起止日期（截止不早于起始）");
        }
        jdbc.sql("""
                INSERT INTO ti_callup (inspector_id, caller_agency_id, purpose, from_date, to_date, called_by, called_at)
                VALUES (:i, :a, :p, :f, :t, :by, :at)""").param("i", id).param("a", actor.agencyId()).param("p", p)
                .param("f", from).param("t", to).param("by", actor.username()).param("at", OffsetDateTime.now(clock)).update();
        events.publishEvent(AuditableEvent.change("ti.inspector.called-up", "ti-inspector", id, null,
                Map.of("callerAgencyId", actor.agencyId(), "purpose", p, "from", from.toString(), "to", to.toString())));
    }

    // ---- TI-14: part-time term renewal ----

    @Transactional
    InspectorView renewTerm(Actor actor, long id) {
        InspectorView i = requireActive(actor, id);
        requireHiringAgency(actor, i);
        if (!"PART_TIME".equals(i.kind())) {
            throw new BusinessException("TI-14", "专职技术检查员的聘期按合同约定，由聘用部门另行确定");
        }
        LocalDate start = i.termEnd().plusDays(1);
        LocalDate end = InspectorRules.partTimeTermEnd(start);
        if (i.termDeadlineId() != null) {
            deadlines.markMet(new DeadlineId(i.termDeadlineId()), clock.instant());
        }
        update(i, "term_end = :e, term_deadline_id = NULL", Map.of("e", end));
        openTermDeadline(id, i.jurisdictionId(), i.scopePath(), start, end);
        return audited("ti.term.renewed", i);
    }

    // ---- TI-15: certificate renewal ----

    @Transactional
    RenewalView applyRenewal(Actor actor, long id) {
        InspectorView i = requireActive(actor, id);
        requireHiringAgency(actor, i);
        if (!"VALID".equals(i.certificateStatus())) {
            throw new BusinessException("TI-15", "没有有效工作证，不能申请换证");
        }
        boolean pending = jdbc.sql("SELECT count(*) > 0 FROM ti_renewal WHERE inspector_id = :i AND status = 'PENDING'")
                .param("i", id).query(Boolean.class).single();
        if (pending) {
            throw BusinessException.conflict("TI-15", "已有换证申请正在逐级申报中");
        }
        LocalDate today = LocalDate.now(clock);
        boolean late = InspectorRules.renewalLate(i.certificateExpiresOn(), today);
        long rid = jdbc.sql("INSERT INTO ti_renewal (inspector_id, applied_on, expires_on, late, status) VALUES (:i, :d, :e, :l, 'PENDING') RETURNING id")
                .param("i", id).param("d", today).param("e", i.certificateExpiresOn()).param("l", late)
                .query(Long.class).single();
        long flow = approval.startRenewal(rid, id, i.name() + " 技术检查员工作证换证申请", i.agencyId(), actor);
        jdbc.sql("UPDATE ti_renewal SET flow_id = :f WHERE id = :id").param("f", flow).param("id", rid).update();
        events.publishEvent(AuditableEvent.change("ti.renewal.applied", "ti-inspector", id, null,
                Map.of("renewalId", rid, "late", late, "expiresOn", i.certificateExpiresOn().toString())));
        return renewals(id).stream().filter(r -> r.id() == rid).findFirst().orElseThrow();
    }

    /** The province decided the escalated renewal: approved extends the certificate by the same validity. */
    @Transactional
    void renewalCompleted(long renewalId, boolean approved) {
        RenewalView r = jdbc.sql("SELECT id, inspector_id, applied_on, expires_on, late, status, flow_id FROM ti_renewal WHERE id = :id")
                .param("id", renewalId).query(RenewalView.class).optional().orElse(null);
        if (r == null || !"PENDING".equals(r.status())) {
            return;
        }
        jdbc.sql("UPDATE ti_renewal SET status = :s, decided_at = :at WHERE id = :id").param("s", approved ? "APPROVED" : "REJECTED")
                .param("at", OffsetDateTime.now(clock)).param("id", renewalId).update();
        if (approved) {
            InspectorView i = find(r.inspectorId());
            long validity = ChronoUnit.DAYS.between(i.certificateIssuedOn(), i.certificateExpiresOn());
            LocalDate today = LocalDate.now(clock);
            update(i, "certificate_issued_on = :on, certificate_expires_on = :exp",
                    Map.of("on", today, "exp", i.certificateExpiresOn().plusDays(Math.max(365, validity))));
            events.publishEvent(new AuditableEvent("ti.certificate.renewed", "ti-inspector", String.valueOf(i.id()),
                    snapshot(i), snapshot(find(i.id())), "system", null));
        }
    }

    // ---- TI-16: destruction and cancellation ----

    /** The hiring department destroys the certificate and reports it. */
    @Transactional
    InspectorView recordDestruction(Actor actor, long id, LocalDate destroyedOn) {
        InspectorView i = get(actor, id);
        requireHiringAgency(actor, i);
        if (!"VALID".equals(i.certificateStatus())) {
            throw new BusinessException("TI-16", "没有需要销毁的有效工作证");
        }
        if (destroyedOn == null || destroyedOn.isAfter(LocalDate.now(clock))) {
            throw BusinessException.badInput("TI-16", "请填写销毁日期（不能晚于今天）");
        }
        update(i, "certificate_destroyed_on = :d", Map.of("d", destroyedOn));
        jdbc.sql("UPDATE ti_equipment SET returned_on = COALESCE(returned_on, :d), version = version + 1 WHERE inspector_id = :i AND kind = 'CERTIFICATE'")
                .param("d", destroyedOn).param("i", id).update();
        return audited("ti.certificate.destroyed", i);
    }

    /** The province cancels a certificate no longer held or expired, and publishes it (TI-16). */
    @Transactional
    InspectorView cancelCertificate(Actor actor, long id, String reason) {
        requireProvince(actor, "工作证由省级应急管理部门注销");
        InspectorView i = get(actor, id);
        if (!"VALID".equals(i.certificateStatus())) {
            throw new BusinessException("TI-16", "该工作证不是有效状态，无需注销");
        }
        if (i.certificateDestroyedOn() == null) {
            throw new BusinessException("TI-16", "聘用部门尚未销毁原证并上报，不能注销");
        }
        String r = InspectorRules.text(reason, "注销原因", 500);
        update(i, "certificate_status = 'CANCELLED', certificate_cancel_reason = :r", Map.of("r", r));
        InspectorView after = audited("ti.certificate.cancelled", i);
        events.publishEvent(new InspectorCertificateCancelled(id, cn.anjian.kernel.Masking.name(i.name()), i.certificateNo(),
                i.agencyId(), i.agencyName(), i.jurisdictionId(), i.scopePath(), r, LocalDate.now(clock)));
        return after;
    }

    // ---- TI-17: dismissal and equipment return ----

    @Transactional
    InspectorView dismiss(Actor actor, long id, DismissalGround ground, String reason, String notifiedUnits) {
        InspectorView i = requireActive(actor, id);
        requireHiringAgency(actor, i);
        if (ground == null) {
            throw new BusinessException("TI-17", "解聘须符合法定情形：无法胜任工作、无正当理由不履行职责、受到党纪政务处分或刑事处罚");
        }
        String r = InspectorRules.text(reason, "解聘原因", 2000);
        String units = InspectorRules.text(notifiedUnits, "通报的有关部门和单位", 500);
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> set = new HashMap<>();
        set.put("g", ground.name());
        set.put("r", r);
        set.put("d", today);
        set.put("u", units);
        update(i, "status = 'DISMISSED', dismissal_ground = :g, dismissal_reason = :r, dismissed_on = :d, notified_units = :u", set);
        // the certificate, protective and technical equipment must come back; tracked until returned
        jdbc.sql("UPDATE ti_equipment SET return_due = TRUE, version = version + 1 WHERE inspector_id = :i AND returned_on IS NULL")
                .param("i", id).update();
        if (i.termDeadlineId() != null) {
            deadlines.waive(new DeadlineId(i.termDeadlineId()), "技术检查员已解聘");
        }
        InspectorView after = audited("ti.inspector.dismissed", i);
        events.publishEvent(new InspectorDismissed(id, cn.anjian.kernel.Masking.name(i.name()), i.certificateNo(), i.agencyId(),
                i.agencyName(), i.jurisdictionId(), i.scopePath(), ground.getLabel(), r, today));
        return after;
    }

    @Transactional
    EquipmentView issueEquipment(Actor actor, long id, String kind, String name, LocalDate issuedOn) {
        InspectorView i = requireActive(actor, id);
        if (!"PROTECTIVE".equals(kind) && !"TECHNICAL".equals(kind)) {
            throw BusinessException.badInput("TI-19", "请选择装备类别：防护装备或技术装备");
        }
        String n = InspectorRules.text(name, "装备名称", 100);
        if (issuedOn == null || issuedOn.isAfter(LocalDate.now(clock))) {
            throw BusinessException.badInput("TI-19", "请填写配发日期（不能晚于今天）");
        }
        long eid = jdbc.sql("INSERT INTO ti_equipment (inspector_id, kind, name, issued_on) VALUES (:i, :k, :n, :d) RETURNING id")
                .param("i", i.id()).param("k", kind).param("n", n).param("d", issuedOn).query(Long.class).single();
        events.publishEvent(AuditableEvent.change("ti.equipment.issued", "ti-inspector", id, null,
                Map.of("equipmentId", eid, "kind", kind, "name", n)));
        return equipment(id).stream().filter(e -> e.id() == eid).findFirst().orElseThrow();
    }

    @Transactional
    EquipmentView returnEquipment(Actor actor, long id, long equipmentId, LocalDate returnedOn) {
        get(actor, id);
        EquipmentView e = equipment(id).stream().filter(x -> x.id() == equipmentId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("装备"));
        if (e.returnedOn() != null) {
            throw BusinessException.conflict("TI-17", "该装备已于 " + e.returnedOn() + " 交回");
        }
        if (returnedOn == null || returnedOn.isAfter(LocalDate.now(clock)) || returnedOn.isBefore(e.issuedOn())) {
            throw BusinessException.badInput("TI-17", "请填写交回日期（不早于配发日期，不晚于今天）");
        }
        jdbc.sql("UPDATE ti_equipment SET returned_on = :d, version = version + 1 WHERE id = :id").param("d", returnedOn)
                .param("id", equipmentId).update();
        events.publishEvent(AuditableEvent.change("ti.equipment.returned", "ti-inspector", id,
                Map.of("equipmentId", equipmentId), Map.of("equipmentId", equipmentId, "returnedOn", returnedOn.toString())));
        return equipment(id).stream().filter(x -> x.id() == equipmentId).findFirst().orElseThrow();
    }

    // ---- TI-18/TI-19: records ----

    @Transactional
    InspectorRecordView addRecord(Actor actor, long id, String category, String kind, LocalDate occurredOn,
                                  LocalDate untilOn, String description, String handling, String response) {
        InspectorView i = get(actor, id);
        if (category == null) {
            throw BusinessException.badInput("TI-19", "请选择记录类别");
        }
        String k = kind == null ? "" : kind.strip();
        String h = null;
        String resp = InspectorRules.optional(response, "处置情况/书面意见", 2000);
        switch (category) {
            case "MISCONDUCT" -> {
                k = parse(Misconduct.class, k, "TI-18", "请选择违规行为类型（第三十二条所列八种）").name();
                h = parse(Misconduct.Handling.class, handling, "TI-18", "请选择处理方式：警示提醒、批评教育、责令检查、追究党纪政务责任或移送司法机关").name();
            }
            case "INSURANCE" -> {
                k = InspectorRules.text(k, "险种", 50);
                if (untilOn == null || occurredOn == null || !untilOn.isAfter(occurredOn)) {
                    throw BusinessException.badInput("TI-19", "请填写保险起止日期（截止晚于起始）");
                }
            }
            case "COMMENDATION" -> k = InspectorRules.text(k, "表彰名称", 50);
            case "THREAT" -> {
                if (!"THREAT".equals(k) && !"FALSE_ACCUSATION".equals(k)) {
                    throw BusinessException.badInput("TI-19", "请选择情形：恐吓威胁或不实投诉诬告");
                }
                if (resp == null) {
                    throw new BusinessException("TI-19", "请记录部门的处置情况（告知公安机关协助处置，或澄清事实、消除影响）");
                }
            }
            default -> throw BusinessException.badInput("TI-19", "记录类别不正确");
        }
        if (occurredOn == null || occurredOn.isAfter(LocalDate.now(clock))) {
            throw BusinessException.badInput("TI-19", "请填写发生日期（不能晚于今天）");
        }
        String d = InspectorRules.text(description, "情况说明", 2000);
        Map<String, Object> p = new HashMap<>();
        p.put("i", i.id());
        p.put("c", category);
        p.put("k", k);
        p.put("o", occurredOn);
        p.put("u", untilOn);
        p.put("d", d);
        p.put("h", h);
        p.put("r", resp);
        p.put("by", actor.username());
        p.put("at", OffsetDateTime.now(clock));
        long rid = jdbc.sql("""
                INSERT INTO ti_record (inspector_id, category, kind, occurred_on, until_on, description, handling, response,
                    recorded_by, recorded_at)
                VALUES (:i, :c, :k, :o, CAST(:u AS DATE), :d, CAST(:h AS VARCHAR), CAST(:r AS VARCHAR), :by, :at) RETURNING id""")
                .params(p).query(Long.class).single();
        events.publishEvent(AuditableEvent.change("ti.record.added", "ti-inspector", id, null,
                Map.of("recordId", rid, "category", category, "kind", k)));
        return records(id).stream().filter(r -> r.id() == rid).findFirst().orElseThrow();
    }

    // ---- helpers ----

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String code, String message) {
        if (value != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value.strip())) {
                    return e;
                }
            }
        }
        throw BusinessException.badInput(code, message);
    }

    private InspectorView requireActive(Actor actor, long id) {
        InspectorView i = get(actor, id);
        if (!i.active()) {
            throw new BusinessException("TI-17", "该技术检查员" + i.statusLabel() + "，不能再办理此事项");
        }
        return i;
    }

    private static void requireHiringAgency(Actor actor, InspectorView i) {
        if (actor.agencyId() != i.agencyId()) {
            throw new BusinessException("TI-08", "此事项由聘用部门（" + i.agencyName() + "）办理");
        }
    }

    private Agency requireProvince(Actor actor, String message) {
        Agency a = agencies.get(actor.agencyId());
        Jurisdiction j = jurisdictions.get(a.jurisdictionId());
        if (j.level() != Jurisdiction.PROVINCE || a.kind() != AgencyKind.EMERGENCY_MANAGEMENT) {
            throw new BusinessException("TI-11", message);
        }
        return a;
    }

    private void update(InspectorView i, String set, Map<String, ?> params) {
        int rows = jdbc.sql("UPDATE ti_inspector SET " + set + ", version = version + 1 WHERE id = :id AND version = :version")
                .params(params).param("id", i.id()).param("version", i.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("ti_inspector " + i.id() + " changed concurrently");
        }
    }

    private InspectorView audited(String action, InspectorView before) {
        InspectorView after = find(before.id());
        events.publishEvent(AuditableEvent.change(action, "ti-inspector", before.id(), snapshot(before), snapshot(after)));
        return after;
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
