package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.transaction.annotation.Transactional;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inspectors' read side: views, lists and the TI-12/TI-15 reports (JdbcClient, in scope). */
@Component
@RequiredArgsConstructor
class InspectorQueries {

    static final String WHAT = Inspectors.WHAT;

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Clock clock;

    InspectorView find(long id) {
        return jdbc.sql(Inspectors.SELECT + " WHERE i.id = :id").param("id", id).query(InspectorView.class).optional()
                .orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    InspectorView get(Actor actor, long id) {
        InspectorView i = find(id);
        ScopeSql.requireInScope(actor, i.scopePath(), WHAT);
        return i;
    }

    List<InspectorView> list(Actor actor, Inspectors.Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        String where = where(actor, f, p, LocalDate.now(clock));
        p.put("limit", size);
        p.put("offset", page * size);
        return jdbc.sql(Inspectors.SELECT + where + sort.orderBy() + " LIMIT :limit OFFSET :offset").params(p)
                .query(InspectorView.class).list();
    }

    /** Every inspector of the filter in {@code sort} order, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void each(Actor actor, Inspectors.Filter f, ListSort.Sort sort, Consumer<InspectorView> sink) {
        Map<String, Object> p = new HashMap<>();
        String where = where(actor, f, p, LocalDate.now(clock));
        try (Stream<InspectorView> rows = export.sql(Inspectors.SELECT + where + sort.orderBy()).params(p)
                .query(InspectorView.class).stream()) {
            rows.forEach(sink);
        }
    }

    long count(Actor actor, Inspectors.Filter f) {
        Map<String, Object> p = new HashMap<>();
        String where = where(actor, f, p, LocalDate.now(clock));
        return jdbc.sql("SELECT count(*) FROM ti_inspector i JOIN per_person p ON p.id = i.person_id" + where)
                .params(p).query(Long.class).single();
    }

    private static String where(Actor actor, Inspectors.Filter f, Map<String, Object> p, LocalDate today) {
        StringBuilder w = new StringBuilder(" WHERE ").append(ScopeSql.condition("i.scope_path"));
        p.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.name() != null && !f.name().isBlank()) {
            w.append(" AND p.name LIKE :name");
            p.put("name", "%" + f.name().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.kind() != null) {
            w.append(" AND i.kind = :kind");
            p.put("kind", f.kind());
        }
        if (f.status() != null) {
            // TI-14: "在聘" is within the term; an appointment whose term has passed counts as ended
            w.append(switch (f.status()) {
                case "ACTIVE" -> " AND i.status = 'ACTIVE' AND (i.term_end IS NULL OR i.term_end >= :today)";
                case "ENDED" -> " AND (i.status = 'ENDED' OR (i.status = 'ACTIVE' AND i.term_end < :today))";
                default -> " AND i.status = :status";
            });
            p.put("status", f.status());
            p.put("today", today);
        }
        if (f.certificate() != null) {
            w.append(" AND i.certificate_status = :cert");
            p.put("cert", f.certificate());
        }
        return w.toString();
    }

    List<InspectorTrainingView> trainings(long id) {
        return jdbc.sql("SELECT id, inspector_id, kind, course, hours, ended_on FROM ti_training WHERE inspector_id = :i ORDER BY ended_on DESC, id DESC")
                .param("i", id).query(InspectorTrainingView.class).list();
    }

    int preJobHours(long id) {
        return jdbc.sql("SELECT COALESCE(sum(hours), 0) FROM ti_training WHERE inspector_id = :i AND kind = 'PRE_JOB'")
                .param("i", id).query(Integer.class).single();
    }

    int hoursInYear(long id, int year) {
        return jdbc.sql("""
                SELECT COALESCE(sum(hours), 0) FROM ti_training WHERE inspector_id = :i AND kind IN ('ROTATION', 'SPECIAL')
                AND ended_on BETWEEN :from AND :to""").param("i", id).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31)).query(Integer.class).single();
    }

    List<EquipmentView> equipment(long id) {
        return jdbc.sql("SELECT id, inspector_id, kind, name, issued_on, return_due, returned_on FROM ti_equipment WHERE inspector_id = :i ORDER BY id")
                .param("i", id).query(EquipmentView.class).list();
    }

    List<RenewalView> renewals(long id) {
        return jdbc.sql("SELECT id, inspector_id, applied_on, expires_on, late, status, flow_id FROM ti_renewal WHERE inspector_id = :i ORDER BY id DESC")
                .param("i", id).query(RenewalView.class).list();
    }

    List<InspectorRecordView> records(long id) {
        return jdbc.sql("""
                SELECT id, category, kind, occurred_on, until_on, description, handling, response, recorded_by
                FROM ti_record WHERE inspector_id = :i ORDER BY occurred_on DESC, id DESC""")
                .param("i", id).query(InspectorRecordView.class).list();
    }

    /** TI-12: active inspectors in scope with fewer than 12 rotation/special training hours in {@code year}. */
    List<Inspectors.Shortfall> shortfalls(Actor actor, int year) {
        return jdbc.sql("""
                SELECT i.id AS inspector_id, p.name, a.name AS agency_name, COALESCE(t.hours, 0) AS hours,
                       12 - COALESCE(t.hours, 0) AS missing
                FROM ti_inspector i JOIN per_person p ON p.id = i.person_id JOIN org_agency_view a ON a.id = i.agency_id
                LEFT JOIN (SELECT inspector_id, sum(hours) AS hours FROM ti_training
                           WHERE kind IN ('ROTATION', 'SPECIAL') AND ended_on BETWEEN :from AND :to GROUP BY inspector_id) t
                       ON t.inspector_id = i.id
                WHERE i.status = 'ACTIVE' AND """ + " " + ScopeSql.condition("i.scope_path") + " " + """
                 AND COALESCE(t.hours, 0) < 12 ORDER BY i.id LIMIT 500""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .param(ScopeSql.PARAM, actor.scope().pattern()).query(Inspectors.Shortfall.class).list();
    }

    /** TI-15: valid certificates in scope within 3 months of expiry (reminders), with whether renewal is applied. */
    List<InspectorView> renewalReminders(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(Inspectors.SELECT + " WHERE " + ScopeSql.condition("i.scope_path")
                        + " AND i.status = 'ACTIVE' AND i.certificate_status = 'VALID' AND i.certificate_expires_on <= :window"
                        + " AND NOT EXISTS (SELECT 1 FROM ti_renewal r WHERE r.inspector_id = i.id AND r.status = 'PENDING')"
                        + " ORDER BY i.certificate_expires_on LIMIT 500")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("window", today.plusMonths(3).plusDays(3))
                .query(InspectorView.class).list().stream()
                .filter(i -> InspectorRules.renewalReminder(i.certificateExpiresOn(), today)).toList();
    }
}
