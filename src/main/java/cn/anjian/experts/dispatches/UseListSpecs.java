package cn.anjian.experts.dispatches;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import cn.anjian.kernel.ListSort;

/** The four expert-use lists as {@link UseLists.Spec}s: their SQL, sortable columns and row mappers. */
final class UseListSpecs {

    private UseListSpecs() {
    }

    /** EXP-16: one line per unit budget of a year with what is committed and paid (grouped inside, filtered outside). */
    static final UseLists.Spec<Budgets.Line> BUDGETS = new UseLists.Spec<>(
            "SELECT * FROM (" + Budgets.SELECT.replace("SELECT b.id,", "SELECT b.scope_path, b.id,")
                    + " GROUP BY b.id, u.name) x",
            "FROM (SELECT b.scope_path, b.year, u.name AS unit_name FROM exp_budget b JOIN org_unit_view u ON u.id = b.unit_id) x",
            "x.scope_path", List.of("x.unit_name"), "股室",
            ListSort.by("x.id").key("unit", "股室", "x.unit_name").key("year", "年度", "x.year").key("amount", "预算", "x.amount")
                    .key("remaining", "剩余", "(x.amount - x.committed - x.paid)").byDefault("unit", true),
            (rs, n) -> new Budgets.Line(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getInt("year"),
                    rs.getBigDecimal("amount"), rs.getBigDecimal("committed"), rs.getBigDecimal("paid")));

    /** EXP-11: the unit's relatively fixed experts. */
    static final UseLists.Spec<FixedExperts.Row> FIXED = new UseLists.Spec<>("""
            SELECT x.id, e.name, f.name AS field_name, u.name AS unit_name, x.from_date, x.to_date, x.status
            FROM exp_fixed x JOIN exp_expert e ON e.id = x.expert_id JOIN exp_field f ON f.code = e.field_code
            JOIN org_unit_view u ON u.id = x.unit_id""",
            "FROM exp_fixed x JOIN exp_expert e ON e.id = x.expert_id JOIN org_unit_view u ON u.id = x.unit_id",
            "x.scope_path", List.of("e.name", "u.name"), "专家或股室",
            ListSort.by("x.id").key("expert", "专家", "e.name").key("from", "开始日期", "x.from_date").key("to", "结束日期", "x.to_date")
                    .key("status", "状态", "x.status").key("proposed", "申请顺序", "x.id").byDefault("proposed", false),
            UseListSpecs::fixed);

    /** EXP-12: outside units' applications. */
    static final UseLists.Spec<UseApplications.Row> APPLICATIONS = new UseLists.Spec<>("""
            SELECT a.id, a.applicant, a.task, a.place, a.task_start, a.task_end, f.name AS field_name, a.experts, a.status
            FROM exp_use_application a JOIN exp_field f ON f.code = a.field_code""",
            "FROM exp_use_application a", "a.scope_path", List.of("a.applicant", "a.task", "a.place"), "申请单位、任务或地点",
            ListSort.by("a.id").key("applicant", "申请单位", "a.applicant").key("start", "开始日期", "a.task_start")
                    .key("status", "状态", "a.status").key("filed", "申请顺序", "a.id").byDefault("filed", false),
            UseListSpecs::application);

    /** EXP-15: dismissed experts. */
    static final UseLists.Spec<Dismissals.Row> DISMISSALS = new UseLists.Spec<>("""
            SELECT x.id, x.expert_id, e.name, x.ground, x.evidence, x.confidentiality_on, x.decided_at, x.decided_by
            FROM exp_dismissal x JOIN exp_expert e ON e.id = x.expert_id""",
            "FROM exp_dismissal x JOIN exp_expert e ON e.id = x.expert_id", "x.scope_path", List.of("e.name", "x.evidence"),
            "专家或事实",
            ListSort.by("x.id").key("expert", "专家", "e.name").key("ground", "解聘情形", "x.ground")
                    .key("decided", "解聘时间", "x.decided_at").byDefault("decided", false),
            UseListSpecs::dismissal);

    private static FixedExperts.Row fixed(ResultSet rs, int n) throws SQLException {
        return new FixedExperts.Row(rs.getLong("id"), rs.getString("name"), rs.getString("field_name"), rs.getString("unit_name"),
                rs.getDate("from_date").toLocalDate(), rs.getDate("to_date").toLocalDate(),
                FixedExpert.Status.valueOf(rs.getString("status")));
    }

    private static UseApplications.Row application(ResultSet rs, int n) throws SQLException {
        return new UseApplications.Row(rs.getLong("id"), rs.getString("applicant"), rs.getString("task"), rs.getString("place"),
                rs.getDate("task_start").toLocalDate(), rs.getDate("task_end").toLocalDate(), rs.getString("field_name"),
                rs.getInt("experts"), UseApplication.Status.valueOf(rs.getString("status")));
    }

    private static Dismissals.Row dismissal(ResultSet rs, int n) throws SQLException {
        return new Dismissals.Row(rs.getLong("id"), rs.getLong("expert_id"), rs.getString("name"),
                DismissalGround.valueOf(rs.getString("ground")), rs.getString("evidence"),
                rs.getDate("confidentiality_on").toLocalDate(), rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"));
    }
}
