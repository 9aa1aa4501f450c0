package cn.anjian.mines.hazards;

import java.time.LocalDate;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.org.ScopeSql;

/**
 * The department lists' filters (hazards, stop-work orders, tips): a jurisdiction's subtree (its path, checked to lie
 * in scope by the caller), a mine, a state code, major / overdue only. Scope first, always.
 */
public record MatterFilter(String jurisdictionPath, Long mineId, String state, boolean majorOnly, boolean overdueOnly) {

    public static MatterFilter none() {
        return new MatterFilter(null, null, null, false, false);
    }

    /** The WHERE clause on alias {@code a}; {@code major}/{@code overdue} columns per list (null: not filterable). */
    String where(Actor actor, String majorColumn, String openCondition, Map<String, Object> params, LocalDate today) {
        StringBuilder w = new StringBuilder(" WHERE" + ScopeSql.condition("a.scope_path"));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (jurisdictionPath != null) {
            w.append(" AND a.scope_path LIKE :sub");
            params.put("sub", jurisdictionPath.replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (mineId != null) {
            w.append(" AND a.mine_id = :mine");
            params.put("mine", mineId);
        }
        if (state != null) {
            w.append(" AND a.state = :state");
            params.put("state", state);
        }
        if (majorOnly && majorColumn != null) {
            w.append(" AND ").append(majorColumn);
        }
        if (overdueOnly && openCondition != null) {
            w.append(" AND ").append(openCondition).append(" AND a.due_date < :today");
            params.put("today", today);
        }
        return w.toString();
    }
}
