package cn.anjian.reporting.capacity;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.ScopeSql;
import cn.anjian.reporting.capacity.CapacityEnums.BodyKind;
import cn.anjian.reporting.capacity.CapacityEnums.MemberRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staffing records the capacity indicators count (CAP-01, CAP-02): bodies of a jurisdiction in the actor's scope
 * and their members, each change audited; plus the yearly funding of key departments (CAP-05). Officers, workstations
 * and vetoes: {@link CapacityEquipment}, {@link Vetoes}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CapacityRecords {

    static final String BODY = "单位";

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    record Body(long id, String scopePath, BodyKind kind, String name, boolean keyIndustry) {
    }

    public long addBody(Actor actor, long jurisdictionId, BodyKind kind, String name, boolean keyIndustry) {
        requireManage(actor);
        Jurisdiction j = jurisdictions.findById(jurisdictionId).orElseThrow(() -> BusinessException.notFound("行政区划"));
        ScopeSql.requireInScope(actor, j.path(), "行政区划");
        if (kind == null) {
            throw BusinessException.badInput("CAP-BODY-KIND", "请选择单位类别");
        }
        String n = Params.text("CAP-BODY-NAME", "单位名称", name, 100, true);
        if (kind != BodyKind.DEPARTMENT && keyIndustry) {
            throw BusinessException.badInput("CAP-BODY-KEY", "只有负有安全监管职责的部门可以标为重点行业领域监管部门");
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM rep_body WHERE jurisdiction_id = :j AND name = :n)").param("j", j.id())
                .param("n", n).query(Boolean.class).single()) {
            throw BusinessException.conflict("CAP-BODY-DUPLICATE", j.name() + "已登记名为“" + n + "”的单位");
        }
        long id = jdbc.sql("""
                INSERT INTO rep_body (jurisdiction_id, scope_path, kind, name, key_industry, created_at, created_by)
                VALUES (:j, :p, :kind, :name, :key, :now, :by) RETURNING id""")
                .param("j", j.id()).param("p", j.path()).param("kind", kind.name()).param("name", n).param("key", keyIndustry)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        events.publishEvent(AuditableEvent.change("reporting.body.recorded", "rep-body", id, null,
                Map.of("jurisdiction", j.name(), "kind", kind.name(), "name", n, "keyIndustry", keyIndustry)));
        return id;
    }

    /** CAP-01/02: a member of a body; the role must be one the body's kind has. */
    public long addMember(Actor actor, long bodyId, MemberRole role, String name, String position, boolean emBackground,
                          String background) {
        requireManage(actor);
        Body b = body(actor, bodyId);
        if (role == null) {
            throw BusinessException.badInput("CAP-MEMBER-ROLE", "请选择人员类别");
        }
        boolean fits = switch (b.kind()) {
            case DEPARTMENT -> role == MemberRole.LEADER || role == MemberRole.SAFETY_STAFF;
            case TOWNSHIP -> role == MemberRole.EMERGENCY_STAFF || role == MemberRole.LEADER;
            case VILLAGE -> role == MemberRole.CADRE;
        };
        if (!fits) {
            throw BusinessException.badInput("CAP-MEMBER-ROLE", b.kind().label() + "不登记" + role.label());
        }
        String n = Params.text("CAP-MEMBER-NAME", "姓名", name, 50, true);
        String pos = Params.text("CAP-MEMBER-POSITION", "职务", position, 100, false);
        String bg = Params.text("CAP-MEMBER-BACKGROUND", "专业背景与工作经历", background, 500, false);
        if (emBackground && bg == null) {
            throw BusinessException.badInput("CAP-MEMBER-BACKGROUND", "具有应急管理专业背景的，请写明专业背景或工作经历");
        }
        long id = jdbc.sql("""
                INSERT INTO rep_member (body_id, scope_path, role, name, position, em_background, background, created_at, created_by)
                VALUES (:b, :p, :role, :name, :pos, :em, :bg, :now, :by) RETURNING id""")
                .param("b", bodyId).param("p", b.scopePath()).param("role", role.name()).param("name", n).param("pos", pos)
                .param("em", emBackground).param("bg", bg).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("body", b.name());
        after.put("role", role.name());
        after.put("name", n);
        after.put("position", pos == null ? "" : pos);
        after.put("emBackground", emBackground);
        events.publishEvent(AuditableEvent.change("reporting.member.recorded", "rep-body", bodyId, null, after));
        return id;
    }

    /** A member who left: removed from the count, the removal audited with what was removed. */
    public void removeMember(Actor actor, long bodyId, long memberId) {
        requireManage(actor);
        Body b = body(actor, bodyId);
        Map<String, Object> before = jdbc.sql("SELECT role, name FROM rep_member WHERE id = :m AND body_id = :b")
                .param("m", memberId).param("b", bodyId)
                .query((rs, n) -> Map.<String, Object>of("body", b.name(), "role", rs.getString(1), "name", rs.getString(2)))
                .optional().orElseThrow(() -> BusinessException.notFound("人员"));
        jdbc.sql("DELETE FROM rep_member WHERE id = :m").param("m", memberId).update();
        events.publishEvent(AuditableEvent.change("reporting.member.removed", "rep-body", bodyId, before, null));
    }

    /** CAP-05: the enforcement funding of a key department for a year (re-entering a year replaces it, audited). */
    public void recordFunding(Actor actor, long bodyId, int year, BigDecimal amount, String source) {
        requireManage(actor);
        Body b = body(actor, bodyId);
        if (b.kind() != BodyKind.DEPARTMENT || !b.keyIndustry()) {
            throw new BusinessException("CAP-05", "安全监管执法经费按重点安全监管部门登记（《晋城市人民政府办公室关于加强市县乡安全生产监管能力建设的实施意见》第（十）项）");
        }
        int thisYear = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear();
        if (year < 2000 || year > thisYear + 1) {
            throw BusinessException.badInput("CAP-FUNDING-YEAR", "年度须在 2000 年至 " + (thisYear + 1) + " 年之间");
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("999999999999")) > 0) {
            throw BusinessException.badInput("CAP-FUNDING-AMOUNT", "经费金额须为不小于 0 的金额，最多两位小数");
        }
        String src = Params.text("CAP-FUNDING-SOURCE", "经费来源", source, 200, false);
        List<BigDecimal> old = jdbc.sql("SELECT amount FROM rep_funding WHERE body_id = :b AND year = :y").param("b", bodyId)
                .param("y", year).query(BigDecimal.class).list();
        jdbc.sql("""
                INSERT INTO rep_funding (body_id, scope_path, year, amount, source, created_at, created_by)
                VALUES (:b, :p, :y, :amount, :src, :now, :by)
                ON CONFLICT (body_id, year) DO UPDATE SET amount = EXCLUDED.amount, source = EXCLUDED.source,
                    created_at = EXCLUDED.created_at, created_by = EXCLUDED.created_by""")
                .param("b", bodyId).param("p", b.scopePath()).param("y", year).param("amount", amount).param("src", src)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
        events.publishEvent(AuditableEvent.change("reporting.funding.recorded", "rep-body", bodyId,
                old.isEmpty() ? null : Map.of("year", year, "amount", old.get(0).toPlainString()),
                Map.of("year", year, "amount", amount.toPlainString(), "source", src == null ? "" : src)));
    }

    /** Whether a body of this name exists anywhere (demo loaders run once). */
    @Transactional(readOnly = true)
    public boolean exists(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM rep_body WHERE name = :n)").param("n", name).query(Boolean.class).single();
    }

    Body body(Actor actor, long bodyId) {
        Body b = jdbc.sql("SELECT id, scope_path, kind, name, key_industry FROM rep_body WHERE id = :id").param("id", bodyId)
                .query((rs, n) -> new Body(rs.getLong(1), rs.getString(2), BodyKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getBoolean(5))).optional().orElseThrow(() -> BusinessException.notFound(BODY));
        ScopeSql.requireInScope(actor, b.scopePath(), BODY);
        return b;
    }

    static void requireManage(Actor actor) {
        if (!actor.hasPermission("capacity:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有登记监管能力建设情况的权限");
        }
    }

}
