package cn.anjian.reporting.briefings;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.personnel.SupervisorDirectory;
import cn.anjian.personnel.SupervisorRef;
import cn.anjian.reporting.registers.RegisterPage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SS-06 reads: the staff's list of briefings in scope (list kit), who received one and when it was read; the
 * supervisor's own deliveries ("我的通报"), where opening one records that it was read (once, audited).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class BriefingQueries {

    static final ListSort SORT = ListSort.by("b.id").key("period", "通报期间", "b.year, b.half").keyNotNull("status", "状态", "b.status")
            .byDefault("period", false);
    static final ListSort MINE_SORT = ListSort.by("d.id").keyNotNull("delivered", "通报时间", "d.delivered_at").byDefault("delivered", false);

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final SupervisorDirectory supervisors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Row(long id, String agencyName, int year, int half, Briefing.Status status, String title, Long deadlineId,
                      Instant deliveredAt, long recipients, long read) {
        public String period() {
            return year + "年" + (half == 1 ? "上半年" : "下半年");
        }
    }

    public record Delivery(long briefingId, String supervisorName, String title, int year, int half, String agencyName,
                           Instant deliveredAt, Instant readAt) {
        public String period() {
            return year + "年" + (half == 1 ? "上半年" : "下半年");
        }
    }

    public record Filter(Integer year, Briefing.Status status) {
    }

    private static final String SELECT = """
            SELECT b.id, av.name AS agency_name, b.year, b.half, b.status, b.title, b.deadline_id, b.delivered_at,
                   (SELECT count(*) FROM rep_briefing_delivery d WHERE d.briefing_id = b.id) AS recipients,
                   (SELECT count(*) FROM rep_briefing_delivery d WHERE d.briefing_id = b.id AND d.read_at IS NOT NULL) AS read
            FROM rep_briefing b JOIN org_agency_view av ON av.id = b.agency_id""";

    private static String where(Actor actor, Filter f, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" WHERE b.scope_path LIKE :p");
        p.put("p", actor.scope().pattern());
        if (f.year() != null) {
            w.append(" AND b.year = :y");
            p.put("y", f.year());
        }
        if (f.status() != null) {
            w.append(" AND b.status = :s");
            p.put("s", f.status().name());
        }
        return w.toString();
    }

    public RegisterPage<Row> list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> p = new LinkedHashMap<>();
        String w = where(actor, f, p);
        long total = jdbc.sql("SELECT count(*) FROM rep_briefing b" + w).params(p).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new RegisterPage<>(jdbc.sql(SELECT + w + sort.orderBy() + slice.window()).params(p).query(BriefingQueries::row).list(),
                total, slice.page(), size);
    }

    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> p = new LinkedHashMap<>();
        String w = where(actor, f, p);
        try (Stream<Row> rows = export.sql(SELECT + w + sort.orderBy()).params(p).query(BriefingQueries::row).stream()) {
            rows.forEach(sink);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("delivered_at");
        return new Row(rs.getLong("id"), rs.getString("agency_name"), rs.getInt("year"), rs.getInt("half"),
                Briefing.Status.valueOf(rs.getString("status")), rs.getString("title"), rs.getObject("deadline_id", Long.class),
                at == null ? null : at.toInstant(), rs.getLong("recipients"), rs.getLong("read"));
    }

    private static final String DELIVERY = """
            SELECT d.briefing_id, d.supervisor_name, b.title, b.year, b.half, av.name AS agency_name, d.delivered_at, d.read_at
            FROM rep_briefing_delivery d JOIN rep_briefing b ON b.id = d.briefing_id JOIN org_agency_view av ON av.id = b.agency_id""";

    /** Who received a briefing (the caller checked the briefing's scope). */
    public List<Delivery> deliveries(long briefingId) {
        return jdbc.sql(DELIVERY + " WHERE d.briefing_id = :b ORDER BY d.id").param("b", briefingId).query(BriefingQueries::delivery).list();
    }

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Delivery(rs.getLong("briefing_id"), rs.getString("supervisor_name"), rs.getString("title"), rs.getInt("year"),
                rs.getInt("half"), rs.getString("agency_name"), rs.getTimestamp("delivered_at").toInstant(), read == null ? null : read.toInstant());
    }

    private Long supervisorOf(Actor actor) {
        return supervisors.findByUser(actor.userId()).map(SupervisorRef::supervisorId).orElse(null);
    }

    /** The supervisor's own briefings, newest first; none for an account that is no supervisor. */
    public RegisterPage<Delivery> mine(Actor actor, ListSort.Sort sort, int page, int size) {
        Long me = supervisorOf(actor);
        if (me == null) {
            return new RegisterPage<>(List.of(), 0, 0, size);
        }
        long total = jdbc.sql("SELECT count(*) FROM rep_briefing_delivery d WHERE d.supervisor_id = :me").param("me", me).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new RegisterPage<>(jdbc.sql(DELIVERY + " WHERE d.supervisor_id = :me" + sort.orderBy() + slice.window()).param("me", me)
                .query(BriefingQueries::delivery).list(), total, slice.page(), size);
    }

    /** How many of the supervisor's briefings are unread (the home card). */
    public long unread(Actor actor) {
        Long me = supervisorOf(actor);
        return me == null ? 0 : jdbc.sql("SELECT count(*) FROM rep_briefing_delivery WHERE supervisor_id = :me AND read_at IS NULL")
                .param("me", me).query(Long.class).single();
    }

    /** One briefing delivered to this supervisor (404 otherwise), its text; the first opening is recorded as read. */
    @Transactional
    public Map<String, Object> open(Actor actor, long briefingId) {
        Long me = supervisorOf(actor);
        Delivery d = me == null ? null : jdbc.sql(DELIVERY + " WHERE d.briefing_id = :b AND d.supervisor_id = :me").param("b", briefingId)
                .param("me", me).query(BriefingQueries::delivery).optional().orElse(null);
        if (d == null) {
            throw BusinessException.notFound(Briefings.WHAT);
        }
        if (d.readAt() == null) {
            jdbc.sql("UPDATE rep_briefing_delivery SET read_at = :at WHERE briefing_id = :b AND supervisor_id = :me AND read_at IS NULL")
                    .param("at", Timestamp.from(clock.instant())).param("b", briefingId).param("me", me).update();
            events.publishEvent(AuditableEvent.change("reporting.briefing.read", Briefing.SUBJECT, briefingId, null,
                    Map.of("supervisor", d.supervisorName())));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("delivery", d);
        m.put("body", jdbc.sql("SELECT body FROM rep_briefing WHERE id = :b").param("b", briefingId).query(String.class).single());
        return m;
    }
}
