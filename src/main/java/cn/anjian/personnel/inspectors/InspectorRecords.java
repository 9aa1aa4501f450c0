package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.personnel.common.RecordRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-18/TI-19: misconduct and its handling, insurance, commendations, threats and false accusations. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class InspectorRecords {

    private final InspectorSupport support;
    private final InspectorQueries queries;
    private final JdbcClient jdbc;

    // ---- TI-18/TI-19: records ----

    @Transactional
    InspectorRecordView addRecord(Actor actor, long id, String category, String kind, LocalDate occurredOn,
                                  LocalDate untilOn, String description, String handling, String response) {
        InspectorView i = support.get(actor, id);
        RecordRules.Checked c = RecordRules.check("TI-18", "TI-19", category, kind, occurredOn, untilOn, description,
                handling, response, support.today());
        String k = c.kind();
        String h = c.handling();
        String resp = c.response();
        String d = c.description();
        Map<String, Object> p = new HashMap<>();
        p.put("i", i.id());
        p.put("c", category);
        p.put("k", k);
        p.put("o", occurredOn);
        p.put("u", untilOn);
        p.put("d", d);
        p.put("h", h);
        p.put("r", resp);
        p.put("by", actor.username());
        p.put("at", OffsetDateTime.ofInstant(support.now(), java.time.ZoneOffset.UTC));
        long rid = jdbc.sql("""
                INSERT INTO ti_record (inspector_id, category, kind, occurred_on, until_on, description, handling, response,
                    recorded_by, recorded_at)
                VALUES (:i, :c, :k, :o, CAST(:u AS DATE), :d, CAST(:h AS VARCHAR), CAST(:r AS VARCHAR), :by, :at) RETURNING id""")
                .params(p).query(Long.class).single();
        support.publish(AuditableEvent.change("ti.record.added", "ti-inspector", id, null,
                Map.of("recordId", rid, "category", category, "kind", k)));
        return queries.records(id).stream().filter(r -> r.id() == rid).findFirst().orElseThrow();
    }
}
