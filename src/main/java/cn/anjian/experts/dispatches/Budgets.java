package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-16 (art. 22, 先预算后支出): each using unit's yearly budget for experts, what paid dispatches have committed
 * (requested, approved, under way, not yet reimbursed), what was paid, and what remains. A paid dispatch is refused
 * when no budget exists or the remaining budget is less than its fee.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Budgets {

    /** Dispatch states whose fee is committed against the budget (refused, declined and replaced ones free it). */
    static final String COMMITTING = "('REQUESTED', 'APPROVED', 'ACCEPTED', 'REPORTED', 'COMPLETED')";
    static final BigDecimal MAX = new BigDecimal("100000000.00");

    /** A unit's budget of a year with its use. */
    public record Line(long id, long unitId, String unitName, int year, BigDecimal amount, BigDecimal committed,
                       BigDecimal paid) {
        public BigDecimal remaining() {
            return amount.subtract(committed).subtract(paid);
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Sets (or changes) a unit's budget of a year; the unit must be of the actor's agency. */
    public long set(Actor actor, long unitId, int year, BigDecimal amount) {
        if (!actor.hasPermission("expert:budget")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有维护专家工作经费预算的权限");
        }
        if (year < 2000 || year > 2100) {
            throw BusinessException.badInput("EXP-BUDGET-YEAR", "年度须为 2000–2100 之间的四位数字");
        }
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw BusinessException.badInput("EXP-BUDGET-AMOUNT", "预算金额须为 0 至 1 亿元之间、最多两位小数的金额");
        }
        String unitName = jdbc.sql("SELECT name FROM org_unit_view WHERE id = :u AND agency_id = :a")
                .param("u", unitId).param("a", actor.agencyId()).query(String.class).optional()
                .orElseThrow(() -> BusinessException.badInput("EXP-BUDGET-UNIT", "请选择本局的内设机构"));
        BigDecimal value = amount.setScale(2, RoundingMode.UNNECESSARY);
        Line before = find(unitId, year);
        if (before != null && value.compareTo(before.committed().add(before.paid())) < 0) {
            throw new BusinessException("EXP-16", "预算不能少于已占用和已支付的金额合计 " + money(before.committed().add(before.paid())) + " 元");
        }
        long id = jdbc.sql("""
                INSERT INTO exp_budget (version, agency_id, scope_path, unit_id, year, amount, set_at, set_by)
                VALUES (0, :a, :p, :u, :y, :amount, :at, :by)
                ON CONFLICT (unit_id, year) DO UPDATE SET amount = EXCLUDED.amount, set_at = EXCLUDED.set_at,
                    set_by = EXCLUDED.set_by, version = exp_budget.version + 1
                RETURNING id""")
                .param("a", actor.agencyId()).param("p", actor.scope().path()).param("u", unitId).param("y", year)
                .param("amount", value).param("at", Timestamp.from(clock.instant())).param("by", actor.username())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unit", unitName);
        after.put("year", year);
        after.put("amount", value.toPlainString());
        events.publishEvent(AuditableEvent.change("experts.budget.set", "expert-budget", id,
                before == null ? null : Map.of("amount", before.amount().toPlainString()), after));
        return id;
    }

    /**
     * EXP-16: the budget a paid dispatch of {@code fee} draws on, locked for the rest of the transaction so two
     * requests cannot both take the last of it; refused without a budget or when the remaining amount is less.
     */
    long reserve(Long unitId, int year, BigDecimal fee) {
        if (unitId == null) {
            throw new BusinessException("EXP-16", "您的账号未归属内设机构，无法核对专家工作经费预算（先预算后支出）");
        }
        Long id = jdbc.sql("SELECT id FROM exp_budget WHERE unit_id = :u AND year = :y FOR UPDATE")
                .param("u", unitId).param("y", year).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new BusinessException("EXP-16", "本股室没有 " + year + " 年度专家工作经费预算，不能安排付费使用专家（严禁无预算支出）");
        }
        Line line = find(unitId, year);
        if (line.remaining().compareTo(fee) < 0) {
            throw new BusinessException("EXP-16", "本股室 " + year + " 年度专家工作经费剩余 " + money(line.remaining())
                    + " 元，不足以支付本次劳务报酬 " + money(fee) + " 元（严禁超预算支出）");
        }
        return id;
    }

    @Transactional(readOnly = true)
    public Line find(long unitId, int year) {
        return jdbc.sql(SELECT + " WHERE b.unit_id = :u AND b.year = :y GROUP BY b.id, u.name")
                .param("u", unitId).param("y", year).query(Budgets::map).optional().orElse(null);
    }

    /** The budgets of a year in the actor's scope, by unit. */
    @Transactional(readOnly = true)
    public List<Line> list(Actor actor, int year) {
        return jdbc.sql(SELECT + " WHERE b.year = :y AND" + ScopeSql.condition("b.scope_path") + " GROUP BY b.id, u.name ORDER BY u.name, b.id")
                .param("y", year).param(ScopeSql.PARAM, actor.scope().pattern()).query(Budgets::map).list();
    }

    /** The units of the actor's agency (the budget form's choices). */
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, String>> units(Actor actor) {
        return jdbc.sql("SELECT id, name FROM org_unit_view WHERE agency_id = :a AND status = 'ACTIVE' ORDER BY name, id")
                .param("a", actor.agencyId()).query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list();
    }

    static final String SELECT = """
            SELECT b.id, b.unit_id, u.name AS unit_name, b.year, b.amount,
                   COALESCE(SUM(d.fee) FILTER (WHERE d.status IN """ + COMMITTING + """
                                               AND d.reimburse_status IS DISTINCT FROM 'PAID'), 0) AS committed,
                   COALESCE(SUM(d.fee) FILTER (WHERE d.reimburse_status = 'PAID'), 0) AS paid
            FROM exp_budget b
            JOIN org_unit_view u ON u.id = b.unit_id
            LEFT JOIN exp_dispatch d ON d.budget_id = b.id AND d.paid""";

    private static Line map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Line(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getInt("year"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("committed").setScale(2), rs.getBigDecimal("paid").setScale(2));
    }

    static String money(BigDecimal v) {
        return String.format("%,.2f", v);
    }
}
