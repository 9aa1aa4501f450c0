package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageChanged;
import cn.anjian.enforcement.CaseStageGuard;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.TeamMemberRef;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases' facade: opening (CASE-01, CASE-04, {@link CaseOpening}), the team (CASE-02,
 * {@link CaseTeams}), stage transitions (CASE-03, {@link CaseStages} on the {@link Case} aggregate),
 * reading ({@link CaseReads}). Every gate refuses with a {@link BusinessException} before anything is
 * written; pages, API, the plans module and the demo loader all come through here.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseService implements Cases {

    static final String WHAT = "案件";

    private final CaseReads reads;
    private final CaseOpening opening;
    private final CaseTeams teams;
    private final CaseStages stages;
    private final CaseRepository repository;
    private final CaseClock clock;

    // ---- reading ----

    /** STAT-06: the vehicles recorded on the case (a caller that checked the scope). */
    public InspectionVehicles.Vehicles vehicles(long caseId) {
        Case c = repository.findById(caseId).orElseThrow(() -> BusinessException.notFound(WHAT));
        return new InspectionVehicles.Vehicles(caseId, c.vehicleCount(), c.vehiclePlates());
    }

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
    public java.util.Map<Long, String> numbers(java.util.Collection<Long> caseIds) {
        return reads.numbers(caseIds);
    }

    @Override
    public List<cn.anjian.enforcement.CaseDocumentRef> documents(long caseId, Actor actor) {
        return reads.documents(get(actor, caseId).id());
    }

    @Override
    public Optional<Long> undertakingUnitId(long caseId) {
        return load(caseId).map(CaseView::unitId);
    }

    @Override
    public Optional<CaseRef> findByTitle(String title) {
        return reads.findByTitle(title);
    }

    @Override
    public Optional<CaseRef> findByNumber(String caseNumber, Actor actor) {
        return reads.findByNumber(caseNumber).filter(c -> actor.scope().covers(c.scopePath()));
    }

    /** The case in the actor's scope, or 404. */
    public CaseView get(Actor actor, long caseId) {
        return reads.get(actor, caseId);
    }

    Optional<CaseView> load(long caseId) {
        return reads.load(caseId);
    }

    /** The current team; names masked (IAM-06) unless the viewer holds {@code pii:view-full}. */
    public List<MemberView> team(Actor viewer, long caseId) {
        return reads.team(viewer, caseId);
    }

    /** Full names of the enforcers on the team with their certificate numbers, for documents. */
    /** OFF-03 / CASE-02 re-checked on the day of an act that names the team. */
    void requireValidTeam(CaseView c, String act) {
        teams.requireValidTeam(c, act);
    }

    List<String> officerLines(long caseId) {
        return reads.officerLines(caseId);
    }

    /** TI-09: the enforcers, then the assisting technical inspectors marked as such. */
    List<String> inspectionSignerLines(long caseId) {
        return reads.inspectionSignerLines(caseId);
    }

    /** The timeline: stage transitions, documents and their service, the decision, transfers; oldest first. */
    public List<TimelineEntry> timeline(long caseId) {
        return reads.timeline(caseId);
    }

    boolean decisionIssued(long caseId) {
        return reads.decisionIssued(caseId);
    }

    CaseRef toRef(CaseView c) {
        return reads.toRef(c);
    }

    // ---- opening (CASE-01, CASE-04) ----

    @Override
    @Transactional
    public CaseRef open(Actor actor, NewCase c) {
        Guards.require(actor, "case:manage");
        return toRef(load(opening.open(actor, c, null)).orElseThrow());
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
        return toRef(load(opening.open(actor, c, origin)).orElseThrow());
    }

    @Override
    @Transactional
    public void linkJointOperation(Actor actor, long caseId, long jointOperationId) {
        if (!actor.hasPermission("case:manage") && !actor.hasPermission("plan:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有关联联合执法行动的权限");
        }
        get(actor, caseId);
        Case c = repository.findById(caseId).orElseThrow(() -> BusinessException.notFound(WHAT));
        c.linkJointOperation(jointOperationId);
        repository.save(c);
    }

    @Override
    @Transactional
    public void unlinkJointOperation(Actor actor, long caseId, long jointOperationId) {
        get(actor, caseId);
        Case c = repository.findById(caseId).orElseThrow(() -> BusinessException.notFound(WHAT));
        c.unlinkJointOperation(jointOperationId);
        repository.save(c);
    }

    // ---- team (CASE-02, OFF-03, TI-10, avoidance) ----

    /** Replaces the team. Refused unless the whole proposed team passes {@link TeamRules} on the day. */
    @Transactional
    public List<MemberView> setTeam(Actor actor, long caseId, List<NewMember> members) {
        return teams.setTeam(actor, caseId, members);
    }

    // ---- stages (CASE-03) ----

    /**
     * Moves the case to {@code to}: one stage forward, or the recorded skip of an inspection without
     * decision (DECISION → CLOSURE). Leaving INITIATION needs a valid team. Every {@link CaseStageGuard}
     * is asked inside this transaction; the log, {@link CaseStageChanged} and the audit entry follow.
     */
    @Transactional
    public CaseView transition(Actor actor, long caseId, CaseStage to, String note) {
        return stages.transition(actor, caseId, to, note);
    }

    Instant now() {
        return clock.now();
    }

    LocalDate today() {
        return clock.today();
    }

    // ---- mapping ----

    static CaseView map(ResultSet rs, int i) throws SQLException {
        return CaseReads.map(rs, i);
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        return CaseReads.instant(rs, col);
    }
}
