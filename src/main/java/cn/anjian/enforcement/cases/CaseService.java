package cn.anjian.enforcement.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.documents.DocumentNumbers;
import cn.anjian.documents.IssuedNumber;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageChanged;
import cn.anjian.enforcement.CaseStageGuard;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.TeamMemberRef;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.OrgUnit;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.InspectorEligibility;
import cn.anjian.personnel.InspectorStanding;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case aggregate's domain service: opening (CASE-01, CASE-04), the team (CASE-02), stage
 * transitions (CASE-03). Every gate refuses with a {@link BusinessException} before anything is
 * written; pages, API, the plans module and the demo loader all come through here.
 */
@Service
@Transactional(readOnly = true)
public class CaseService implements Cases {

    static final String WHAT = "案件";
    static final int MAX_TEXT = 300;
    static final int MAX_NUMBER = 100;
    static final int MAX_CITIZEN_NAME = 50;

    private static final String SELECT = """
            SELECT c.*, a.name AS agency_name, u.name AS unit_name
            FROM enf_case c JOIN org_agency_view a ON a.id = c.agency_id LEFT JOIN org_unit_view u ON u.id = c.unit_id
            """;

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Enterprises enterprises;
    private final Conflicts conflicts;
    private final People people;
    private final EnforcerEligibility enforcers;
    private final InspectorEligibility inspectors;
    private final DocumentNumbers numbers;
    private final Deadlines deadlines;
    private final org.springframework.beans.factory.ObjectProvider<CaseStageGuard> guards;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int timeLimitDays;
    private final int lookBackYears;

