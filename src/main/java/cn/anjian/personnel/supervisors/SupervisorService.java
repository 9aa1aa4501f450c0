package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.SupervisorDirectory;
import cn.anjian.personnel.SupervisorRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appointment, renewal, cancellation and dismissal of social supervisors (SS-01..03, SS-07). */
@Service
@Transactional
@RequiredArgsConstructor
class SupervisorService implements SupervisorDirectory {

    static final String WHAT = "社会监督员";
    static final String CERTIFICATE_ITEM = "社会监督员工作证";
    static final int MAX_EXTRA_ITEMS = 10;

    private final SupervisorRepository repository;
    private final ProposalFlows flows;
    private final Agencies agencies;
    private final UserAdministration users;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    record NewAppointment(Long personId, String route, String sourceKind, String sourceName,
                          String consultationNote, LocalDate consultedOn) {
    }

    /** SS-01: records who is proposed and how (the appointing department is the actor's agency). */
    long create(Actor actor, NewAppointment in) {
        if (in.personId() == null) {
            throw BusinessException.badInput("SS-01-PERSON", "请选择拟聘人员");
        }
        String personPath = jdbc.sql("SELECT scope_path FROM per_person WHERE id = :id").param("id", in.personId())
                .query(String.class).optional().orElseThrow(() -> BusinessException.notFound("人员"));
        ScopeSql.requireInScope(actor, personPath, "人员");
        Agency agency = agencies.get(actor.agencyId());
        Supervisor s = Supervisor.propose(in.personId(), agency.id(), agency.jurisdictionId(), agency.scopePath(),
                AppointmentRoute.parse(in.route()), SourceKind.parse(in.sourceKind()), in.sourceName(),
                in.consultationNote(), in.consultedOn(), today());
        boolean open = jdbc.sql("""
                        SELECT count(*) FROM per_supervisor WHERE person_id = :p AND agency_id = :a
                        AND status IN ('DRAFT', 'PROPOSED', 'APPOINTED')""")
                .param("p", s.personId).param("a", s.agencyId).query(Integer.class).single() > 0;
        if (open) {
            throw BusinessException.conflict("SS-DUPLICATE", "该人员已是本部门的社会监督员或正在聘任中");
        }
        repository.save(s, now());
        audit("personnel.supervisor.created", s, null);
        return s.id;
    }

    void recordPersonConsent(Actor actor, long id, LocalDate on, String note) {
        Supervisor s = get(actor, id);
        Map<String, Object> before = snapshot(s);
        s.recordPersonConsent(on, note, today());
        repository.save(s, now());
        audit("personnel.supervisor.person-consent", s, before);
    }

    void recordEmployerConsent(Actor actor, long id, String employer, LocalDate on, String note) {
        Supervisor s = get(actor, id);
        Map<String, Object> before = snapshot(s);
        s.recordEmployerConsent(employer, on, note, today());
        repository.save(s, now());
        audit("personnel.supervisor.employer-consent", s, before);
    }

    /** SS-02 gate first (nothing starts without both consents), then SS-03 escalation. */
    void propose(Actor actor, long id) {
        Supervisor s = get(actor, id);
        Map<String, Object> before = snapshot(s);
        s.checkProposable();
        long flow = flows.start(actor, s.id, s.agencyId, "社会监督员聘任申报：" + personName(s.personId), false);
        s.proposed(flow);
        repository.save(s, now());
        audit("personnel.supervisor.proposed", s, before);
    }

    /** SS-07 → TI-15: renewal escalates like the appointment; late when under three months before expiry. */
    void requestRenewal(Actor actor, long id) {
        Supervisor s = get(actor, id);
        Map<String, Object> before = snapshot(s);
        s.renewalRequested(-1, today()); // checks state first; the real flow id follows
        long flow = flows.start(actor, s.id, s.agencyId, "社会监督员续聘申报：" + personName(s.personId), true);
        s.renewalFlowId = flow;
        repository.save(s, now());
        audit("personnel.supervisor.renewal-requested", s, before);
    }

