package cn.anjian.mines.work;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.org.ScopeSql;

/**
 * The one statement behind every pivot of the coverage view (MW-01..MW-03, MW-09): per mine of the actor's scope, the
 * counts of each ISO week of the period against its requirement (holiday-based, raised per mine by the key periods of
 * its jurisdiction), and the month's sites and systems against the on-site answers. A week or month that has not ended
 * yet (its last day is today or later) is "in progress", never missed: {@code red} counts only ended weeks and a
 * month that is over. The pivots (mine, coal group, commissioner) select from its CTE {@code x}.
 */
final class CoverageSql {

    static final String COUNTED = "('ACCEPTED', 'CLEARED')";

    /** The latest approved plan of each jurisdiction in force in :year (MC-06). */
    static final String PLANS = """
            SELECT DISTINCT ON (jurisdiction_id) id FROM mine_plan WHERE status = 'APPROVED' AND plan_year <= :year
            ORDER BY jurisdiction_id, plan_year DESC, id DESC""";

    /** MC-08: the coal groups of those plans (in the plan's JSON), one row per (group, mine); a group is (plan_id, ord). */
    static final String GROUPS = """
            SELECT gp.id AS plan_id, g.ord, (g.value ->> 'leaderId')::bigint AS leader_id, gm.mine_id::bigint AS mine_id
            FROM mine_plan gp
            CROSS JOIN LATERAL (SELECT NULLIF(gp.outcome, '')::jsonb -> 'groups' AS list) o
            CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(o.list) = 'array' THEN o.list ELSE '[]'::jsonb END)
                 WITH ORDINALITY AS g (value, ord)
            CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(g.value -> 'mineIds') = 'array'
                 THEN g.value -> 'mineIds' ELSE '[]'::jsonb END) AS gm (mine_id)
            WHERE gp.id IN (""" + PLANS + ")";

    private CoverageSql() {
    }

