package cn.anjian.supervision.checks;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * COR-01: supervision checks and their findings per area. A check is a record (no state): it is scoped by the checked
 * agency's jurisdiction, so that agency and every level above it read it; only an agency whose scope covers the checked
 * one records it. Correction orders on the findings: {@link CorrectionOrders}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class SupervisionChecks {

    static final String WHAT = "监督检查";
    static final String FINDING = "检查发现";

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A finding as the check page and the order service read it. */
    public record Finding(long id, long checkId, SupervisionArea area, String description, boolean problem) {
    }

    public long record(Actor actor, NewCheck c) {
        requireManage(actor);
        if (c == null) {
            throw BusinessException.badInput("COR-01-CHECK", "请填写监督检查信息");
        }
        Agency checked = agencies.findById(c.checkedAgencyId()).orElseThrow(() -> BusinessException.notFound("被检查单位"));
        ScopeSql.requireInScope(actor, checked.scopePath(), "被检查单位");
        String title = Params.text("COR-01-TITLE", "检查名称", c.title(), 200, true);
        String unit = Params.text("COR-01-UNIT", "被检查内设机构", c.checkedUnit(), 100, false);
        String team = Params.text("COR-01-TEAM", "检查组成员", c.team(), 400, true);
        if (c.timing() == null || c.extent() == null) {
            throw BusinessException.badInput("COR-01-KIND", "请选择检查方式（定期或不定期、全面或专项）");
        }
        if (c.methods() == null || c.methods().isEmpty()) {
            throw BusinessException.badInput("COR-01-METHODS", "请至少选择一种检查方法");
        }
        if (c.periodFrom() == null || c.periodTo() == null) {
            throw BusinessException.badInput("COR-01-PERIOD", "请填写检查期间");
        }
        if (c.periodTo().isBefore(c.periodFrom())) {
            throw BusinessException.badInput("COR-01-PERIOD", "检查期间的结束日期不能早于开始日期");
        }
        String methods = c.methods().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        long id = jdbc.sql("""
                INSERT INTO sup_check (version, agency_id, checked_agency_id, checked_unit, jurisdiction_id, scope_path, title,
                                       timing, extent, methods, period_from, period_to, team, created_at, created_by)
                VALUES (0, :a, :ca, :unit, :j, :p, :title, :timing, :extent, :methods, :from, :to, :team, :now, :by)
                RETURNING id""")
                .param("a", actor.agencyId()).param("ca", checked.id()).param("unit", unit).param("j", checked.jurisdictionId())
                .param("p", checked.scopePath()).param("title", title).param("timing", c.timing().name())
                .param("extent", c.extent().name()).param("methods", methods).param("from", Date.valueOf(c.periodFrom()))
                .param("to", Date.valueOf(c.periodTo())).param("team", team).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("checkedAgency", checked.name());
        after.put("timing", c.timing().name());
        after.put("extent", c.extent().name());
        after.put("periodFrom", c.periodFrom().toString());
        after.put("periodTo", c.periodTo().toString());
        after.put("team", team);
        events.publishEvent(AuditableEvent.change("supervision.check.recorded", "sup-check", id, null, after));
        return id;
    }

    /** COR-01: a finding of one of the six areas; {@code problem} marks what needs correcting (COR-02). */
    public long addFinding(Actor actor, long checkId, SupervisionArea area, String description, boolean problem) {
        requireManage(actor);
        requireCheck(actor, checkId);
        if (area == null) {
            throw BusinessException.badInput("COR-01-AREA", "请选择检查内容（第四条所列事项）");
        }
        String text = Params.text("COR-01-FINDING", "检查情况", description, 2000, true);
        long id = jdbc.sql("""
                INSERT INTO sup_finding (check_id, area, description, problem) VALUES (:c, :area, :d, :p) RETURNING id""")
                .param("c", checkId).param("area", area.name()).param("d", text).param("p", problem)
                .query(Long.class).single();
        events.publishEvent(AuditableEvent.change("supervision.finding.recorded", "sup-check", checkId, null,
                Map.of("area", area.name(), "description", text, "problem", problem)));
        return id;
    }

    /** The check's scope path; 404 when missing or outside the actor's scope. */
    String requireCheck(Actor actor, long checkId) {
        String path = jdbc.sql("SELECT scope_path FROM sup_check WHERE id = :id").param("id", checkId)
                .query(String.class).optional().orElseThrow(() -> BusinessException.notFound(WHAT));
        ScopeSql.requireInScope(actor, path, WHAT);
        return path;
    }

    @Transactional(readOnly = true)
    public List<Finding> findings(Actor actor, long checkId) {
        requireCheck(actor, checkId);
        return jdbc.sql("SELECT id, check_id, area, description, problem FROM sup_finding WHERE check_id = :c ORDER BY id")
                .param("c", checkId).query((rs, n) -> new Finding(rs.getLong(1), rs.getLong(2),
                        SupervisionArea.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5))).list();
    }

    /** Whether a check with this title exists (demo loaders run once). */
    @Transactional(readOnly = true)
    public boolean exists(String title) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM sup_check WHERE title = :t)").param("t", title).query(Boolean.class).single();
    }

    /** The emergency-management agency of the actor's own jurisdiction (the usual checked agency). */
    @Transactional(readOnly = true)
    public long emergencyAgency(Actor actor) {
        return agencies.findAgency(actor.jurisdictionId(), cn.anjian.org.AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseThrow(() -> BusinessException.notFound("应急管理部门")).id();
    }

    static void requireManage(Actor actor) {
        if (!actor.hasPermission("supervision:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有组织执法监督检查的权限");
        }
    }
}