    /**
     * The approval flow ended (called by the workflow listener). Approved at the province: the
     * province issues the certificate (SS-03) for a new term; rejected at any level: the proposal ends.
     */
    void flowFinished(long flowId, boolean approved, Instant at) {
        Optional<Supervisor> found = repository.findByFlow(flowId);
        if (found.isEmpty()) {
            return;
        }
        Supervisor s = found.get();
        Map<String, Object> before = snapshot(s);
        LocalDate day = at.atZone(clock.getZone()).toLocalDate();
        boolean renewal = s.renewalFlowId != null && s.renewalFlowId == flowId;
        if (renewal) {
            boolean late = s.renewalLate;
            if (approved) {
                s.renewed(nextCertificateNo(day));
                repository.save(s, at);
                recordTerm(s, at, late);
                audit("personnel.supervisor.renewed", s, before);
            } else {
                s.renewalRejected();
                repository.save(s, at);
                audit("personnel.supervisor.renewal-rejected", s, before);
            }
            return;
        }
        if (s.status != SupervisorStatus.PROPOSED) {
            return;
        }
        if (approved) {
            s.appoint(nextCertificateNo(day), day);
            repository.save(s, at);
            recordTerm(s, at, false);
            audit("personnel.supervisor.appointed", s, before);
        } else {
            s.rejected();
            repository.save(s, at);
            audit("personnel.supervisor.rejected", s, before);
        }
    }

    /** SS-07 → TI-17: dismissal on a listed ground; equipment tracked until returned; published. */
    void dismiss(Actor actor, long id, String ground, String reason, LocalDate on, String extraItems) {
        Supervisor s = get(actor, id);
        Map<String, Object> before = snapshot(s);
        DismissalGround g = DismissalGround.parse(ground);
        List<String> items = items(extraItems);
        describe(s).dismiss(g, reason, on, today());
        repository.save(s, now()); // publishes SupervisorDismissed
        addEquipment(s, items);
        audit("personnel.supervisor.dismissed", s, before);
    }

    void markReturned(Actor actor, long id, long equipmentId, LocalDate on) {
        Supervisor s = get(actor, id);
        if (on == null || on.isAfter(today())) {
            throw BusinessException.badInput("SS-DATE", "归还日期须填写且不能晚于今天");
        }
        int rows = jdbc.sql("""
                        UPDATE per_supervisor_equipment SET returned_on = :on, recorded_by = :by
                        WHERE id = :e AND supervisor_id = :s AND returned_on IS NULL""")
                .param("on", java.sql.Date.valueOf(on)).param("by", actor.username()).param("e", equipmentId)
                .param("s", s.id).update();
        if (rows != 1) {
            throw BusinessException.notFound("待归还物品");
        }
        events.publishEvent(AuditableEvent.change("personnel.supervisor.equipment-returned", "supervisor", s.id,
                null, Map.of("equipmentId", equipmentId, "returnedOn", on.toString())));
    }

    /**
     * A supervisor logs in to submit opinions (SS-04): their user has the role SOCIAL_SUPERVISOR in
     * the appointing department and is linked to this appointment. Password policy and first-login
     * change come from identity.
     */
    long createLogin(Actor actor, long id, String username, String initialPassword) {
        Supervisor s = get(actor, id);
        Map<String, Object> before = snapshot(s);
        if (s.status != SupervisorStatus.APPOINTED) {
            throw new BusinessException("SS-STATE", "只有在聘的社会监督员才能开通登录账号");
        }
        if (s.userId != null) {
            throw BusinessException.conflict("SS-LOGIN", "该社会监督员已有登录账号");
        }
        if (username == null || username.isBlank()) {
            throw BusinessException.badInput("SS-LOGIN", "请填写登录名");
        }
        long user = users.createUser(username.strip(), personName(s.personId), s.agencyId, null,
                Set.of("SOCIAL_SUPERVISOR"), initialPassword, true);
        s.linkUser(user);
        repository.save(s, now());
        audit("personnel.supervisor.login-created", s, before);
        return user;
    }

    /** Links an existing SOCIAL_SUPERVISOR user (demo data). */
    void linkExistingUser(long id, long userId) {
        Supervisor s = repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        Map<String, Object> before = snapshot(s);
        s.linkUser(userId);
        repository.save(s, now());
        audit("personnel.supervisor.login-linked", s, before);
    }

    @Transactional(readOnly = true)
    Supervisor get(Actor actor, long id) {
        Supervisor s = repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        ScopeSql.requireInScope(actor, s.scopePath, WHAT);
        return s;
    }

