package cn.anjian.reporting.registers;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STAT-03: the register of the bureau's normative documents (规范性文件) — number, issuing unit, dates, whether the
 * legality review was done and when, in force / amended / repealed, the text through the file store. The yearly
 * catalogue is {@link Catalogues}. Recorded for the actor's agency, read in scope, every change audited.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class NormativeDocuments {

    static final String WHAT = "规范性文件";
    static final ListSort SORT = ListSort.by("d.id").keyNotNull("issued", "发布日期", "d.issued_on").keyNotNull("number", "文号", "d.doc_number")
            .keyNotNull("title", "文件名称", "d.title").byDefault("issued", false);

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Agencies agencies;
    private final Files files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record NewDocument(String title, String docNumber, String issuingUnit, LocalDate issuedOn, LocalDate effectiveOn,
                              boolean reviewed, LocalDate reviewedOn, NormativeStatus status) {
    }

    public record Row(long id, long agencyId, String agencyName, String scopePath, String title, String docNumber, String issuingUnit,
                      LocalDate issuedOn, LocalDate effectiveOn, boolean reviewed, LocalDate reviewedOn, NormativeStatus status, Long fileId) {
    }

    public record Filter(Jurisdiction j, NormativeStatus status, Integer year, String q) {
    }

    public long record(Actor actor, NewDocument d) {
        PublicityActivityRegister.requireManage(actor);
        String title = Params.text("STAT-03-TITLE", "文件名称", d.title(), 200, true);
        String number = Params.text("STAT-03-NUMBER", "文号", d.docNumber(), 100, true);
        String unit = Params.text("STAT-03-UNIT", "制定机关", d.issuingUnit(), 200, true);
        if (d.issuedOn() == null || d.issuedOn().isAfter(LocalDate.now(clock.withZone(Zones.SHANGHAI)))) {
            throw BusinessException.badInput("STAT-03-ISSUED", "发布日期须为今天或以前的日期");
        }
        if (d.effectiveOn() == null || d.effectiveOn().isBefore(d.issuedOn())) {
            throw BusinessException.badInput("STAT-03-EFFECTIVE", "施行日期不能早于发布日期");
        }
        if (d.reviewed() && (d.reviewedOn() == null || d.reviewedOn().isAfter(d.issuedOn()))) {
            throw BusinessException.badInput("STAT-03-REVIEW", "已经合法性审核的，请填写审核日期（不晚于发布日期）");
        }
        if (!d.reviewed() && d.reviewedOn() != null) {
            throw BusinessException.badInput("STAT-03-REVIEW", "未经合法性审核的，不填写审核日期");
        }
        if (d.status() == null) {
            throw BusinessException.badInput("STAT-03-STATUS", "请选择文件状态");
        }
        Agency agency = agencies.get(actor.agencyId());
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM rep_normative_doc WHERE agency_id = :a AND doc_number = :n)").param("a", agency.id())
                .param("n", number).query(Boolean.class).single()) {
            throw BusinessException.conflict("STAT-03-NUMBER", "本单位已登记文号为“" + number + "”的规范性文件");
        }
        long id = jdbc.sql("""
                INSERT INTO rep_normative_doc (agency_id, jurisdiction_id, scope_path, title, doc_number, issuing_unit, issued_on,
                    effective_on, reviewed, reviewed_on, status, created_at, created_by)
                VALUES (:a, :j, :p, :title, :n, :unit, :issued, :effective, :reviewed, :reviewedOn, :status, :now, :by) RETURNING id""")
                .param("a", agency.id()).param("j", agency.jurisdictionId()).param("p", agency.scopePath()).param("title", title)
                .param("n", number).param("unit", unit).param("issued", d.issuedOn()).param("effective", d.effectiveOn())
                .param("reviewed", d.reviewed()).param("reviewedOn", d.reviewedOn()).param("status", d.status().name())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("docNumber", number);
        after.put("issuedOn", d.issuedOn().toString());
        after.put("reviewed", d.reviewed());
        after.put("status", d.status().name());
        events.publishEvent(AuditableEvent.change("reporting.normative-doc.recorded", "rep-normative-doc", id, null, after));
        return id;
    }

    /** Amended or repealed (or in force again), audited with the status it replaces; only the issuing agency. */
    public void changeStatus(Actor actor, long id, NormativeStatus status) {
        Row d = get(actor, id);
        PublicityActivityRegister.requireManage(actor);
        requireOwn(actor, d);
        if (status == null) {
            throw BusinessException.badInput("STAT-03-STATUS", "请选择文件状态");
        }
        if (status == d.status()) {
            return;
        }
        jdbc.sql("UPDATE rep_normative_doc SET status = :s WHERE id = :id").param("s", status.name()).param("id", id).update();
        events.publishEvent(AuditableEvent.change("reporting.normative-doc.status-changed", "rep-normative-doc", id,
                Map.of("status", d.status().name()), Map.of("status", status.name())));
    }

    /** The document's text into the file store (its scope: the issuing agency's), replacing an earlier one (audited). */
    public void attach(Actor actor, long id, InputStream in, String name, String contentType) throws IOException {
        Row d = get(actor, id);
        PublicityActivityRegister.requireManage(actor);
        requireOwn(actor, d);
        StoredFile f = files.store(in, name == null || name.isBlank() ? d.title() : name, contentType, null, actor);
        jdbc.sql("UPDATE rep_normative_doc SET file_id = :f WHERE id = :id").param("f", f.id()).param("id", id).update();
        events.publishEvent(AuditableEvent.change("reporting.normative-doc.file-attached", "rep-normative-doc", id,
                d.fileId() == null ? null : Map.of("file", d.fileId()), Map.of("file", f.id())));
    }

    private static void requireOwn(Actor actor, Row d) {
        if (d.agencyId() != actor.agencyId()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "STAT-03-AGENCY", "只有制定文件的单位可以修改其登记");
        }
    }

    private static final String SELECT = """
            SELECT d.id, d.agency_id, av.name AS agency_name, d.scope_path, d.title, d.doc_number, d.issuing_unit, d.issued_on,
                   d.effective_on, d.reviewed, d.reviewed_on, d.status, d.file_id
            FROM rep_normative_doc d JOIN org_agency_view av ON av.id = d.agency_id""";

    /** One document in scope; 404 otherwise. */
    @Transactional(readOnly = true)
    public Row get(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(NormativeDocuments::row).optional(),
                Row::scopePath, WHAT);
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE d.scope_path LIKE :p");
        params.put("p", f.j().path() + "%");
        if (f.status() != null) {
            w.append(" AND d.status = :status");
            params.put("status", f.status().name());
        }
        if (f.year() != null) {
            w.append(" AND d.issued_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null) {
            w.append(" AND (d.title LIKE :q OR d.doc_number LIKE :q OR d.issuing_unit LIKE :q)");
            params.put("q", Like.contains(f.q()));
        }
        return w.toString();
    }

    @Transactional(readOnly = true)
    public RegisterPage<Row> list(Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String w = where(f, params);
        long total = jdbc.sql("SELECT count(*) FROM rep_normative_doc d" + w).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new RegisterPage<>(jdbc.sql(SELECT + w + sort.orderBy() + slice.window()).params(params).query(NormativeDocuments::row).list(),
                total, slice.page(), size);
    }

    @Transactional(readOnly = true)
    public void each(Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String w = where(f, params);
        try (Stream<Row> rows = export.sql(SELECT + w + sort.orderBy()).params(params).query(NormativeDocuments::row).stream()) {
            rows.forEach(sink);
        }
    }

    /** The documents an agency issued in a year, in order of issue (the catalogue's rows). */
    @Transactional(readOnly = true)
    public java.util.List<Row> issuedIn(long agencyId, int year) {
        return jdbc.sql(SELECT + " WHERE d.agency_id = :a AND d.issued_on BETWEEN :from AND :to ORDER BY d.issued_on, d.id")
                .param("a", agencyId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(NormativeDocuments::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Long file = rs.getObject("file_id", Long.class);
        return new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"), rs.getString("scope_path"),
                rs.getString("title"), rs.getString("doc_number"), rs.getString("issuing_unit"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("effective_on", LocalDate.class), rs.getBoolean("reviewed"), rs.getObject("reviewed_on", LocalDate.class),
                NormativeStatus.valueOf(rs.getString("status")), file);
    }
}
