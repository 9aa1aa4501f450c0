package cn.anjian.reporting.capacity;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.Officers;
import cn.anjian.reporting.capacity.CapacityEnums.BodyKind;
import cn.anjian.reporting.capacity.CapacityEnums.MemberRole;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAP-10: each indicator of a jurisdiction (its whole subtree), derived from the records — never typed — and compared
 * with its target in force today: green when met, red otherwise (nothing recorded never meets a target), with the
 * explanation a reader needs and the link to the records behind the figure.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CapacityIndicators {

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final Officers officers;
    private final Settings settings;
    private final Clock clock;

    /** One figure: met or not, the value, why, and where its records are. */
    public record Cell(Indicator indicator, boolean green, String value, String explanation, String drillUrl) {
    }

    public record Line(Jurisdiction jurisdiction, List<Cell> cells) {
        public long red() {
            return cells.stream().filter(c -> !c.green()).count();
        }
    }

    /** The jurisdiction (in the actor's scope, else 404) and its active children, each with every indicator. */
    public List<Line> dashboard(Actor actor, long jurisdictionId, int year) {
        Jurisdiction j = jurisdictions.findById(jurisdictionId).orElseThrow(() -> cn.anjian.kernel.BusinessException.notFound("行政区划"));
        ScopeSql.requireInScope(actor, j.path(), "行政区划");
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(j, cells(actor, j, year)));
        for (Jurisdiction child : jurisdictions.children(j.id())) {
            lines.add(new Line(child, cells(actor, child, year)));
        }
        return lines;
    }

    public List<Cell> cells(Actor actor, Jurisdiction j, int year) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        String p = j.path() + "%";
        long id = j.id();
        List<Cell> cells = new ArrayList<>();
        cells.add(leadership(p, id, settings.value(CapacitySettings.LEADERSHIP_BACKGROUND, today)));
        cells.add(staffing(Indicator.KEY_DEPARTMENT_STAFF, p, id, BodyKind.DEPARTMENT, true, MemberRole.SAFETY_STAFF,
                settings.value(CapacitySettings.KEY_DEPARTMENT_STAFF, today), "每个重点行业领域监管部门配备安全工作人员不少于 %d 名"));
        cells.add(staffing(Indicator.TOWNSHIP_STAFF, p, id, BodyKind.TOWNSHIP, false, MemberRole.EMERGENCY_STAFF,
                settings.value(CapacitySettings.TOWNSHIP_STAFF, today), "每个乡镇（街道）至少配备 %d—5 名专业应急管理人员"));
        cells.add(staffing(Indicator.VILLAGE_CADRES, p, id, BodyKind.VILLAGE, false, MemberRole.CADRE,
                settings.value(CapacitySettings.VILLAGE_CADRES, today), "每个村（居）委明确 %d 名干部负责应急管理工作"));
        long total = officers.list(new ScopedActor(actor, j.scope()), OfficerFilter.none(), 0, 1).total();
        cells.add(officerShare(Indicator.QUALIFIED_OFFICERS, p, id, total, "relevant_education OR relevant_qualification OR relevant_experience",
                settings.value(CapacitySettings.QUALIFIED_OFFICERS, today), "具有相关学历、职业资格和实践经验的执法人员不低于 %s%%"));
        cells.add(officerShare(Indicator.OFFICER_EQUIPMENT, p, id, total, "mobile_terminal AND body_recorder AND protective_equipment",
                new BigDecimal("100"), "移动执法终端、执法记录仪、个人安全防护装备人手一台（套）（%s%%）"));
        cells.add(workstations(p, id, settings.value(CapacitySettings.WORKSTATIONS, today)));
        cells.add(funding(p, id, year, settings.value(CapacitySettings.FUNDING, today)));
        cells.add(vetoes(p, id, year));
        return cells;
    }

    private record Count(String name, long part, long whole) {
    }

    private Cell leadership(String p, long id, BigDecimal percent) {
        List<Count> bodies = jdbc.sql("""
                SELECT b.name, count(*) FILTER (WHERE m.em_background), count(*)
                FROM rep_body b JOIN rep_member m ON m.body_id = b.id AND m.role = 'LEADER'
                WHERE b.scope_path LIKE :p AND b.kind = 'DEPARTMENT' GROUP BY b.id, b.name ORDER BY b.name""")
                .param("p", p).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        List<String> short_ = bodies.stream().filter(b -> !Targets.meetsShare(b.part(), b.whole(), percent))
                .map(b -> b.name() + "（" + b.part() + "/" + b.whole() + "，" + Targets.percent(b.part(), b.whole()) + "）").toList();
        String target = "每个负有安全监管职责部门的班子成员中具有应急管理专业背景的不少于 " + percent.stripTrailingZeros().toPlainString() + "%";
        return bodyCell(Indicator.LEADERSHIP, bodies.size(), short_, target, "/reporting/capacity/bodies?j=" + id + "&kind=DEPARTMENT");
    }

    private Cell staffing(Indicator indicator, String p, long id, BodyKind kind, boolean keyOnly, MemberRole role, int minimum,
                          String target) {
        List<Count> bodies = jdbc.sql("""
                SELECT b.name, count(m.id), 0 FROM rep_body b LEFT JOIN rep_member m ON m.body_id = b.id AND m.role = :role
                WHERE b.scope_path LIKE :p AND b.kind = :kind AND (b.key_industry OR NOT :keyOnly) GROUP BY b.id, b.name ORDER BY b.name""")
                .param("p", p).param("role", role.name()).param("kind", kind.name()).param("keyOnly", keyOnly)
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2), 0)).list();
        List<String> short_ = bodies.stream().filter(b -> b.part() < minimum).map(b -> b.name() + "（" + b.part() + " 名）").toList();
        return bodyCell(indicator, bodies.size(), short_, target.formatted(minimum),
                "/reporting/capacity/bodies?j=" + id + "&kind=" + kind.name() + (keyOnly ? "&key=true" : ""));
    }

    private static Cell bodyCell(Indicator indicator, int bodies, List<String> short_, String target, String url) {
        if (bodies == 0) {
            return new Cell(indicator, false, "未登记", target + "；本辖区尚未登记相关单位，无法认定达标", url);
        }
        String value = "达标 " + (bodies - short_.size()) + "/" + bodies;
        return new Cell(indicator, short_.isEmpty(), value, target + (short_.isEmpty() ? "；全部达标" : "；未达标：" + String.join("、", short_)), url);
    }

    private Cell officerShare(Indicator indicator, String p, long id, long total, String condition, BigDecimal percent, String target) {
        long part = jdbc.sql("SELECT count(*) FROM rep_officer_capacity WHERE scope_path LIKE :p AND (" + condition + ")")
                .param("p", p).query(Long.class).single();
        String t = target.formatted(percent.stripTrailingZeros().toPlainString());
        boolean green = Targets.meetsShare(part, total, percent);
        String why = total == 0 ? t + "；本辖区没有执法人员" : t + "；" + part + "/" + total + " 名执法人员，" + Targets.percent(part, total);
        return new Cell(indicator, green, Targets.percent(part, total), why, "/reporting/capacity/officers?j=" + id);
    }

    private Cell workstations(String p, long id, int minimum) {
        List<Count> agencies = jdbc.sql("""
                SELECT a.name, (SELECT count(*) FROM rep_workstation w WHERE w.agency_id = a.id), 0 FROM org_agency_view a
                WHERE a.scope_path LIKE :p AND a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE' ORDER BY a.name""")
                .param("p", p).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2), 0)).list();
        List<String> short_ = agencies.stream().filter(a -> a.part() < minimum).map(a -> a.name() + "（" + a.part() + " 台）").toList();
        return bodyCell(Indicator.WORKSTATIONS, agencies.size(), short_, "每个应急管理部门配套采集工作站不少于 " + minimum + " 台",
                "/reporting/capacity/workstations?j=" + id);
    }

    private Cell funding(String p, long id, int year, BigDecimal minimum) {
        List<String> short_ = new ArrayList<>();
        int[] bodies = {0};
        jdbc.sql("""
                SELECT b.name, f.amount FROM rep_body b LEFT JOIN rep_funding f ON f.body_id = b.id AND f.year = :y
                WHERE b.scope_path LIKE :p AND b.kind = 'DEPARTMENT' AND b.key_industry ORDER BY b.name""")
                .param("p", p).param("y", year).query((rs, n) -> {
                    bodies[0]++;
                    BigDecimal amount = rs.getBigDecimal(2);
                    if (!Targets.meetsAmount(amount, minimum)) {
                        short_.add(rs.getString(1) + "（" + (amount == null ? "未登记" : amount.toPlainString() + " 元") + "）");
                    }
                    return 0;
                }).list();
        return bodyCell(Indicator.FUNDING, bodies[0], short_, year + " 年每个重点安全监管部门安全监管执法经费不少于 "
                + minimum.stripTrailingZeros().toPlainString() + " 元", "/reporting/capacity/bodies?j=" + id + "&kind=DEPARTMENT&key=true&year=" + year);
    }

    private Cell vetoes(String p, long id, int year) {
        List<String> units = jdbc.sql("SELECT unit_name FROM rep_veto WHERE scope_path LIKE :p AND year = :y ORDER BY id")
                .param("p", p).param("y", year).query(String.class).list();
        String why = units.isEmpty() ? year + " 年没有被“一票否决”的单位"
                : year + " 年被“一票否决”：" + String.join("、", units) + "；负有领导和监管责任的相关人员取消当年评先评优资格";
        return new Cell(Indicator.VETOES, units.isEmpty(), units.isEmpty() ? "无" : units.size() + " 个单位", why,
                "/reporting/capacity/vetoes?j=" + id + "&year=" + year);
    }

    /** The actor narrowed to a jurisdiction of his scope, for personnel's scoped officer count. */
    record ScopedActor(Actor base, Scope scope) implements Actor {
        public long userId() {
            return base.userId();
        }

        public String username() {
            return base.username();
        }

        public String displayName() {
            return base.displayName();
        }

        public long agencyId() {
            return base.agencyId();
        }

        public String agencyName() {
            return base.agencyName();
        }

        public Long unitId() {
            return base.unitId();
        }

        public long jurisdictionId() {
            return base.jurisdictionId();
        }

        public boolean hasPermission(String permission) {
            return base.hasPermission(permission);
        }
    }
}