    // ---- SupervisorDirectory ----

    @Override
    @Transactional(readOnly = true)
    public Optional<SupervisorRef> findByUser(long userId) {
        return repository.findByUserId(userId).map(this::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SupervisorRef> findById(long supervisorId) {
        return repository.findById(supervisorId).map(this::ref);
    }

    private SupervisorRef ref(Supervisor s) {
        Agency a = agencies.get(s.agencyId);
        return new SupervisorRef(s.id, s.personId, personName(s.personId), s.userId, a.id(), a.name(),
                s.jurisdictionId, s.scopePath, s.certificateNo, s.serving(today()));
    }

    // ---- helpers ----

    /** The names the supervisor's public events carry. */
    Supervisor describe(Supervisor s) {
        return s.describedAs(personName(s.personId), agencies.get(s.agencyId).name());
    }

    private String nextCertificateNo(LocalDate day) {
        long n = jdbc.sql("SELECT nextval('per_supervisor_certificate_seq')").query(Long.class).single();
        return "晋应急社监证〔" + day.getYear() + "〕" + String.format("%05d", n) + "号";
    }

    private void recordTerm(Supervisor s, Instant at, boolean late) {
        jdbc.sql("""
                        INSERT INTO per_supervisor_term (supervisor_id, term_no, certificate_no, starts_on, ends_on, issued_at, late_renewal)
                        VALUES (:s, :n, :c, :from, :to, :at, :late)""")
                .param("s", s.id).param("n", s.termNo).param("c", s.certificateNo)
                .param("from", java.sql.Date.valueOf(s.termStart)).param("to", java.sql.Date.valueOf(s.termEnd))
                .param("at", java.sql.Timestamp.from(at)).param("late", late).update();
    }

    static List<String> items(String extra) {
        List<String> items = new ArrayList<>();
        items.add(CERTIFICATE_ITEM);
        if (extra != null && !extra.isBlank()) {
            for (String part : extra.split("[,，、;；\\n]")) {
                String item = part.strip();
                if (item.isEmpty() || items.contains(item)) {
                    continue;
                }
                if (item.length() > 50) {
                    throw BusinessException.badInput("SS-07-ITEM", "物品名称不能超过 50 个字");
                }
                items.add(item);
            }
        }
        if (items.size() > MAX_EXTRA_ITEMS + 1) {
            throw BusinessException.badInput("SS-07-ITEM", "待归还物品最多 " + MAX_EXTRA_ITEMS + " 项");
        }
        return items;
    }

    void addEquipment(Supervisor s, List<String> items) {
        for (String item : items) {
            jdbc.sql("INSERT INTO per_supervisor_equipment (supervisor_id, item) VALUES (:s, :i)")
                    .param("s", s.id).param("i", item).update();
        }
    }

    String personName(long personId) {
        return jdbc.sql("SELECT name FROM per_person WHERE id = :id").param("id", personId).query(String.class)
                .optional().orElse("（未知人员）");
    }

    void publishAudit(AuditableEvent e) {
        events.publishEvent(e);
    }

    void audit(String action, Supervisor s, Map<String, Object> before) {
        events.publishEvent(AuditableEvent.change(action, "supervisor", s.id, before, snapshot(s)));
    }

    static Map<String, Object> snapshot(Supervisor s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", s.personId);
        m.put("agencyId", s.agencyId);
        m.put("route", s.route.name());
        m.put("sourceKind", s.sourceKind.name());
        m.put("personConsentOn", s.personConsentOn == null ? null : s.personConsentOn.toString());
        m.put("employerConsentOn", s.employerConsentOn == null ? null : s.employerConsentOn.toString());
        m.put("status", s.status.name());
        m.put("flowId", s.flowId);
        m.put("certificateNo", s.certificateNo);
        m.put("termEnd", s.termEnd == null ? null : s.termEnd.toString());
        m.put("userId", s.userId);
        m.put("endReason", s.endReason);
        m.put("certificateDestroyedOn", s.certificateDestroyedOn == null ? null : s.certificateDestroyedOn.toString());
        m.put("cancelledOn", s.cancelledOn == null ? null : s.cancelledOn.toString());
        return m;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
