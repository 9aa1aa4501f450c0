package cn.anjian.org;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ORG-02/03/04: agencies of a jurisdiction and their internal units. Agencies (name, kind,
 * jurisdiction) are public reference information; units and every change are limited to the
 * actor's scope. The methods without an {@link Actor} are for trusted start-up code (demo data,
 * importers) and are audited as {@code system}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Agencies {

    static final String WHAT = "机构";
    static final String UNIT = "内设机构";
    private static final String SYSTEM = "system";
    private static final String COLUMNS = "id, jurisdiction_id, scope_path, kind, name, status, retired_at, version";
    static final String UNIT_COLUMNS = "u.id, u.agency_id, u.kind, u.name, u.status, u.retired_at, u.version";

    private final JdbcClient jdbc;
    private final AgencyRepository agencyRepository;
    private final UnitRepository unitRepository;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UnitCopy unitCopy;

    // ---- reading ----

    public Optional<Agency> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_agency WHERE id = :id").param("id", id)
                .query(Agencies::map).optional();
    }

    public Agency get(long id) {
        return findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    /** Agencies of one jurisdiction, active first. */
    public List<Agency> list(long jurisdictionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_agency WHERE jurisdiction_id = :j ORDER BY status, kind, name")
                .param("j", jurisdictionId).query(Agencies::map).list();
    }

    /** The active agency of a kind in a jurisdiction (unique for every kind but OTHER). */
    public Optional<Agency> findAgency(long jurisdictionId, AgencyKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_agency WHERE jurisdiction_id = :j AND kind = :k AND status = 'ACTIVE' ORDER BY id LIMIT 1")
                .param("j", jurisdictionId).param("k", kind.name()).query(Agencies::map).optional();
    }

    /**
     * Units of an agency, for trusted callers (e.g. binding a user to a unit). One statement, so no transaction of its own
     * (list pages' filters read it on every request: a read-only transaction added a COMMIT round trip).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public List<OrgUnit> units(long agencyId) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM org_unit u WHERE u.agency_id = :a ORDER BY u.status, u.kind, u.name")
                .param("a", agencyId).query(Agencies::mapUnit).list();
    }

    /**
     * Units of an agency as committed, from this node's copy (no statement; a change on another node shows within
     * {@code anjian.org.unit-snapshot-ttl}): for the list pages' unit filters, not for work that changes units.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public List<OrgUnit> listedUnits(long agencyId) {
        return unitCopy.of(agencyId);
    }

    /** Units of an agency, only when the agency lies in the actor's scope (ORG-03: units are not public); else 404. */
    public List<OrgUnit> units(Actor actor, long agencyId) {
        Agency a = get(agencyId);
        ScopeSql.requireInScope(actor, a.scopePath(), WHAT);
        return units(agencyId);
    }

    public Optional<OrgUnit> findUnit(long unitId) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM org_unit u WHERE u.id = :id").param("id", unitId)
                .query(Agencies::mapUnit).optional();
    }

    /** A unit in the actor's scope, or 404. */
    public OrgUnit getUnit(Actor actor, long unitId) {
        OrgUnit u = findUnit(unitId).orElseThrow(() -> BusinessException.notFound(UNIT));
        ScopeSql.requireInScope(actor, get(u.agencyId()).scopePath(), UNIT);
        return u;
    }

    // ---- ORG-04 ----

    /**
     * The same-kind agency one level up (ORG-04), or empty at the province. A missing agency at the
     * parent level is a configuration error, refused with a message saying which one to create.
     */
    public Optional<Agency> nextLevelUp(long agencyId) {
        Agency a = get(agencyId);
        Jurisdiction j = jurisdictions.get(a.jurisdictionId());
        if (j.parentId() == null) {
            return Optional.empty();
        }
        Jurisdiction parent = jurisdictions.get(j.parentId());
        return Optional.of(requireRouteAgency(parent, a.kind()));
    }

    /** The level-by-level route from this agency up to the province (ORG-04). */
    public EscalationRoute escalationRoute(long agencyId) {
        Agency a = get(agencyId);
        if (!a.active()) {
            throw new BusinessException("ORG-04-RETIRED", a.name() + "已撤销，不能发起逐级申报");
        }
        Jurisdiction j = jurisdictions.get(a.jurisdictionId());
        List<EscalationRoute.Step> steps = new ArrayList<>();
        steps.add(new EscalationRoute.Step(a.id(), a.name(), j.id(), j.name(), j.level()));
        List<Jurisdiction> up = new ArrayList<>(jurisdictions.ancestors(j.id()));
        java.util.Collections.reverse(up);
        for (Jurisdiction level : up) {
            Agency next = requireRouteAgency(level, a.kind());
            steps.add(new EscalationRoute.Step(next.id(), next.name(), level.id(), level.name(), level.level()));
        }
        return EscalationRoute.of(steps);
    }

    private Agency requireRouteAgency(Jurisdiction level, AgencyKind kind) {
        if (kind == AgencyKind.OTHER) {
            throw new BusinessException("ORG-04-KIND", "“其他”类机构没有确定的上级机构，不能逐级申报");
        }
        return findAgency(level.id(), kind).orElseThrow(() -> new BusinessException("ORG-04-MISSING",
                "逐级申报路线不完整：" + level.name() + "尚未设立" + kind.label() + "，请系统管理员先设立该机构"));
    }

    // ---- administration of agencies ----

    /** Trusted start-up code only (demo data, importers): no scope check, audited as {@code system}. */
    @Transactional
    public Agency create(long jurisdictionId, AgencyKind kind, String name) {
        return doCreate(null, jurisdictionId, kind, name);
    }

    @Transactional
    public Agency create(Actor actor, long jurisdictionId, AgencyKind kind, String name) {
        Inputs.requireManage(actor);
        return doCreate(actor, jurisdictionId, kind, name);
    }

    private Agency doCreate(Actor actor, long jurisdictionId, AgencyKind kind, String name) {
        Jurisdiction j = jurisdictions.get(jurisdictionId);
        if (actor != null) {
            ScopeSql.requireInScope(actor, j.path(), Jurisdictions.WHAT);
        }
        String n = Inputs.name(name, WHAT);
        if (kind == null) {
            throw BusinessException.badInput("ORG-AGENCY-KIND", "请选择机构类型");
        }
        if (!j.active()) {
            throw new BusinessException("ORG-PARENT-RETIRED", "“" + j.name() + "”已撤销，不能新设机构");
        }
        if (kind != AgencyKind.OTHER && findAgency(jurisdictionId, kind).isPresent()) {
            throw duplicateKind(j, kind);
        }
        AgencyAggregate saved = save(agencyRepository, AgencyAggregate.create(j, kind, n), () -> duplicateKind(j, kind));
        publish(actor, "org.agency.created", "agency", saved.id(), null, saved.snapshot());
        return get(saved.id());
    }

    @Transactional
    public Agency rename(Actor actor, long agencyId, String name) {
        Inputs.requireManage(actor);
        Agency a = get(agencyId);
        ScopeSql.requireInScope(actor, a.scopePath(), WHAT);
        String n = Inputs.name(name, WHAT);
        AgencyAggregate agency = load(agencyRepository, agencyId, WHAT);
        agency.rename(n);
        save(agencyRepository, agency, null); // audited on save
        return get(agencyId);
    }

    /** Retires an agency; refused while it has active units. */
    @Transactional
    public Agency retire(Actor actor, long agencyId) {
        Inputs.requireManage(actor);
        Agency a = get(agencyId);
        ScopeSql.requireInScope(actor, a.scopePath(), WHAT);
        AgencyAggregate agency = load(agencyRepository, agencyId, WHAT);
        agency.checkRetirable();
        long units = units(agencyId).stream().filter(OrgUnit::active).count();
        if (units > 0) {
            throw new BusinessException("ORG-RETIRE-UNITS", "“" + a.name() + "”还有 " + units + " 个在用内设机构，请先撤销它们");
        }
        agency.retire(LocalDate.now(clock));
        save(agencyRepository, agency, null); // audited on save
        return get(agencyId);
    }

    // ---- administration of units ----

    /** Trusted start-up code only (demo data, importers): no scope check, audited as {@code system}. */
    @Transactional
    public OrgUnit createUnit(long agencyId, UnitKind kind, String name) {
        return doCreateUnit(null, agencyId, kind, name);
    }

    @Transactional
    public OrgUnit createUnit(Actor actor, long agencyId, UnitKind kind, String name) {
        Inputs.requireManage(actor);
        return doCreateUnit(actor, agencyId, kind, name);
    }

    private OrgUnit doCreateUnit(Actor actor, long agencyId, UnitKind kind, String name) {
        Agency a = get(agencyId);
        if (actor != null) {
            ScopeSql.requireInScope(actor, a.scopePath(), WHAT);
        }
        String n = Inputs.name(name, UNIT);
        if (kind == null) {
            throw BusinessException.badInput("ORG-UNIT-KIND", "请选择内设机构类型");
        }
        if (!a.active()) {
            throw new BusinessException("ORG-RETIRED", "“" + a.name() + "”已撤销，不能新设内设机构");
        }
        requireUnitNameFree(agencyId, n);
        UnitAggregate saved = save(unitRepository, UnitAggregate.create(agencyId, kind, n), () -> duplicateUnit(n));
        unitCopy.changed();
        publish(actor, "org.unit.created", "unit", saved.id(), null, saved.snapshot());
        return findUnit(saved.id()).orElseThrow();
    }

    @Transactional
    public OrgUnit renameUnit(Actor actor, long unitId, String name) {
        Inputs.requireManage(actor);
        OrgUnit u = getUnit(actor, unitId);
        String n = Inputs.name(name, UNIT);
        UnitAggregate unit = load(unitRepository, unitId, UNIT);
        unit.checkRenamable(n);
        requireUnitNameFree(u.agencyId(), n);
        unit.rename(n);
        save(unitRepository, unit, () -> duplicateUnit(n)); // audited on save
        unitCopy.changed();
        return findUnit(unitId).orElseThrow();
    }

    @Transactional
    public OrgUnit retireUnit(Actor actor, long unitId) {
        Inputs.requireManage(actor);
        getUnit(actor, unitId);
        UnitAggregate unit = load(unitRepository, unitId, UNIT);
        unit.retire(LocalDate.now(clock));
        save(unitRepository, unit, null); // audited on save
        unitCopy.changed();
        return findUnit(unitId).orElseThrow();
    }

    // ---- helpers ----

    private void requireUnitNameFree(long agencyId, String name) {
        boolean taken = jdbc.sql("SELECT count(*) FROM org_unit WHERE agency_id = :a AND name = :n AND status = 'ACTIVE'")
                .param("a", agencyId).param("n", name).query(Integer.class).single() > 0;
        if (taken) {
            throw duplicateUnit(name);
        }
    }

    private static BusinessException duplicateUnit(String name) {
        return BusinessException.conflict("ORG-UNIT-DUPLICATE", "本机构已有名为“" + name + "”的内设机构");
    }

    private static BusinessException duplicateKind(Jurisdiction j, AgencyKind kind) {
        return BusinessException.conflict("ORG-AGENCY-DUPLICATE", j.name() + "已有" + kind.label() + "，同一区划每类机构只能设一个");
    }

    private static <T> T load(CrudRepository<T, Long> repository, long id, String what) {
        return repository.findById(id).orElseThrow(() -> BusinessException.notFound(what));
    }

    /**
     * Saves an aggregate (its events are published on save). A concurrent change fails on {@code @Version}
     * ({@link org.springframework.dao.OptimisticLockingFailureException}, 409 STALE); a unique index
     * conflict is refused with {@code duplicate} when given.
     */
    private static <T> T save(CrudRepository<T, Long> repository, T aggregate, Supplier<BusinessException> duplicate) {
        try {
            return repository.save(aggregate);
        } catch (DuplicateKeyException | DbActionExecutionException e) {
            if (duplicate != null && (e instanceof DuplicateKeyException || e.getCause() instanceof DuplicateKeyException)) {
                throw duplicate.get();
            }
            throw e;
        }
    }

    private void publish(Actor actor, String action, String type, long id, Map<String, ?> before, Map<String, ?> after) {
        events.publishEvent(actor == null
                ? new AuditableEvent(action, type, String.valueOf(id), before, after, SYSTEM, null)
                : AuditableEvent.change(action, type, id, before, after));
    }

    static Agency map(ResultSet rs, int n) throws SQLException {
        java.sql.Date retired = rs.getDate("retired_at");
        return new Agency(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("scope_path"),
                AgencyKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("status"),
                retired == null ? null : retired.toLocalDate(), rs.getInt("version"));
    }

    static OrgUnit mapUnit(ResultSet rs, int n) throws SQLException {
        java.sql.Date retired = rs.getDate("retired_at");
        return new OrgUnit(rs.getLong("id"), rs.getLong("agency_id"), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("status"), retired == null ? null : retired.toLocalDate(),
                rs.getInt("version"));
    }
}
