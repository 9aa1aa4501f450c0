package cn.anjian.org;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Like;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ORG-01/03: the jurisdiction tree. Reading is public reference information (the whole province);
 * administration (add, rename, retire) needs {@code org:manage} and is limited to the actor's own
 * scope. Ids and paths never change, so records keep pointing at a division whatever happens to
 * its code or name.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Jurisdictions {

    static final String WHAT = "行政区划";
    private static final String COLUMNS =
            "id, code, name, level, parent_id, path, status, retired_at, successor_id, statistical_zone, origin, version";

    private final JdbcClient jdbc;
    private final JurisdictionRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Optional<Jurisdiction> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_jurisdiction WHERE id = :id")
                .param("id", id).query(Jurisdictions::map).optional();
    }

    /** The division or a 404 refusal. */
    public Jurisdiction get(long id) {
        return findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    /** The active division with this code (a retired code may have been reused). */
    public Optional<Jurisdiction> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_jurisdiction WHERE code = :code AND status = 'ACTIVE'")
                .param("code", code.strip()).query(Jurisdictions::map).optional();
    }

    /** The top of the tree (the province). */
    public List<Jurisdiction> roots() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_jurisdiction WHERE parent_id IS NULL ORDER BY code")
                .query(Jurisdictions::map).list();
    }

    /** Active children in code order (what pickers show). */
    public List<Jurisdiction> children(long id) {
        return children(id, false);
    }

    /** Children in code order; retired ones after the active ones when asked for (browsing shows them greyed). */
    public List<Jurisdiction> children(long id, boolean includeRetired) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_jurisdiction WHERE parent_id = :id"
                        + (includeRetired ? "" : " AND status = 'ACTIVE'") + " ORDER BY status, code")
                .param("id", id).query(Jurisdictions::map).list();
    }

    /** How many active children each of the given divisions has (for "expand" markers in the tree). */
    public Map<Long, Integer> activeChildCounts(Collection<Long> ids) {
        Map<Long, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT parent_id, count(*) FROM org_jurisdiction WHERE parent_id IN (:ids) AND status = 'ACTIVE' GROUP BY parent_id")
                .param("ids", ids)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    /** The ancestors from the province down to the parent (the division itself excluded); 404 for an unknown id. */
    public List<Jurisdiction> ancestors(long id) {
        Jurisdiction j = get(id);
        List<Long> ids = Arrays.stream(j.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .filter(x -> x != id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_jurisdiction WHERE id IN (:ids) ORDER BY level")
                .param("ids", ids).query(Jurisdictions::map).list();
    }

    /** The data scope of a jurisdiction (ORG-03): it and its descendants. */
    public Scope scopeOf(long jurisdictionId) {
        return get(jurisdictionId).scope();
    }

    /** Search by name (contains) or code (prefix); active only unless asked. At most {@code limit} (≤ 200) rows. */
    public List<Jurisdiction> search(String q, Integer level, boolean includeRetired, int limit) {
        String text = q == null ? "" : q.strip();
        if (text.length() > Inputs.NAME_MAX) {
            throw BusinessException.badInput("ORG-QUERY", "搜索内容不能超过 " + Inputs.NAME_MAX + " 个字");
        }
        if (level != null && (level < Jurisdiction.PROVINCE || level > Jurisdiction.TOWNSHIP)) {
            throw BusinessException.badInput("ORG-LEVEL", "级别只能是 1（省）到 4（乡镇）");
        }
        int max = Math.max(1, Math.min(limit, 200));
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM org_jurisdiction WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            sql.append(" AND (name LIKE :name ESCAPE '\\' OR code LIKE :code ESCAPE '\\')");
            String escaped = Like.escape(text);
            params.put("name", "%" + escaped + "%");
            params.put("code", escaped + "%");
        }
        if (level != null) {
            sql.append(" AND level = :level");
            params.put("level", level);
        }
        if (!includeRetired) {
            sql.append(" AND status = 'ACTIVE'");
        }
        sql.append(" ORDER BY level, code LIMIT ").append(max);
        return jdbc.sql(sql.toString()).params(params).query(Jurisdictions::map).list();
    }

    public List<JurisdictionChange> history(long id) {
        return jdbc.sql("""
                        SELECT id, jurisdiction_id, change_type, old_code, old_name, new_code, new_name, reason, changed_at, changed_by
                        FROM org_jurisdiction_history WHERE jurisdiction_id = :id ORDER BY changed_at DESC, id DESC""")
                .param("id", id)
                .query((rs, n) -> new JurisdictionChange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant(), rs.getString(10)))
                .list();
    }

    // ---- administration (ORG-01, limited to the actor's scope by ORG-03) ----

    /**
     * Adds a division under {@code parentId}. The code must fit the parent's level (GB/T 2260: a city
     * {@code 14xx00} under the province, a county {@code 14xxyy} under its city, a 9-digit township
     * code starting with its county's code) and be unique among active codes.
     */
    @Transactional
    public Jurisdiction add(Actor actor, long parentId, String code, String name) {
        Inputs.requireManage(actor);
        Jurisdiction parent = get(parentId);
        ScopeSql.requireInScope(actor, parent.path(), "上级" + WHAT);
        String n = Inputs.name(name, WHAT);
        String c = code == null ? "" : code.strip();
        if (!parent.active()) {
            throw new BusinessException("ORG-PARENT-RETIRED", "上级区划“" + parent.name() + "”已撤销，不能在其下新增区划");
        }
        if (parent.level() == Jurisdiction.TOWNSHIP) {
            throw new BusinessException("ORG-LEVEL", "乡镇（街道）下不能再设下级区划");
        }
        checkCode(c, parent);
        requireCodeFree(c, null);
        long id = repository.nextId();
        JurisdictionAggregate added = save(JurisdictionAggregate.add(id, c, n, parent), c); // a concurrent add of the same code
        history(id, "CREATED", null, null, c, n, null, actor);
        events.publishEvent(AuditableEvent.change("org.division.created", "division", id, null, added.snapshot()));
        return get(id);
    }

    /** Renames and/or recodes a division; the old name and code go to its history. */
    @Transactional
    public Jurisdiction rename(Actor actor, long id, String name, String code, String reason) {
        Inputs.requireManage(actor);
        Jurisdiction j = get(id);
        ScopeSql.requireInScope(actor, j.path(), WHAT);
        String n = Inputs.name(name, WHAT);
        String c = code == null || code.isBlank() ? j.code() : code.strip();
        String why = Inputs.reason(reason, false);
        JurisdictionAggregate division = load(id);
        division.checkRenamable(n, c);
        if (!c.equals(j.code())) {
            if (j.parentId() == null) {
                throw new BusinessException("ORG-CODE", "省级区划代码不能修改");
            }
            checkCode(c, get(j.parentId()));
            if (j.level() < Jurisdiction.TOWNSHIP && !children(id).isEmpty()) {
                // children's codes start with this code; changing it alone would leave them inconsistent
                throw new BusinessException("ORG-CODE-CHILDREN", "“" + j.name() + "”下还有下级区划，不能单独修改其代码");
            }
            requireCodeFree(c, id);
        }
        division.rename(n, c);
        save(division, c); // audited on save
        history(id, "RENAMED", j.code(), j.name(), c, n, why, actor);
        return get(id);
    }

    /**
     * Retires a division as of today (status RETIRED, date, optional successor). Refused while it has
     * active children or active agencies. Nothing is deleted: references stay valid.
     */
    @Transactional
    public Jurisdiction retire(Actor actor, long id, Long successorId, String reason) {
        Inputs.requireManage(actor);
        Jurisdiction j = get(id);
        ScopeSql.requireInScope(actor, j.path(), WHAT);
        String why = Inputs.reason(reason, true);
        JurisdictionAggregate division = load(id);
        division.checkRetirable();
        int children = jdbc.sql("SELECT count(*) FROM org_jurisdiction WHERE parent_id = :id AND status = 'ACTIVE'")
                .param("id", id).query(Integer.class).single();
        if (children > 0) {
            throw new BusinessException("ORG-RETIRE-CHILDREN",
                    "“" + j.name() + "”下还有 " + children + " 个未撤销的下级区划，请先撤销或调整它们");
        }
        int agencies = jdbc.sql("SELECT count(*) FROM org_agency WHERE jurisdiction_id = :id AND status = 'ACTIVE'")
                .param("id", id).query(Integer.class).single();
        if (agencies > 0) {
            throw new BusinessException("ORG-RETIRE-AGENCIES",
                    "“" + j.name() + "”还有 " + agencies + " 个在用机构，请先撤销这些机构");
        }
        if (successorId != null) {
            Jurisdiction s = findById(successorId)
                    .orElseThrow(() -> BusinessException.notFound("承继区划"));
            if (s.id() == j.id() || !s.active() || s.level() != j.level()) {
                throw new BusinessException("ORG-SUCCESSOR", "承继区划必须是另一个同级、未撤销的区划");
            }
        }
        division.retire(LocalDate.now(clock), successorId);
        save(division, null); // audited on save
        history(id, "RETIRED", j.code(), j.name(), null, null, why, actor);
        return get(id);
    }

    // ---- helpers ----

    static void checkCode(String code, Jurisdiction parent) {
        String p = parent.code();
        boolean ok = switch (parent.level()) {
            case Jurisdiction.PROVINCE -> code.matches("\\d{6}") && code.startsWith(p.substring(0, 2))
                    && code.endsWith("00") && !code.substring(2, 4).equals("00");
            case Jurisdiction.CITY -> code.matches("\\d{6}") && code.startsWith(p.substring(0, 4)) && !code.endsWith("00");
            case Jurisdiction.COUNTY -> code.matches("\\d{9}") && code.startsWith(p) && !code.endsWith("000");
            default -> false;
        };
        if (!ok) {
            String expected = switch (parent.level()) {
                case Jurisdiction.PROVINCE -> "6 位市级代码，形如 " + p.substring(0, 2) + "xx00";
                case Jurisdiction.CITY -> "6 位县级代码，以 " + p.substring(0, 4) + " 开头且末两位不为 00";
                case Jurisdiction.COUNTY -> "9 位乡级代码，以 " + p + " 开头且末三位不为 000";
                default -> "（乡镇下不能再设下级）";
            };
            throw BusinessException.badInput("ORG-CODE", "区划代码“" + abbreviate(code) + "”不正确：应为" + expected);
        }
    }

    private void requireCodeFree(String code, Long except) {
        Optional<Jurisdiction> other = findByCode(code);
        if (other.isPresent() && (except == null || other.get().id() != except)) {
            throw duplicateCode(code);
        }
    }

    private static BusinessException duplicateCode(String code) {
        return BusinessException.conflict("ORG-CODE-DUPLICATE", "区划代码 " + code + " 已被在用的区划使用");
    }

    private JurisdictionAggregate load(long id) {
        return repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    /**
     * Saves a division (its events are published on save). A concurrent change fails on {@code @Version}
     * ({@link org.springframework.dao.OptimisticLockingFailureException}, 409 STALE); a concurrent holder of
     * {@code code} is refused as a duplicate.
     */
    private JurisdictionAggregate save(JurisdictionAggregate division, String code) {
        try {
            return repository.save(division);
        } catch (DuplicateKeyException | DbActionExecutionException e) {
            if (code != null && (e instanceof DuplicateKeyException || e.getCause() instanceof DuplicateKeyException)) {
                throw duplicateCode(code);
            }
            throw e;
        }
    }

    private void history(long id, String type, String oldCode, String oldName, String newCode, String newName,
                         String reason, Actor actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("type", type);
        p.put("oldCode", oldCode);
        p.put("oldName", oldName);
        p.put("newCode", newCode);
        p.put("newName", newName);
        p.put("reason", reason);
        p.put("at", java.sql.Timestamp.from(Instant.now(clock)));
        p.put("by", actor.username());
        jdbc.sql("""
                INSERT INTO org_jurisdiction_history (jurisdiction_id, change_type, old_code, old_name, new_code, new_name,
                                                      reason, changed_at, changed_by)
                VALUES (:id, :type, CAST(:oldCode AS VARCHAR), CAST(:oldName AS VARCHAR), CAST(:newCode AS VARCHAR),
                        CAST(:newName AS VARCHAR), CAST(:reason AS VARCHAR), :at, :by)""").params(p).update();
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    static Jurisdiction map(ResultSet rs, int n) throws SQLException {
        java.sql.Date retired = rs.getDate("retired_at");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long successor = rs.getLong("successor_id");
        Long successorId = rs.wasNull() ? null : successor;
        return new Jurisdiction(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("level"),
                parentId, rs.getString("path"), rs.getString("status"), retired == null ? null : retired.toLocalDate(),
                successorId, rs.getBoolean("statistical_zone"), rs.getString("origin"), rs.getInt("version"));
    }
}
