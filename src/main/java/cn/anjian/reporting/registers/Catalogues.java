package cn.anjian.reporting.registers;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STAT-03 (执法情况统计分析制度 art. 5 (三)): "每年一月底前将本局上年度制定的规范性文件目录进行统计" — one catalogue per
 * agency and year, its calendar deadline the 31st calendar day after 31 December (31 January; on a rest day the
 * calendar moves it to the next working day, CAL-03). Generated as a numbered .docx through {@code documents}, then
 * marked submitted, which meets the deadline. Opened once per agency and year (unique row, the deadline only when the
 * row is new), by the daily job and by the register page.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Catalogues {

    static final String WHAT = "规范性文件目录";
    static final String SUBJECT = "rep-catalogue";
    /** D = 31 December (not counted, CAL-03); the 31st day after it is 31 January. */
    static final int DAYS_AFTER_YEAR_END = 31;

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final NormativeDocuments documents;
    private final IssuedDocuments issued;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Catalogue(long id, long agencyId, String agencyName, long jurisdictionId, String scopePath, int year, Long deadlineId,
                            Integer documents, Long fileId, String docNumber, Instant submittedAt, String submittedBy) {
        public boolean generated() {
            return fileId != null;
        }

        public boolean submitted() {
            return submittedAt != null;
        }
    }

    /** The agency's catalogue of {@code year}, created with its deadline when missing (idempotent). */
    public long ensure(long agencyId, int year) {
        record Agency(long jurisdictionId, String scopePath, String name) {
        }
        Agency a = jdbc.sql("SELECT jurisdiction_id, scope_path, name FROM org_agency_view WHERE id = :a").param("a", agencyId)
                .query((rs, n) -> new Agency(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> BusinessException.notFound("机构"));
        Long created = jdbc.sql("""
                INSERT INTO rep_catalogue (agency_id, jurisdiction_id, scope_path, year) VALUES (:a, :j, :p, :y)
                ON CONFLICT (agency_id, year) DO NOTHING RETURNING id""")
                .param("a", agencyId).param("j", a.jurisdictionId()).param("p", a.scopePath()).param("y", year)
                .query(Long.class).optional().orElse(null);
        if (created == null) {
            return jdbc.sql("SELECT id FROM rep_catalogue WHERE agency_id = :a AND year = :y").param("a", agencyId).param("y", year)
                    .query(Long.class).single();
        }
        DeadlineId d = deadlines.open(new NewDeadline(SUBJECT, String.valueOf(created), "STAT-03", null, null, a.jurisdictionId(),
                a.scopePath(), Period.calendarDays(DAYS_AFTER_YEAR_END), yearEnd(year), a.name() + year + "年度规范性文件目录"));
        jdbc.sql("UPDATE rep_catalogue SET deadline_id = :d WHERE id = :id").param("d", d.value()).param("id", created).update();
        return created;
    }

    /** Noon of 31 December in Beijing: its date is the day D the calendar does not count. */
    static Instant yearEnd(int year) {
        return LocalDate.of(year, 12, 31).atTime(LocalTime.NOON).atZone(Zones.SHANGHAI).toInstant();
    }

    /** Every active emergency-management bureau's catalogue of last year (the daily job). */
    public int ensureAll() {
        int year = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear() - 1;
        List<Long> ids = jdbc.sql("SELECT id FROM org_agency_view WHERE kind = 'EMERGENCY_MANAGEMENT' AND status = 'ACTIVE'")
                .query(Long.class).list();
        ids.forEach(a -> ensure(a, year));
        return ids.size();
    }

    /** The catalogue generated as a numbered .docx from the register (again, with a new number, until submitted). */
    public IssuedDocument generate(Actor actor, long id) {
        Catalogue c = get(actor, id);
        PublicityActivityRegister.requireManage(actor);
        requireOwn(actor, c);
        if (c.submitted()) {
            throw BusinessException.conflict("STAT-03-SUBMITTED", "该目录已报送，不能重新生成");
        }
        List<NormativeDocuments.Row> rows = documents.issuedIn(c.agencyId(), c.year());
        List<List<String>> items = new ArrayList<>();
        int i = 1;
        for (NormativeDocuments.Row r : rows) {
            items.add(List.of(String.valueOf(i++), r.title(), r.docNumber(), r.issuingUnit(), Fmt.date(r.issuedOn()), Fmt.date(r.effectiveOn()),
                    r.reviewed() ? "已审核（" + Fmt.date(r.reviewedOn()) + "）" : "未审核", r.status().label()));
        }
        Map<String, Object> data = new HashMap<>();
        data.put("year", c.year() + "年度");
        data.put("summary", rows.isEmpty() ? c.year() + "年度本单位未制定规范性文件。"
                : c.year() + "年度本单位共制定规范性文件" + rows.size() + "件，其中经合法性审核" + rows.stream().filter(NormativeDocuments.Row::reviewed).count() + "件。");
        data.put("date", Fmt.chineseDate(LocalDate.now(clock.withZone(Zones.SHANGHAI))));
        data.put("items", items);
        IssuedDocument doc = issued.issue("NORMATIVE_CATALOGUE", c.agencyId(), SUBJECT, String.valueOf(id), data, c.scopePath(), actor);
        jdbc.sql("UPDATE rep_catalogue SET file_id = :f, doc_number = :n, documents = :count WHERE id = :id").param("f", doc.fileId())
                .param("n", doc.number().text()).param("count", rows.size()).param("id", id).update();
        events.publishEvent(AuditableEvent.change("reporting.catalogue.generated", SUBJECT, id, null,
                Map.of("year", c.year(), "docNumber", doc.number().text(), "documents", rows.size())));
        return doc;
    }

    /** Submitted (报送): the deadline is met; only a generated catalogue. */
    public void submit(Actor actor, long id) {
        Catalogue c = get(actor, id);
        PublicityActivityRegister.requireManage(actor);
        requireOwn(actor, c);
        if (c.submitted()) {
            throw BusinessException.conflict("STAT-03-SUBMITTED", "该目录已报送");
        }
        if (!c.generated()) {
            throw new BusinessException("STAT-03", "请先生成规范性文件目录，再标记报送（《执法情况统计分析制度》第五条第（三）项）");
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE rep_catalogue SET submitted_at = :at, submitted_by = :by WHERE id = :id").param("at", Timestamp.from(now))
                .param("by", actor.username()).param("id", id).update();
        if (c.deadlineId() != null) {
            deadlines.markMet(new DeadlineId(c.deadlineId()), now);
        }
        events.publishEvent(AuditableEvent.change("reporting.catalogue.submitted", SUBJECT, id, null, Map.of("year", c.year())));
    }

    private static void requireOwn(Actor actor, Catalogue c) {
        if (c.agencyId() != actor.agencyId()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "STAT-03-AGENCY", "只有本单位可以编制和报送本单位的规范性文件目录");
        }
    }

    private static final String SELECT = """
            SELECT c.id, c.agency_id, av.name AS agency_name, c.jurisdiction_id, c.scope_path, c.year, c.deadline_id, c.documents,
                   c.file_id, c.doc_number, c.submitted_at, c.submitted_by
            FROM rep_catalogue c JOIN org_agency_view av ON av.id = c.agency_id""";

    @Transactional(readOnly = true)
    public Catalogue get(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(Catalogues::row).optional(),
                Catalogue::scopePath, WHAT);
    }

    /** The catalogues in the actor's scope, newest year first (at most a page's worth: one per agency and year). */
    @Transactional(readOnly = true)
    public List<Catalogue> recent(Actor actor, int limit) {
        return jdbc.sql(SELECT + " WHERE c.scope_path LIKE :p ORDER BY c.year DESC, c.agency_id = :own DESC, c.id LIMIT :n")
                .param("p", actor.scope().pattern()).param("own", actor.agencyId()).param("n", limit).query(Catalogues::row).list();
    }

    private static Catalogue row(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("submitted_at");
        return new Catalogue(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"), rs.getLong("jurisdiction_id"),
                rs.getString("scope_path"), rs.getInt("year"), rs.getObject("deadline_id", Long.class), rs.getObject("documents", Integer.class),
                rs.getObject("file_id", Long.class), rs.getString("doc_number"), at == null ? null : at.toInstant(), rs.getString("submitted_by"));
    }
}