    /** The WITH clause ending in {@code x} (one row per mine) and {@code m} (the mines); parameters go to {@code params}. */
    static String with(Actor actor, CoveragePeriod p, CoverageQueries.Filter f, LocalDate today, Map<String, Object> params) {
        StringBuilder weeks = new StringBuilder();
        for (int i = 0; i < p.weeks().size(); i++) {
            weeks.append(i == 0 ? "" : ", ").append("(CAST(:w").append(i).append(" AS VARCHAR), CAST(:d").append(i)
                    .append(" AS DATE), CAST(:r").append(i).append(" AS INT))");
            params.put("w" + i, p.weeks().get(i).isoWeek());
            params.put("d" + i, Date.valueOf(p.weeks().get(i).monday()));
            params.put("r" + i, p.weeks().get(i).remoteRequired());
        }
        params.put("from", Date.valueOf(p.from()));
        params.put("to", Date.valueOf(p.to()));
        params.put("mfrom", Date.valueOf(p.monthFrom()));
        params.put("mto", Date.valueOf(p.monthTo()));
        params.put("month", p.month());
        params.put("monthOver", p.month() && today.isAfter(p.monthTo()));
        params.put("today", Date.valueOf(today));
        params.put("year", p.monthTo().getYear());
        return "WITH m AS (SELECT mm.id, mm.name, mm.kind, mm.jurisdiction_id, mm.scope_path, mm.working_sites, mm.systems"
                + " FROM mine_mine mm" + where(actor, f, params) + """
                ),
                wk (w, mon, req) AS (VALUES\s""" + weeks + """
                ),
                kp AS (SELECT wk.w, k.scope_path, max(k.remote_per_week) AS req FROM wk
                       JOIN mine_key_period k ON k.withdrawn_at IS NULL AND k.starts_on <= wk.mon + 6 AND k.ends_on >= wk.mon
                       GROUP BY wk.w, k.scope_path),
                counted AS (SELECT c.mine_id, c.iso_week, count(*) FILTER (WHERE c.mode = 'REMOTE') AS remote,
                                   count(*) FILTER (WHERE c.mode = 'ONSITE') AS onsite
                            FROM mine_check c JOIN m ON m.id = c.mine_id
                            WHERE c.check_day BETWEEN :from AND :to AND c.status IN\s""" + COUNTED + """
                            GROUP BY c.mine_id, c.iso_week),
                per AS (SELECT m.id AS mine_id, wk.w, wk.mon, coalesce(k.remote, 0) AS remote, coalesce(k.onsite, 0) AS onsite,
                               GREATEST(wk.req, coalesce((SELECT max(kp.req) FROM kp WHERE kp.w = wk.w
                                                          AND m.scope_path LIKE kp.scope_path || '%'), 0)) AS req
                        FROM m CROSS JOIN wk LEFT JOIN counted k ON k.mine_id = m.id AND k.iso_week = wk.w),
                weekly AS (SELECT mine_id, sum(remote)::int AS remote, sum(onsite)::int AS onsite, sum(req)::int AS remote_req,
                                  count(*)::int AS weeks,
                                  string_agg(w || ':' || remote || ':' || onsite || ':' || req, ',' ORDER BY w)
                                      FILTER (WHERE (remote < req OR onsite < 1) AND mon + 7 <= :today) AS short_weeks,
                                  count(*) FILTER (WHERE remote < req AND mon + 7 <= :today)::int AS remote_missed,
                                  count(*) FILTER (WHERE onsite < 1 AND mon + 7 <= :today)::int AS onsite_missed,
                                  coalesce(sum(GREATEST(req - remote, 0)) FILTER (WHERE mon + 7 > :today), 0)::int AS need_remote,
                                  count(*) FILTER (WHERE onsite < 1 AND mon + 7 > :today)::int AS need_onsite
                           FROM per GROUP BY mine_id),
                site AS (SELECT m.id AS mine_id, btrim(s.name) AS name
                         FROM m CROSS JOIN LATERAL unnest(string_to_array(m.working_sites || E'\\n' || m.systems, E'\\n')) AS s (name)
                         WHERE :month AND btrim(s.name) <> ''),
                seen AS (SELECT DISTINCT c.mine_id, a.site_or_system
                         FROM mine_check c JOIN m ON m.id = c.mine_id
                         JOIN mine_check_answer a ON a.check_id = c.id AND a.site_or_system IS NOT NULL
                         WHERE :month AND c.mode = 'ONSITE' AND c.check_day BETWEEN :mfrom AND :mto AND c.status IN\s""" + COUNTED + """
                         ),
                uncovered AS (SELECT s.mine_id, string_agg(DISTINCT s.name, '、') AS names FROM site s
                              WHERE NOT EXISTS (SELECT 1 FROM seen WHERE seen.mine_id = s.mine_id AND seen.site_or_system = s.name)
                              GROUP BY s.mine_id),
                x0 AS (SELECT w.*, u.names AS uncovered,
                              (w.remote_missed > 0 OR w.onsite_missed > 0 OR (u.names IS NOT NULL AND :monthOver)) AS red
                       FROM weekly w LEFT JOIN uncovered u ON u.mine_id = w.mine_id),
                x AS (SELECT x0.*, (NOT x0.red AND (x0.need_remote > 0 OR x0.need_onsite > 0 OR x0.uncovered IS NOT NULL)) AS pending,
                             CASE WHEN x0.red THEN 2 WHEN x0.need_remote > 0 OR x0.need_onsite > 0 OR x0.uncovered IS NOT NULL
                                  THEN 1 ELSE 0 END AS rank
                      FROM x0)
                """;
    }

    private static String where(Actor actor, CoverageQueries.Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE" + ScopeSql.condition("mm.scope_path") + "AND mm.production_status = 'PRODUCING'");
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.jurisdictionPath() != null) {
            where.append(" AND mm.scope_path LIKE :jpath");
            params.put("jpath", f.jurisdictionPath() + "%");
        }
        if (f.kind() != null) {
            where.append(f.kind() == KindGroup.COAL ? " AND mm.kind = 'COAL'" : " AND mm.kind <> 'COAL'");
        }
        if (f.commissionerId() != null) {
            // the commissioner pivot's drill-down: his designated mines (PAIRS), as that pivot counts them — a coal
            // group's patrol is the group pivot's (GROUPS), so a member is not charged with his group's other mines
            where.append(" AND mm.id IN (SELECT fp.mine_id FROM (").append(Supervision.PAIRS).append(") fp WHERE fp.commissioner_id = :fcomm)");
            params.put("fcomm", f.commissionerId());
        }
        if (f.group() != null) {
            where.append(" AND mm.id IN (SELECT fg.mine_id FROM (").append(GROUPS).append(") fg WHERE fg.plan_id = :gplan AND fg.ord = :gord)");
            params.put("gplan", f.group().planId());
            params.put("gord", f.group().ord());
        }
        return where.toString();
    }
}
