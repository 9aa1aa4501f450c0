package cn.anjian.enterprises;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Like;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.ScopeSql;
import cn.anjian.kernel.ListSort;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regulated entities (生产经营单位). Every read is limited to the actor's scope in SQL (ORG-03): an
 * enterprise outside it answers 404. Changes need {@code enterprise:manage}, validate everything
 * before writing, carry the version the user saw, and publish an audit event in the transaction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Enterprises {

    static final String WHAT = "生产经营单位";
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final int MAX_PAGE_SIZE = 200;
    private static final String COLUMNS = """
            SELECT e.id, e.name, e.credit_code, e.kind, e.industry, e.address, e.latitude, e.longitude,
                   e.jurisdiction_id, j.name AS jurisdiction_name, e.scope_path, e.risk_grade, e.status, e.version,
                   EXISTS (SELECT 1 FROM ent_blacklist b WHERE b.enterprise_id = e.id AND b.removed_at IS NULL) AS blacklisted""";
    private static final String FROM = """

              FROM ent_enterprise e JOIN org_jurisdiction_view j ON j.id = e.jurisdiction_id
            """;
    private static final String SELECT = COLUMNS + FROM;

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final EnterpriseRepository repository;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The enterprise if it lies in the actor's scope, otherwise a 404 refusal. */
    public EnterpriseView get(Actor actor, long id) {
        return find(actor, id).orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    public Optional<EnterpriseView> find(Actor actor, long id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id AND e.scope_path LIKE :scope")
                .param("id", id).param("scope", actor.scope().pattern()).query(Enterprises::map).optional();
    }

    /** The live (not closed) enterprise with this credit code in the actor's scope. */
    public Optional<EnterpriseView> findByCreditCode(Actor actor, String code) {
        return jdbc.sql(SELECT + " WHERE e.credit_code = :code AND e.status <> 'CLOSED' AND e.scope_path LIKE :scope")
                .param("code", code == null ? "" : code.strip()).param("scope", actor.scope().pattern())
                .query(Enterprises::map).optional();
    }

    /** The sortable columns of the enterprise list (issue 12); by name by default. */
    public static final ListSort SORT = ListSort.by("e.id")
            .key("name", "单位名称", "e.name").key("creditCode", "统一社会信用代码", "e.credit_code")
            .key("jurisdiction", "属地", "j.name").key("riskGrade", "风险等级", "e.risk_grade")
            .key("industry", "行业类别", "e.industry").key("status", "经营状态", "e.status")
            .byDefault("name", true);

    /** A page of enterprises in the actor's scope, by name. {@code size} is clamped to 1..200. */
    public EnterprisePage search(Actor actor, EnterpriseFilter filter, int page, int size) {
        return search(actor, filter, SORT.defaults(), page, size);
    }

    /** A page of enterprises in the actor's scope in {@code sort} order. {@code size} is clamped to 1..200. */
    public EnterprisePage search(Actor actor, EnterpriseFilter filter, ListSort.Sort sort, int page, int size) {
        return search(actor, filter, sort, page, size, ListCount.EXACT);
    }

    /**
     * As {@link #search(Actor, EnterpriseFilter, ListSort.Sort, int, int)}, counting as {@code count} says (the API: capped).
     * Sorted by the enterprise's own columns, the page's ids come first (V24_16: name, id and scope in one index, so the
     * default order walks it instead of sorting every enterprise in scope); the same rows in the same order.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public EnterprisePage search(Actor actor, EnterpriseFilter filter, ListSort.Sort sort, int page, int size, ListCount count) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int pageNo = Math.max(0, Math.min(page, 100_000));
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        // the page and its count in one statement (ListCount.page); a page past the end stays empty, as before
        // unfiltered: the scope's count from ent_enterprise_scope_count (V10_97, kept by triggers), not up to 1,001 rows counted
        String counted = where.equals(" WHERE" + ScopeSql.inline("e.scope_path", actor.scope()))
                ? "SELECT coalesce(sum(n), 0) FROM ent_enterprise_scope_count WHERE prefix = " + actor.scope().pathLiteral()
                : count.sql("FROM ent_enterprise e" + where);
        ListCount.Counted<EnterpriseView> c = count.pageCounted(jdbc, counted, params, pageNo, pageSize, false,
                (slice, countColumn) -> {
                    String window = sort.orderBy() + slice.window();
                    return "jurisdiction".equals(sort.field()) ? COLUMNS + countColumn + FROM + where + window
                            : COLUMNS + countColumn + FROM + " WHERE e.id IN (" + (perPath(actor, sort) ? perPathIds(actor, where, sort, slice)
                            : "SELECT e.id FROM ent_enterprise e" + where + window) + ")" + sort.orderBy();
                }, Enterprises::map);
        return new EnterprisePage(c.items(), c.total(), pageNo, pageSize, c.capped());
    }

    /** By name in a city's or a county's scope: the page's ids per scope path (a province's rows lie all along the name index). */
    private static boolean perPath(Actor actor, ListSort.Sort sort) {
        return "name".equals(sort.field()) && sort.isDefault() && !actor.scope().isProvince();
    }

    /**
     * The page's ids, merged from one short walk per scope path of {@code ent_enterprise_scope_name} (scope, name, id) —
     * the cases' per-path plan (issue 20 item 7): the name index's walk dropped every other city's enterprise on the way
     * (晋城市 at 60,000 enterprises: 13,430 buffers for 20 rows). The same rows in the same order.
     */
    private static String perPathIds(Actor actor, String where, ListSort.Sort sort, PageSlice slice) {
        String path = actor.scope().path();
        String lo = "'" + path + "'";
        String hi = "'" + path.substring(0, path.length() - 1) + "0'";   // paths are digits and slashes; '0' follows '/'
        long depth = (long) slice.page() * slice.size() + slice.size();
        return """
                WITH RECURSIVE paths(path) AS (
                  (SELECT scope_path FROM ent_enterprise WHERE scope_path ~>=~ %1$s AND scope_path ~<~ %2$s ORDER BY scope_path USING ~<~ LIMIT 1)
                  UNION ALL
                  SELECT (SELECT x.scope_path FROM ent_enterprise x WHERE x.scope_path ~>~ p.path AND x.scope_path ~<~ %2$s
                          ORDER BY x.scope_path USING ~<~ LIMIT 1)
                  FROM paths p WHERE p.path IS NOT NULL)
                SELECT q.id FROM paths p CROSS JOIN LATERAL (SELECT e.id, e.name FROM ent_enterprise e""".formatted(lo, hi)
                + where + " AND e.scope_path = p.path" + sort.orderBy() + " LIMIT " + depth + ") q WHERE p.path IS NOT NULL"
                + sort.orderBy().replace("e.", "q.") + slice.window();
    }

    /** Every enterprise of the filter in {@code sort} order, streamed (the Excel export). */
    public void each(Actor actor, EnterpriseFilter filter, ListSort.Sort sort, Consumer<EnterpriseView> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        try (Stream<EnterpriseView> rows = export.sql(SELECT + where + sort.orderBy()).params(params)
                .query(Enterprises::map).stream()) {
            rows.forEach(sink);
        }
    }

    /** Refuses (400) a filter the list would refuse, before an export starts writing its response. */
    public void check(Actor actor, EnterpriseFilter filter) {
        where(actor, filter, new LinkedHashMap<>());
    }

    /** The filter as conditions, the scope first (ORG-03); a bad filter refuses (400). */
    private static String where(Actor actor, EnterpriseFilter filter, Map<String, Object> params) {
        EnterpriseFilter f = filter == null ? EnterpriseFilter.none() : filter;
        // the scope written in (Scope#patternLiteral): the default page has no parameter, so its plan is cached per scope
        StringBuilder where = new StringBuilder(" WHERE" + ScopeSql.inline("e.scope_path", actor.scope()));
        String q = f.q() == null ? "" : f.q().strip();
        if (!q.isEmpty()) {
            if (q.length() > NAME_MAX) {
                throw BusinessException.badInput("ENT-QUERY", "查询条件过长");
            }
            where.append(" AND (e.name LIKE :q ESCAPE '\\' OR e.credit_code LIKE :codePrefix ESCAPE '\\')");
            String escaped = Like.escape(q);
            params.put("q", "%" + escaped + "%");
            params.put("codePrefix", escaped.toUpperCase() + "%");
        }
        if (f.industry() != null) {
            where.append(" AND e.industry = :industry");
            params.put("industry", f.industry().name());
        }
        if (f.riskGrade() != null) {
            where.append(" AND e.risk_grade = :risk");
            params.put("risk", f.riskGrade().name());
        }
        if (f.status() != null) {
            where.append(" AND e.status = :status");
            params.put("status", f.status().name());
        }
        if (f.blacklisted() != null) {
            where.append(f.blacklisted() ? " AND" : " AND NOT").append(
                    " EXISTS (SELECT 1 FROM ent_blacklist b WHERE b.enterprise_id = e.id AND b.removed_at IS NULL)");
        }
        return where.toString();
    }

    @Transactional
    public EnterpriseView create(Actor actor, EnterpriseForm form) {
        requireManage(actor);
        Valid v = validate(actor, form);
        requireFreeCode(v.f().creditCode(), 0);
        Enterprise e = save(Enterprise.register(v.f(), v.path(), clock.instant()));
        events.publishEvent(AuditableEvent.change("enterprise.created", "enterprise", e.id(), null, e.audit()));
        return get(actor, e.id());
    }

    /** Load, edit (refused on a version other than the one the user saw), save: the edit audits itself. */
    @Transactional
    public EnterpriseView update(Actor actor, long id, int version, EnterpriseForm form) {
        requireManage(actor);
        EnterpriseView before = get(actor, id);
        if (before.version() != version) {
            throw staleVersion();
        }
        // no division given keeps the current one (a city user editing a county's enterprise must not move it)
        EnterpriseForm f = form == null || form.jurisdictionId() != null ? form : new EnterpriseForm(form.name(),
                form.creditCode(), form.kind(), form.industry(), form.address(), form.latitude(), form.longitude(),
                before.jurisdictionId(), form.riskGrade(), form.status());
        Valid v = validate(actor, f);
        requireFreeCode(v.f().creditCode(), id);
        Enterprise e = repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        e.edit(version, v.f(), v.path(), clock.instant());
        save(e);
        return get(actor, id);
    }

    /** Saves; a concurrent change is the same 409 as a stale form, a concurrent holder of the code a duplicate. */
    private Enterprise save(Enterprise e) {
        try {
            return repository.save(e);
        } catch (OptimisticLockingFailureException ex) {
            throw staleVersion();
        } catch (DuplicateKeyException | DbActionExecutionException ex) {
            if (ex instanceof DuplicateKeyException || ex.getCause() instanceof DuplicateKeyException) {
                throw duplicate();
            }
            throw ex;
        }
    }

    /** Checked before writing so an import can report the row without aborting its transaction. */
    private void requireFreeCode(String code, long self) {
        if (code != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM ent_enterprise WHERE credit_code = :code AND status <> 'CLOSED' AND id <> :self)")
                .param("code", code).param("self", self).query(Boolean.class).single()) {
            throw duplicate();
        }
    }

    static BusinessException staleVersion() {
        return BusinessException.conflict("ENT-STALE", "该记录已被他人修改，请刷新后重试");
    }

    private static BusinessException duplicate() {
        return BusinessException.conflict("ENT-DUPLICATE", "该统一社会信用代码已登记（同一代码只能有一个未关闭的生产经营单位）");
    }

    static void requireManage(Actor actor) {
        if (!actor.hasPermission("enterprise:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-01", "您没有维护生产经营单位的权限");
        }
    }

    /** A checked form and the division path it is recorded under. */
    private record Valid(EnterpriseForm f, String path) {
    }

    /** Checks every field; the first problem is refused with a BAD_INPUT code naming the field. */
    private Valid validate(Actor actor, EnterpriseForm form) {
        if (form == null) {
            throw BusinessException.badInput("ENT-NAME", "请填写生产经营单位信息");
        }
        String name = text(form.name(), NAME_MAX, "ENT-NAME", "名称");
        if (name == null) {
            throw BusinessException.badInput("ENT-NAME", "名称不能为空");
        }
        if (form.kind() == null) {
            throw BusinessException.badInput("ENT-KIND", "请选择主体类型");
        }
        String code = form.creditCode() == null || form.creditCode().isBlank() ? null : form.creditCode().strip();
        if (form.kind() == EnterpriseKind.CITIZEN) {
            if (code != null) {
                throw BusinessException.badInput("ENT-CREDIT-CODE", "公民没有统一社会信用代码，请留空");
            }
        } else {
            code = CreditCode.check(code);
        }
        if (form.industry() == null) {
            throw BusinessException.badInput("ENT-INDUSTRY", "请选择行业类别");
        }
        String address = text(form.address(), ADDRESS_MAX, "ENT-ADDRESS", "地址");
        BigDecimal lat = coordinate(form.latitude(), 90, "ENT-LATITUDE", "纬度");
        BigDecimal lng = coordinate(form.longitude(), 180, "ENT-LONGITUDE", "经度");
        if ((lat == null) != (lng == null)) {
            throw BusinessException.badInput(lat == null ? "ENT-LATITUDE" : "ENT-LONGITUDE", "经度和纬度须同时填写或同时留空");
        }
        long jid = form.jurisdictionId() == null ? actor.jurisdictionId() : form.jurisdictionId();
        Jurisdiction j = jurisdictions.findById(jid).filter(x -> actor.scope().covers(x.path()))
                .orElseThrow(() -> BusinessException.badInput("ENT-JURISDICTION", "所属行政区划不存在或不在您的管辖范围内"));
        if (!j.active()) {
            throw BusinessException.badInput("ENT-JURISDICTION", "所属行政区划已撤销，请选择现行区划");
        }
        if (form.riskGrade() == null) {
            throw BusinessException.badInput("ENT-RISK", "请选择风险等级");
        }
        if (form.status() == null) {
            throw BusinessException.badInput("ENT-STATUS", "请选择经营状态");
        }
        return new Valid(new EnterpriseForm(name, code, form.kind(), form.industry(), address, lat, lng, jid,
                form.riskGrade(), form.status()), j.path());
    }

    static String text(String raw, int max, String code, String label) {
        return cn.anjian.kernel.Params.text(code, label, raw, max, false);
    }

    private static BigDecimal coordinate(BigDecimal v, int limit, String code, String label) {
        if (v == null) {
            return null;
        }
        if (v.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw BusinessException.badInput(code, label + "应在 -" + limit + " 到 " + limit + " 之间");
        }
        return v.setScale(6, RoundingMode.HALF_UP);
    }

    static EnterpriseView map(ResultSet rs, int n) throws SQLException {
        String code = rs.getString("credit_code");
        return new EnterpriseView(rs.getLong("id"), rs.getString("name"), code == null ? null : code.strip(),
                EnterpriseKind.valueOf(rs.getString("kind")), Industry.valueOf(rs.getString("industry")),
                rs.getString("address"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                rs.getLong("jurisdiction_id"), rs.getString("jurisdiction_name"), rs.getString("scope_path"),
                RiskGrade.valueOf(rs.getString("risk_grade").strip()), EnterpriseStatus.valueOf(rs.getString("status")),
                rs.getBoolean("blacklisted"), rs.getInt("version"));
    }

}