    CaseService(JdbcClient jdbc, Agencies agencies, Enterprises enterprises, Conflicts conflicts, People people,
                EnforcerEligibility enforcers, InspectorEligibility inspectors, DocumentNumbers numbers,
                Deadlines deadlines, org.springframework.beans.factory.ObjectProvider<CaseStageGuard> guards, ApplicationEventPublisher events, Clock clock,
                @Value("${anjian.enforcement.case-time-limit-days:90}") int timeLimitDays,
                @Value("${anjian.enforcement.avoidance-look-back-years:3}") int lookBackYears) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.conflicts = conflicts;
        this.people = people;
        this.enforcers = enforcers;
        this.inspectors = inspectors;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.guards = guards;
        this.events = events;
        this.clock = clock;
        this.timeLimitDays = timeLimitDays;
        this.lookBackYears = lookBackYears;
    }

    // ---- reading ----

    @Override
    public CaseRef ref(long caseId, Actor actor) {
        return toRef(get(actor, caseId));
    }

    @Override
    public List<TeamMemberRef> team(long caseId, Actor viewer) {
        get(viewer, caseId);
        return team(viewer, caseId).stream()
                .map(m -> new TeamMemberRef(m.personId(), m.name(), m.role().name(), m.role().label())).toList();
    }

    @Override
    public Optional<CaseRef> find(long caseId) {
        return load(caseId).map(this::toRef);
    }

    @Override
    public Optional<CaseRef> findByTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE c.title = :t ORDER BY c.id DESC LIMIT 1").param("t", title.strip())
                .query(CaseService::map).optional().map(this::toRef);
    }

    /** The case in the actor's scope, or 404. */
    public CaseView get(Actor actor, long caseId) {
        return jdbc.sql(SELECT + " WHERE c.id = :id AND c.scope_path LIKE :scope")
                .param("id", caseId).param("scope", actor.scope().pattern())
                .query(CaseService::map).optional().orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    Optional<CaseView> load(long caseId) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", caseId).query(CaseService::map).optional();
    }

    /** The current team; names masked (IAM-06) unless the viewer holds {@code pii:view-full}. */
    public List<MemberView> team(Actor viewer, long caseId) {
        boolean full = viewer != null && viewer.hasPermission("pii:view-full");
        return jdbc.sql("""
                        SELECT * FROM enf_case_member WHERE case_id = :c AND removed_at IS NULL
                        ORDER BY CASE role WHEN 'LEADER' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, id""")
                .param("c", caseId)
                .query((rs, i) -> new MemberView(rs.getLong("person_id"),
                        full ? rs.getString("person_name") : Masking.name(rs.getString("person_name")),
                        TeamRole.valueOf(rs.getString("role")), rs.getString("certificate_number"),
                        rs.getTimestamp("added_at").toInstant(), rs.getString("added_by")))
                .list();
    }

    /** Full names of the enforcers on the team with their certificate numbers, for documents. */
    List<String> officerLines(long caseId) {
        return jdbc.sql("""
                        SELECT person_name, certificate_number FROM enf_case_member
                        WHERE case_id = :c AND removed_at IS NULL AND role <> 'ASSISTANT'
                        ORDER BY CASE role WHEN 'LEADER' THEN 0 ELSE 1 END, id""")
                .param("c", caseId)
                .query((rs, i) -> rs.getString(1) + (rs.getString(2) == null ? "" : "（执法证号 " + rs.getString(2) + "）"))
                .list();
    }

    /** The timeline: stage transitions, documents and their service, the decision, transfers; oldest first. */
    public List<TimelineEntry> timeline(long caseId) {
        return jdbc.sql("""
                        SELECT at, actor, what, note FROM (
                          SELECT l.at, l.actor,
                                 CASE WHEN l.from_stage IS NULL THEN '立案' ELSE '阶段：' || l.from_stage || '→' || l.to_stage END AS what,
                                 l.note, l.id AS seq, 0 AS k FROM enf_case_stage_log l WHERE l.case_id = :c
                          UNION ALL
                          SELECT d.generated_at, d.generated_by, '制作文书：' || d.doc_title || ' ' || d.document_number, NULL, d.id, 1
                            FROM enf_case_document d WHERE d.case_id = :c
                          UNION ALL
                          SELECT d.served_at, r.generated_by, '送达文书：' || d.doc_title || ' ' || d.document_number,
                                 '受送达人：' || d.recipient || '，送达回执 ' || r.document_number, d.id, 4
                            FROM enf_case_document d JOIN enf_case_document r ON r.id = d.receipt_document_id
                            WHERE d.case_id = :c AND d.served_at IS NOT NULL
                          UNION ALL
                          SELECT x.issued_at, x.issued_by, '签发处理决定：' || x.document_number, x.summary, 0, 5
                            FROM enf_case_decision x WHERE x.case_id = :c
                          UNION ALL
                          SELECT t.requested_at, t.requested_by, '提请移送司法机关：' || t.organ, t.reason, t.id, 2
                            FROM enf_case_transfer t WHERE t.case_id = :c
                          UNION ALL
                          SELECT t.decided_at, t.decided_by,
                                 CASE WHEN t.status = 'APPROVED' THEN '移送司法机关已批准：' || coalesce(t.transfer_number, '')
                                      ELSE '移送司法机关未获批准' END,
                                 t.opinion, t.id, 3
                            FROM enf_case_transfer t WHERE t.case_id = :c AND t.decided_at IS NOT NULL
                        ) x ORDER BY at, k, seq""")
                .param("c", caseId)
                .query((rs, i) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        stageText(rs.getString("what")), rs.getString("note")))
                .list();
    }

    private static String stageText(String what) {
        String s = what;
        for (CaseStage st : CaseStage.values()) {
            s = s.replace(st.name(), st.label());
        }
        return s;
    }

    // ---- opening (CASE-01, CASE-04) ----

    @Override
    @Transactional
    public CaseRef open(Actor actor, NewCase c) {
        return toRef(doOpen(actor, c, null));
    }

    @Override
    @Transactional
    public CaseRef openFrom(Actor actor, NewCase c, CaseOrigin origin) {
        if (origin == null) {
            throw BusinessException.badInput("CASE-ORIGIN", "请指明案件来自哪个计划事项或抽查结果");
        }
        // the plans module opens cases for its plan items and draws as a planner (plan:manage)
        if (!actor.hasPermission("plan:manage")) {
            Guards.require(actor, "case:manage");
        }
        return toRef(doOpen(actor, c, origin));
    }

    private CaseView doOpen(Actor actor, NewCase c, CaseOrigin origin) {
        if (origin == null) {
            Guards.require(actor, "case:manage");
        }
        if (c == null) {
            throw BusinessException.badInput("CASE-MISSING", "请填写立案信息");
        }
        if (c.kind() == null) {
            throw BusinessException.badInput("CASE-KIND", "请选择案件类型");
        }
        if (c.source() == null) {
            throw BusinessException.badInput("CASE-SOURCE", "请选择案件来源");
        }
        LocalDate today = today();
        String basisTitle = Guards.text(c.basisTitle(), MAX_TEXT, "依据文件名称");
        String basisNumber = Guards.text(c.basisNumber(), MAX_NUMBER, "依据文件文号");
        if (basisTitle == null || basisNumber == null || c.basisDate() == null) {
            throw new BusinessException("CASE-BASIS", "立案须载明案件来源的依据文件（" + c.source().basisLabel()
                    + "）：名称、文号和日期均为必填（CASE-04）");
        }
        if (c.basisDate().isAfter(today) || c.basisDate().isBefore(today.minusYears(10))) {
            throw BusinessException.badInput("CASE-BASIS-DATE", "依据文件日期应在近十年内且不晚于今天");
        }
        String title = Guards.text(c.title(), MAX_TEXT, "案件名称");
        if (title == null) {
            throw BusinessException.badInput("CASE-TITLE", "请填写案件名称");
        }
        String citizen = Guards.text(c.citizenName(), MAX_CITIZEN_NAME, "当事人姓名");
        Long enterpriseId = c.enterpriseId();
        if (enterpriseId != null && citizen != null) {
            throw BusinessException.badInput("CASE-PARTY", "当事人只能是一个生产经营单位或一名公民，请选其一");
        }
        if (enterpriseId == null && citizen == null) {
            throw BusinessException.badInput("CASE-PARTY", "请选择当事人（生产经营单位）或填写公民当事人姓名");
        }
        EnterpriseView ent = enterpriseId == null ? null : enterprises.get(actor, enterpriseId);
        String place = Guards.text(c.place(), MAX_TEXT, "执法地点");
        if (place == null && ent != null && ent.address() != null && !ent.address().isBlank()) {
            place = ent.address();
        }
        if (place == null) {
            throw BusinessException.badInput("CASE-PLACE", "请填写执法地点");
        }
        Agency agency = agencies.get(actor.agencyId());
        if (!agency.active()) {
            throw new BusinessException("CASE-AGENCY-RETIRED", "“" + agency.name() + "”已撤销，不能立案");
        }
        Long unitId = c.unitId() == null ? actor.unitId() : c.unitId();
        if (unitId != null) {
            OrgUnit unit = agencies.findUnit(unitId).orElse(null);
            if (unit == null || unit.agencyId() != agency.id() || !unit.active()) {
                throw BusinessException.badInput("CASE-UNIT", "承办科室须是本机构在用的内设机构");
            }
        }
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('enf_case', 'id'))").query(Long.class).single();
        IssuedNumber number = numbers.take("CASE_NUMBER", agency.id(), "case", Long.toString(id), actor.username());
        Instant now = now();
        jdbc.sql("""
                        INSERT INTO enf_case (id, case_number, agency_id, unit_id, scope_path, kind, source, basis_title,
                            basis_number, basis_date, origin_type, origin_id, enterprise_id, party_name, party_kind, title,
                            place, stage, opened_at, opened_by)
                        VALUES (:id, :no, :a, :u, :p, :kind, :source, :bt, :bn, :bd, :ot, :oid, :e, :party, :pk, :title,
                            :place, 'INITIATION', :now, :by)""")
                .param("id", id).param("no", number.text()).param("a", agency.id()).param("u", unitId)
                .param("p", agency.scopePath()).param("kind", c.kind().name()).param("source", c.source().name())
                .param("bt", basisTitle).param("bn", basisNumber).param("bd", java.sql.Date.valueOf(c.basisDate()))
                .param("ot", origin == null ? null : origin.type()).param("oid", origin == null ? null : origin.id())
                .param("e", enterpriseId).param("party", ent == null ? citizen : ent.name())
                .param("pk", ent == null ? "CITIZEN" : ent.kind().name()).param("title", title).param("place", place)
                .param("now", Timestamp.from(now)).param("by", actor.username()).update();
        log(id, null, CaseStage.INITIATION, actor.username(), now, "立案：" + c.source().label() + "，依据《" + basisTitle + "》" + basisNumber);
        // the case's time limit (办案期限) runs in the one deadline mechanism; the list filters on the copy of its due
        // time. Counted in hours (N × 24 h): calendar days would roll onto next year's working days, and a case must
        // still open in November before next year's holidays are published.
        DeadlineId deadline = deadlines.open(new NewDeadline("case", Long.toString(id), "CASE-03", null, unitId,
                agency.jurisdictionId(), agency.scopePath(), Period.hours(timeLimitDays * 24), now, "办案期限：" + title));
        Instant due = deadlines.find(deadline).map(d -> d.dueAt()).orElse(null);
        jdbc.sql("UPDATE enf_case SET deadline_id = :d, due_at = :due WHERE id = :id")
                .param("d", deadline.value()).param("due", due == null ? null : Timestamp.from(due)).param("id", id).update();
        CaseView created = load(id).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseNumber", created.caseNumber());
        after.put("kind", created.kind().name());
        after.put("source", created.source().name());
        after.put("basis", basisTitle + " " + basisNumber + " " + c.basisDate());
        after.put("party", created.partyName());
        after.put("title", title);
        if (origin != null) {
            after.put("origin", origin.type() + "/" + origin.id());
        }
        events.publishEvent(AuditableEvent.change("enforcement.case.opened", "case", id, null, after));
        return created;
    }

    @Override
    @Transactional
    public void linkJointOperation(Actor actor, long caseId, long jointOperationId) {
        if (!actor.hasPermission("case:manage") && !actor.hasPermission("plan:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有关联联合执法行动的权限");
        }
        CaseView c = get(actor, caseId);
        if (jointOperationId <= 0) {
            throw BusinessException.badInput("CASE-JOINT", "联合执法行动编号无效");
        }
        jdbc.sql("UPDATE enf_case SET joint_operation_id = :j, version = version + 1 WHERE id = :id")
                .param("j", jointOperationId).param("id", caseId).update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("jointOperationId", c.jointOperationId());
        events.publishEvent(AuditableEvent.change("enforcement.case.joint-linked", "case", caseId, before,
                Map.of("jointOperationId", jointOperationId)));
    }

    // ---- team (CASE-02, OFF-03, TI-10, avoidance) ----

    /** Replaces the team. Refused unless the whole proposed team passes {@link TeamRules} on the day. */
    @Transactional
    public List<MemberView> setTeam(Actor actor, long caseId, List<NewMember> members) {
        Guards.require(actor, "case:manage");
        CaseView c = get(actor, caseId);
        if (c.stage().compareTo(CaseStage.CLOSURE) >= 0) {
            throw new BusinessException("CASE-TEAM-CLOSED", "案件已结案，不能再调整执法组");
        }
        if (members == null || members.isEmpty()) {
            throw new BusinessException("CASE-TEAM-SIZE", "执法组至少须有 2 名持有效执法证的执法人员");
        }
        if (members.size() > TeamRules.MAX_MEMBERS) {
            throw BusinessException.badInput("CASE-TEAM-TOO-LARGE", "执法组不能超过 " + TeamRules.MAX_MEMBERS + " 人");
        }
        LocalDate day = today();
        List<TeamRules.Candidate> candidates = new ArrayList<>();
        Map<Long, String> certificates = new LinkedHashMap<>();
        for (NewMember m : members) {
            if (m == null || m.personId() == null || m.personId() <= 0) {
                throw BusinessException.badInput("CASE-TEAM-PERSON", "请选择执法组成员");
            }
            PersonView p = people.get(actor, m.personId());
            candidates.add(candidate(c, p.id(), p.name(), m.role(), day, certificates));
        }
        TeamRules.check(candidates);
        List<Map<String, Object>> before = snapshotTeam(caseId);
        Instant now = now();
        jdbc.sql("UPDATE enf_case_member SET removed_at = :now, removed_by = :by WHERE case_id = :c AND removed_at IS NULL")
                .param("now", Timestamp.from(now)).param("by", actor.username()).param("c", caseId).update();
        for (TeamRules.Candidate m : candidates) {
            jdbc.sql("""
                            INSERT INTO enf_case_member (case_id, person_id, person_name, role, certificate_number, added_at, added_by)
                            VALUES (:c, :p, :n, :r, :cert, :now, :by)""")
                    .param("c", caseId).param("p", m.personId()).param("n", m.name()).param("r", m.role().name())
                    .param("cert", m.role() == TeamRole.ASSISTANT ? null : certificates.get(m.personId()))
                    .param("now", Timestamp.from(now)).param("by", actor.username()).update();
        }
        jdbc.sql("UPDATE enf_case SET version = version + 1 WHERE id = :id").param("id", caseId).update();
        events.publishEvent(AuditableEvent.change("enforcement.case.team-set", "case", caseId,
                Map.of("team", before), Map.of("team", snapshotTeam(caseId))));
        return team(actor, caseId);
    }

    private TeamRules.Candidate candidate(CaseView c, long personId, String name, TeamRole role, LocalDate day,
                                          Map<Long, String> certificates) {
        boolean conflicted = c.enterpriseId() != null && conflicts.conflicted(personId, c.enterpriseId(), day, lookBackYears);
        Eligibility e = role == TeamRole.ASSISTANT ? null : enforcers.check(personId, day);
        boolean enforcer = e != null && e.mayEnforce();
        List<String> reasons = new ArrayList<>(e == null ? List.of() : e.reasons());
        boolean mayAssist = false;
        if (!enforcer) {
            InspectorStanding s = inspectors.standing(personId, day);
            mayAssist = s.mayAssist();
            if (role == TeamRole.ASSISTANT) {
                reasons = new ArrayList<>(s.reasons());
            }
        }
        if (enforcer) {
            certificates.put(personId, e.certificateNumber());
        }
        return new TeamRules.Candidate(personId, name, role, enforcer, mayAssist, conflicted, reasons);
    }

    /** Re-checks the current team on the day (certificates may have expired, conflicts been registered). */
    private void requireValidTeam(CaseView c) {
        LocalDate day = today();
        List<TeamRules.Candidate> current = jdbc.sql(
                        "SELECT person_id, person_name, role FROM enf_case_member WHERE case_id = :c AND removed_at IS NULL ORDER BY id")
                .param("c", c.id())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), TeamRole.valueOf(rs.getString(3))}).list()
                .stream().map(r -> candidate(c, (Long) r[0], (String) r[1], (TeamRole) r[2], day, new LinkedHashMap<>()))
                .toList();
        if (current.isEmpty()) {
            throw new BusinessException("CASE-TEAM-REQUIRED", "请先组成执法组（至少 2 名持有效执法证的执法人员），再进入调查取证阶段");
        }
        TeamRules.check(current);
    }

    private List<Map<String, Object>> snapshotTeam(long caseId) {
        return jdbc.sql("SELECT person_id, role FROM enf_case_member WHERE case_id = :c AND removed_at IS NULL ORDER BY id")
                .param("c", caseId).query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("personId", rs.getLong(1));
                    m.put("role", rs.getString(2));
                    return m;
                }).list();
    }

    // ---- stages (CASE-03) ----

    /**
     * Moves the case to {@code to}: one stage forward, or the recorded skip of an inspection without
     * decision (DECISION → CLOSURE). Leaving INITIATION needs a valid team. Every {@link CaseStageGuard}
     * is asked inside this transaction; the log, {@link CaseStageChanged} and the audit entry follow.
     */
    @Transactional
    public CaseView transition(Actor actor, long caseId, CaseStage to, String note) {
        Guards.require(actor, "case:manage");
        CaseView c = get(actor, caseId);
        CaseStage from = c.stage();
        String n = note == null || note.isBlank() ? null : note.strip();
        StageRules.check(c.kind(), from, to, decisionIssued(caseId), n);
        if (from == CaseStage.INITIATION) {
            requireValidTeam(c);
        }
        CaseRef ref = toRef(c);
        // every guard bean (none until a downstream module plugs one in), in @Order order
        guards.orderedStream().forEach(g -> g.beforeTransition(ref, from, to));
        Instant now = now();
        int rows = jdbc.sql("""
                        UPDATE enf_case SET stage = :to, version = version + 1,
                            closed_at = CASE WHEN :to = 'CLOSURE' THEN CAST(:now AS timestamptz) ELSE closed_at END,
                            archived_at = CASE WHEN :to = 'ARCHIVED' THEN CAST(:now AS timestamptz) ELSE archived_at END
                        WHERE id = :id AND stage = :from""")
                .param("to", to.name()).param("now", Timestamp.from(now)).param("id", caseId).param("from", from.name())
                .update();
        if (rows != 1) {
            throw BusinessException.conflict("CASE-STAGE-CONCURRENT", "案件阶段已被他人变更，请刷新后重试");
        }
        String logged = StageRules.isSkip(from, to) ? "跳过送达、执行直接结案：" + n : n;
        log(caseId, from, to, actor.username(), now, logged);
        if (to == CaseStage.CLOSURE) {
            closeDeadline(caseId, now);
        }
        events.publishEvent(new CaseStageChanged(caseId, from, to, now, actor.username()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("stage", to.name());
        if (logged != null) {
            after.put("note", logged);
        }
        events.publishEvent(AuditableEvent.change("enforcement.case.stage-changed", "case", caseId,
                Map.of("stage", from.name()), after));
        return get(actor, caseId);
    }

    private void closeDeadline(long caseId, Instant now) {
        Long deadline = jdbc.sql("SELECT deadline_id FROM enf_case WHERE id = :id").param("id", caseId)
                .query(Long.class).optional().orElse(null);
        if (deadline != null) {
            deadlines.find(new DeadlineId(deadline)).filter(d -> d.metAt() == null && d.waiveReason() == null)
                    .ifPresent(d -> deadlines.markMet(d.id(), now.isBefore(d.startAt()) ? d.startAt() : now));
        }
    }

    boolean decisionIssued(long caseId) {
        return jdbc.sql("SELECT count(*) FROM enf_case_decision WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single() > 0;
    }

    private void log(long caseId, CaseStage from, CaseStage to, String actor, Instant at, String note) {
        jdbc.sql("INSERT INTO enf_case_stage_log (case_id, from_stage, to_stage, actor, at, note) VALUES (:c, :f, :t, :a, :at, :n)")
                .param("c", caseId).param("f", from == null ? null : from.name()).param("t", to.name())
                .param("a", actor).param("at", Timestamp.from(at)).param("n", note).update();
    }

    /** Now, to the microsecond PostgreSQL stores (so stored times compare and page exactly). */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
    }

    // ---- mapping ----

    CaseRef toRef(CaseView c) {
        List<Long> team = jdbc.sql("SELECT person_id FROM enf_case_member WHERE case_id = :c AND removed_at IS NULL ORDER BY id")
                .param("c", c.id()).query(Long.class).list();
        return new CaseRef(c.id(), c.caseNumber(), c.title(), c.kind(), c.stage(), c.agencyId(), c.scopePath(),
                c.enterpriseId(), c.partyName(), team, c.openedAt(), c.closedAt());
    }

    static CaseView map(ResultSet rs, int i) throws SQLException {
        return new CaseView(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"),
                CaseKind.valueOf(rs.getString("kind")), CaseSource.valueOf(rs.getString("source")),
                rs.getString("basis_title"), rs.getString("basis_number"), rs.getDate("basis_date").toLocalDate(),
                rs.getString("origin_type"), (Long) rs.getObject("origin_id", Long.class),
                (Long) rs.getObject("enterprise_id", Long.class), rs.getString("party_name"), rs.getString("party_kind"),
                rs.getString("place"), CaseStage.valueOf(rs.getString("stage")), rs.getLong("agency_id"),
                rs.getString("agency_name"), (Long) rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                rs.getString("scope_path"), instant(rs, "opened_at"), rs.getString("opened_by"), instant(rs, "due_at"),
                instant(rs, "closed_at"), instant(rs, "archived_at"),
                (Long) rs.getObject("joint_operation_id", Long.class), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
