package cn.anjian.enforcement.draws;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.org.Agency;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a draw once, as drawn: the record with its seed, both ordered pools, the conflicts met and
 * the result, so the replay can show the result is exactly what the seed gives. Never updated.
 */
@Component
@RequiredArgsConstructor
class DrawStore {

    /** Everything a draw produced. */
    record Drawn(Agency agency, String title, RandomDraws.NewDraw request, int count, int perTarget, int lookBackYears,
                 LocalDate day, long seed, List<EnterpriseView> targets, List<DrawViews.Officer> officers,
                 Set<List<Long>> excluded, List<DrawAlgorithm.Match> result, String by, Instant at) {

        int unstaffed() {
            return (int) result.stream().filter(m -> !m.staffed()).count();
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;

    long store(Drawn d) {
        long id = insertRecord(d);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < d.targets().size(); i++) {
            EnterpriseView e = d.targets().get(i);
            rows.add(new Object[] {id, i, e.id(), e.name(), e.industry().name(), e.riskGrade().name(), e.status().name()});
        }
        template.batchUpdate("INSERT INTO enf_draw_target (draw_id, pos, enterprise_id, name, industry, risk_grade, status) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
        for (int i = 0; i < d.officers().size(); i++) {
            DrawViews.Officer o = d.officers().get(i);
            rows.add(new Object[] {id, i, o.personId(), o.name(), o.certificateNumber()});
        }
        template.batchUpdate("INSERT INTO enf_draw_officer (draw_id, pos, person_id, name, certificate_number) VALUES (?, ?, ?, ?, ?)", rows);
        rows.clear();
        for (List<Long> x : d.excluded()) {
            rows.add(new Object[] {id, x.get(0), x.get(1)});
        }
        template.batchUpdate("INSERT INTO enf_draw_exclusion (draw_id, enterprise_id, person_id) VALUES (?, ?, ?)", rows);
        for (int r = 0; r < d.result().size(); r++) {
            DrawAlgorithm.Match m = d.result().get(r);
            jdbc.sql("INSERT INTO enf_draw_result (draw_id, rank, target_pos, officer_pos, staffed) VALUES (:d, :r, :t, :o, :s)")
                    .param("d", id).param("r", r).param("t", m.targetPos())
                    .param("o", m.officerPos().toArray(new Integer[0])).param("s", m.staffed()).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", d.title());
        after.put("seed", d.seed());
        after.put("algorithm", DrawAlgorithm.NAME);
        after.put("targetPool", d.targets().size());
        after.put("officerPool", d.officers().size());
        after.put("drawn", d.count());
        after.put("officersPerTarget", d.perTarget());
        after.put("unstaffed", d.unstaffed());
        events.publishEvent(AuditableEvent.change("enforcement.draw.drawn", "random-draw", id, null, after));
        return id;
    }

    private long insertRecord(Drawn d) {
        RandomDraws.NewDraw r = d.request();
        Agency agency = d.agency();
        return jdbc.sql("""
                INSERT INTO enf_draw (agency_id, agency_name, jurisdiction_id, scope_path, title, filter_industry, filter_risk,
                    filter_status, requested_count, requested_percent, target_count, officers_per_target, look_back_years,
                    draw_day, seed, algorithm, unstaffed_count, drawn_by, drawn_at)
                VALUES (:a, :an, :j, :path, :title, :ind, :risk, :status, :cnt, :pct, :k, :per, :look, :day, :seed, :alg,
                    :unstaffed, :by, :at) RETURNING id""")
                .param("a", agency.id()).param("an", agency.name()).param("j", agency.jurisdictionId())
                .param("path", agency.scopePath()).param("title", d.title())
                .param("ind", r.industry() == null ? null : r.industry().name())
                .param("risk", r.riskGrade() == null ? null : r.riskGrade().name())
                .param("status", r.status() == null ? null : r.status().name()).param("cnt", r.count())
                .param("pct", r.percent()).param("k", d.count()).param("per", d.perTarget()).param("look", d.lookBackYears())
                .param("day", Date.valueOf(d.day())).param("seed", d.seed()).param("alg", DrawAlgorithm.NAME)
                .param("unstaffed", d.unstaffed()).param("by", d.by()).param("at", Timestamp.from(d.at()))
                .query(Long.class).single();
    }
}
