package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SS-08 (000 art. 25): "定期邀请社会监督员开展交流" — each exchange the department holds with its supervisors,
 * with the supervisors who took part. Only serving supervisors in the department's area can be named.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class SupervisorExchanges {

    static final int PAGE_SIZE = 20;
    static final String CODE = "SS-08-EXCHANGE";

    private final SupervisorService service;
    private final JdbcClient jdbc;
    private final ExportJdbc export;

    /** An exchange as entered; the attendees by supervisor id. */
    public record NewExchange(LocalDate heldOn, String form, String topic, String summary, List<Long> attendees) {
    }

    public record Attendee(long supervisorId, String name) {
    }

    public record Exchange(long id, String agencyName, LocalDate heldOn, ExchangeForm form, String topic, String summary,
                    String recorderName, List<Attendee> attendees) {

        public String attendeeNames() {
            return String.join("、", attendees.stream().map(Attendee::name).toList());
        }
    }

    /** The sortable columns (the list kit); newest first by default, as the scope index is ordered. */
    static final ListSort SORT = ListSort.by("e.id")
            .keyNotNull("held", "举办日期", "e.held_on").keyNotNull("form", "交流形式", "e.form")
            .keyNotNull("topic", "交流主题", "e.topic").keyNotNull("agency", "举办部门", "a.name")
            .byDefault("held", false);

    public record Filter(Integer year, ExchangeForm form, String q, ListSort.Sort sort) {
        ListSort.Sort order() {
            return sort == null ? SORT.defaults() : sort;
        }
    }

    public record Page(List<Exchange> items, int page, long total, int size) {
        public long pages() {
            return Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    @Transactional
    Exchange record(Actor actor, NewExchange in) {
        Params.requireBody(in, "请填写交流活动信息");
        LocalDate heldOn = in.heldOn();
        if (heldOn == null || heldOn.isAfter(service.today())) {
            throw BusinessException.badInput(CODE, "请填写交流日期（不能晚于今天）");
        }
        ExchangeForm form = Params.requiredChoice(CODE, ExchangeForm.class, "交流形式", in.form(), ExchangeForm::label);
        String topic = Params.text(CODE, "交流主题", in.topic(), 200, true);
        String summary = Params.text(CODE, "交流情况", in.summary(), 4000, true);
        Set<Long> ids = new LinkedHashSet<>(in.attendees() == null ? List.of() : in.attendees());
        ids.remove(null);
        if (ids.isEmpty()) {
            throw BusinessException.badInput(CODE, "请选择参加交流的社会监督员");
        }
        for (long sid : ids) {
            Supervisor s = service.get(actor, sid); // in the actor's area, or 404
            if (s.status != SupervisorStatus.APPOINTED) {
                throw new BusinessException(CODE, "只能邀请在聘的社会监督员参加交流（" + name(s.personId) + "：" + s.status.label() + "）");
            }
        }
        String scope = jdbc.sql("SELECT scope_path FROM org_agency_view WHERE id = :a").param("a", actor.agencyId())
                .query(String.class).single();
        long id = jdbc.sql("""
                        INSERT INTO per_supervisor_exchange (agency_id, scope_path, held_on, form, topic, summary, recorded_by,
                            recorder_name, recorded_at)
                        VALUES (:a, :scope, :on, :form, :topic, :summary, :by, :byName, :at) RETURNING id""")
                .param("a", actor.agencyId()).param("scope", scope).param("on", heldOn).param("form", form.name())
                .param("topic", topic).param("summary", summary).param("by", actor.username())
                .param("byName", actor.displayName()).param("at", OffsetDateTime.ofInstant(service.now(), ZoneOffset.UTC))
                .query(Long.class).single();
        for (long sid : ids) {
            jdbc.sql("INSERT INTO per_supervisor_exchange_attendee (exchange_id, supervisor_id) VALUES (:e, :s)")
                    .param("e", id).param("s", sid).update();
        }
        service.publishAudit(AuditableEvent.change("personnel.supervisor.exchange-recorded", "supervisor-exchange", id, null,
                Map.of("heldOn", heldOn.toString(), "form", form.name(), "topic", topic, "attendees", List.copyOf(ids))));
        return get(actor, id);
    }

    Exchange get(Actor actor, long id) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        List<Exchange> found = query(" WHERE e.id = :id", p, "");
        if (found.isEmpty()) {
            throw BusinessException.notFound("交流活动");
        }
        ScopeSql.requireInScope(actor, jdbc.sql("SELECT scope_path FROM per_supervisor_exchange WHERE id = :id")
                .param("id", id).query(String.class).single(), "交流活动");
        return found.get(0);
    }

    Page page(Actor actor, Filter f, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        String where = where(actor, f, p);
        long total = jdbc.sql("SELECT count(*) FROM per_supervisor_exchange e" + where).params(p).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Page(query(where, p, f.order().orderBy() + slice.window()), slice.page(), total, size);
    }

    /**
     * Every exchange the filter selects, in its order (the Excel export), streamed: the attendees come aggregated in
     * the same row ("id:name" lines), so no batch of rows is held to look them up.
     */
    void each(Actor actor, Filter f, Consumer<Exchange> sink) {
        Map<String, Object> p = new HashMap<>();
        String sql = "SELECT e.id, a.name AS agency_name, e.held_on, e.form, e.topic, e.summary, e.recorder_name,"
                + " (SELECT string_agg(x.supervisor_id || ':' || pp.name, E'\\n' ORDER BY pp.name, x.supervisor_id)"
                + "    FROM per_supervisor_exchange_attendee x JOIN per_supervisor s ON s.id = x.supervisor_id"
                + "    JOIN per_person pp ON pp.id = s.person_id WHERE x.exchange_id = e.id) AS attendees"
                + " FROM per_supervisor_exchange e JOIN org_agency_view a ON a.id = e.agency_id" + where(actor, f, p)
                + f.order().orderBy();
        try (var rows = export.sql(sql).params(p).query((rs, n) -> new Exchange(rs.getLong(1), rs.getString(2),
                rs.getDate(3).toLocalDate(), ExchangeForm.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getString(7), attendees(rs.getString(8)))).stream()) {
            rows.forEach(sink);
        }
    }

    private static List<Attendee> attendees(String lines) {
        List<Attendee> out = new ArrayList<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int colon = line.indexOf(':');
                out.add(new Attendee(Long.parseLong(line.substring(0, colon)), line.substring(colon + 1)));
            }
        }
        return out;
    }

    /** The exchanges one supervisor took part in, newest first (their file). */
    List<Exchange> attendedBy(long supervisorId) {
        Map<String, Object> p = new HashMap<>();
        p.put("s", supervisorId);
        return query(" WHERE e.id IN (SELECT exchange_id FROM per_supervisor_exchange_attendee WHERE supervisor_id = :s)", p,
                " ORDER BY e.held_on DESC, e.id DESC");
    }

    private static String where(Actor actor, Filter f, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" WHERE ").append(ScopeSql.condition("e.scope_path"));
        p.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.year() != null) {
            w.append(" AND e.held_on BETWEEN :from AND :to");
            p.put("from", LocalDate.of(f.year(), 1, 1));
            p.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.form() != null) {
            w.append(" AND e.form = :form");
            p.put("form", f.form().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" AND (e.topic LIKE :q OR e.summary LIKE :q)");
            p.put("q", Like.contains(f.q()));
        }
        return w.toString();
    }

    private List<Exchange> query(String where, Map<String, Object> p, String tail) {
        List<Exchange> rows = new ArrayList<>();
        jdbc.sql("SELECT e.id, a.name AS agency_name, e.held_on, e.form, e.topic, e.summary, e.recorder_name"
                        + " FROM per_supervisor_exchange e JOIN org_agency_view a ON a.id = e.agency_id" + where + tail)
                .params(p).query((rs, n) -> new Exchange(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        ExchangeForm.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), new ArrayList<>()))
                .list().forEach(rows::add);
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Exchange> byId = new HashMap<>();
        rows.forEach(e -> byId.put(e.id(), e));
        jdbc.sql("""
                        SELECT x.exchange_id, x.supervisor_id, pp.name FROM per_supervisor_exchange_attendee x
                        JOIN per_supervisor s ON s.id = x.supervisor_id JOIN per_person pp ON pp.id = s.person_id
                        WHERE x.exchange_id IN (:ids) ORDER BY x.exchange_id, pp.name""")
                .param("ids", byId.keySet())
                .query((rs, n) -> {
                    byId.get(rs.getLong(1)).attendees().add(new Attendee(rs.getLong(2), rs.getString(3)));
                    return 0;
                }).list();
        return rows;
    }

    private String name(long personId) {
        return jdbc.sql("SELECT name FROM per_person WHERE id = :p").param("p", personId).query(String.class).single();
    }

    /** The department's serving supervisors, to invite. */
    List<Attendee> invitable(Actor actor) {
        return jdbc.sql("""
                        SELECT s.id AS supervisor_id, pp.name FROM per_supervisor s JOIN per_person pp ON pp.id = s.person_id
                        WHERE s.status = 'APPOINTED' AND """ + " " + ScopeSql.condition("s.scope_path") + " ORDER BY pp.name, s.id")
                .param(ScopeSql.PARAM, actor.scope().pattern()).query(Attendee.class).list();
    }
}
