package cn.anjian.documents;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one numbering service for enforcement documents (CASE-05, LR-10): numbers run per agency,
 * Beijing-time year and document type, without gaps. The counter row is incremented with
 * {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} inside the caller's transaction: concurrent
 * callers queue on the row lock, and a caller that rolls back takes its number back with it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DocumentNumbers {

    static final String AGENCY = "机构";
    private static final Pattern SUBJECT_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");
    private static final int MAX_SUBJECT_ID = 64;
    private static final int MAX_PAGE_SIZE = 100;
    private static final String SELECT = """
            SELECT d.id, d.type_code, t.name AS type_name, d.agency_id, a.name AS agency_name, d.year, d.n, d.text,
                   d.subject_type, d.subject_id, d.issued_at, d.issued_by
            FROM doc_number d JOIN doc_type t ON t.code = d.type_code JOIN org_agency_view a ON a.id = d.agency_id
            """;

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    // ---- types and formats ----

    public List<DocType> types() {
        return jdbc.sql("SELECT code, name, format_pattern FROM doc_type ORDER BY sort_order, code")
                .query((rs, i) -> new DocType(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<DocType> findType(String code) {
        if (code == null || code.isBlank() || code.length() > 32) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT code, name, format_pattern FROM doc_type WHERE code = :c").param("c", code.strip())
                .query((rs, i) -> new DocType(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The type, or 400 with the message naming the unknown code. */
    public DocType type(String code) {
        if (code == null || code.isBlank()) {
            throw BusinessException.badInput("DOC-TYPE-MISSING", "请选择文书种类");
        }
        return findType(code).orElseThrow(() -> BusinessException.badInput("DOC-TYPE-UNKNOWN",
                "未知的文书种类：" + abbreviate(code.strip())));
    }

    /** Fills a format pattern: {@code {agencyShort}}, {@code {year}}, {@code {n}}. */
    public static String format(String pattern, String agencyShort, int year, int n) {
        return pattern.replace("{agencyShort}", agencyShort).replace("{year}", Integer.toString(year))
                .replace("{n}", Integer.toString(n));
    }

    /** The agency's short name for numbers: configured, or derived from its name (泽州县应急管理局 → 泽应急). */
    public String shortName(long agencyId) {
        return jdbc.sql("SELECT short_name FROM doc_agency_short_name WHERE agency_id = :a").param("a", agencyId)
                .query(String.class).optional().orElseGet(() -> deriveShortName(agencies.get(agencyId).name()));
    }

    static String deriveShortName(String agencyName) {
        String name = agencyName.strip();
        int i = name.indexOf("应急管理");
        if (i > 0) {
            return name.charAt(0) + "应急";
        }
        return name.length() <= 4 ? name : name.substring(0, 4);
    }

    /** Sets an agency's short name; trusted configuration code (demo data, administration), audited. */
    @Transactional
    public void setShortName(long agencyId, String shortName, String by) {
        Agency a = agencies.get(agencyId);
        String s = shortName == null ? "" : shortName.strip();
        if (s.isEmpty() || s.length() > 40) {
            throw BusinessException.badInput("DOC-SHORT-NAME", "机构简称不能为空且不超过 40 个字");
        }
        String before = shortName(a.id());
        jdbc.sql("""
                        INSERT INTO doc_agency_short_name (agency_id, short_name) VALUES (:a, :s)
                        ON CONFLICT (agency_id) DO UPDATE SET short_name = EXCLUDED.short_name""")
                .param("a", a.id()).param("s", s).update();
        events.publishEvent(new AuditableEvent("document.short-name.set", "agency", String.valueOf(a.id()),
                Map.of("shortName", before), Map.of("shortName", s), by, null));
    }

    /** The text the next number would have, without taking it (the number may be taken by someone else first). */
    public String preview(Actor actor, String typeCode, Long agencyId) {
        DocType t = type(typeCode);
        Agency a = agencyInScope(actor, agencyId);
        int year = year();
        int next = jdbc.sql("SELECT last_n FROM doc_counter WHERE agency_id = :a AND year = :y AND type_code = :t")
                .param("a", a.id()).param("y", year).param("t", t.code()).query(Integer.class).optional().orElse(0) + 1;
        return format(t.formatPattern(), shortName(a.id()), year, next);
    }

    // ---- taking numbers ----

    /**
     * Takes the next number of a type for an agency in the actor's scope (default: the actor's own
     * agency) for a subject (e.g. {@code case}/42), inside the caller's transaction.
     */
    @Transactional
    public IssuedNumber take(Actor actor, String typeCode, Long agencyId, String subjectType, String subjectId) {
        DocType t = type(typeCode);
        Agency a = agencyInScope(actor, agencyId);
        return issue(t, a, subjectType, subjectId, actor.username());
    }

    /** For trusted callers (other modules acting on a case already checked): no scope check. */
    @Transactional
    public IssuedNumber take(String typeCode, long agencyId, String subjectType, String subjectId, String issuedBy) {
        DocType t = type(typeCode);
        Agency a = agencies.get(agencyId);
        return issue(t, a, subjectType, subjectId, issuedBy == null || issuedBy.isBlank() ? "system" : issuedBy);
    }

    private IssuedNumber issue(DocType t, Agency a, String subjectType, String subjectId, String by) {
        String st = subjectType == null ? "" : subjectType.strip();
        if (!SUBJECT_TYPE.matcher(st).matches()) {
            throw BusinessException.badInput("DOC-SUBJECT-TYPE", "业务对象类型必填，以字母开头，只含字母、数字、点、下划线或连字符，不超过 40 个字符");
        }
        String sid = subjectId == null ? "" : subjectId.strip();
        if (sid.isEmpty() || sid.length() > MAX_SUBJECT_ID || sid.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.badInput("DOC-SUBJECT-ID", "业务对象编号必填，不超过 64 个字符");
        }
        if (!a.active()) {
            throw new BusinessException("DOC-AGENCY-RETIRED", "“" + a.name() + "”已撤销，不能再取文号");
        }
        Instant now = clock.instant();
        int year = ZonedDateTime.ofInstant(now, Zones.SHANGHAI).getYear();
        int n = jdbc.sql("""
                        INSERT INTO doc_counter (agency_id, year, type_code, last_n) VALUES (:a, :y, :t, 1)
                        ON CONFLICT (agency_id, year, type_code) DO UPDATE SET last_n = doc_counter.last_n + 1
                        RETURNING last_n""")
                .param("a", a.id()).param("y", year).param("t", t.code()).query(Integer.class).single();
        String text = format(t.formatPattern(), shortName(a.id()), year, n);
        long id = jdbc.sql("""
                        INSERT INTO doc_number (type_code, agency_id, scope_path, year, n, text, subject_type, subject_id, issued_at, issued_by)
                        VALUES (:t, :a, :p, :y, :n, :text, :st, :sid, :at, :by) RETURNING id""")
                .param("t", t.code()).param("a", a.id()).param("p", a.scopePath()).param("y", year).param("n", n)
                .param("text", text).param("st", st).param("sid", sid)
                .param("at", java.sql.Timestamp.from(now)).param("by", by).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("type", t.code());
        after.put("agencyId", a.id());
        after.put("year", year);
        after.put("n", n);
        after.put("text", text);
        after.put("subject", st + "/" + sid);
        events.publishEvent(new AuditableEvent("document.number.issued", "doc_number", String.valueOf(id), null, after, by, null));
        return new IssuedNumber(id, t.code(), t.name(), a.id(), a.name(), year, n, text, st, sid, now, by);
    }

    // ---- reading ----

    /** The sortable columns of the issued-number register (issue 12); newest first by default. */
    public static final ListSort SORT = ListSort.by("d.id")
            .key("issued", "取号时间", "d.issued_at").key("text", "文号", "d.text").key("type", "文书种类", "t.name")
            .key("agency", "机构", "a.name").byDefault("issued", false);

    /** Issued numbers in the actor's scope (ORG-03), newest first. */
    public NumberPage list(Actor actor, NumberFilter f) {
        return list(actor, f, SORT.defaults());
    }

    /** Issued numbers in the actor's scope (ORG-03) in {@code sort} order. */
    public NumberPage list(Actor actor, NumberFilter f, ListSort.Sort sort) {
        int size = Math.min(Math.max(f.size(), 1), MAX_PAGE_SIZE);
        int page = Math.min(Math.max(f.page(), 1), 100_000);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM doc_number d" + where).params(params).query(Long.class).single();
        List<IssuedNumber> rows = jdbc.sql(SELECT + where + sort.orderBy() + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) (page - 1) * size)
                .query(DocumentNumbers::map).list();
        return new NumberPage(rows, total, page, size);
    }

    /** Refuses (400) a filter the register would refuse, before an export starts writing its response. */
    public void check(Actor actor, NumberFilter f) {
        where(actor, f, new LinkedHashMap<>());
    }

    /**
     * Every issued number of the filter in {@code sort} order, streamed (the Excel export); {@code issuedBy} carries
     * the person's name (iam_user_view), never the login name.
     */
    public void each(Actor actor, NumberFilter f, ListSort.Sort sort, Consumer<IssuedNumber> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        String sql = """
                SELECT d.id, d.type_code, t.name AS type_name, d.agency_id, a.name AS agency_name, d.year, d.n, d.text,
                       d.subject_type, d.subject_id, d.issued_at, COALESCE(u.display_name, '') AS issued_by
                FROM doc_number d JOIN doc_type t ON t.code = d.type_code JOIN org_agency_view a ON a.id = d.agency_id
                LEFT JOIN iam_user_view u ON u.username = d.issued_by""" + where + sort.orderBy();
        try (Stream<IssuedNumber> rows = export.sql(sql).params(params).query(DocumentNumbers::map).stream()) {
            rows.forEach(sink);
        }
    }

    private String where(Actor actor, NumberFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("d.scope_path"));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.type() != null && !f.type().isBlank()) {
            where.append(" AND d.type_code = :type");
            params.put("type", type(f.type()).code());
        }
        if (f.year() != null) {
            if (f.year() < 2000 || f.year() > 2100) {
                throw BusinessException.badInput("BAD-PARAMETER", "年度应在 2000 至 2100 之间");
            }
            where.append(" AND d.year = :year");
            params.put("year", f.year());
        }
        if (f.agencyId() != null) {
            where.append(" AND d.agency_id = :agency");
            params.put("agency", f.agencyId());
        }
        return where.toString();
    }

    /** The numbers issued for one subject (e.g. all documents of a case), oldest first; trusted callers. */
    public List<IssuedNumber> forSubject(String subjectType, String subjectId) {
        return jdbc.sql(SELECT + " WHERE d.subject_type = :st AND d.subject_id = :sid ORDER BY d.issued_at, d.id")
                .param("st", subjectType).param("sid", subjectId).query(DocumentNumbers::map).list();
    }

    /** Agencies the actor may number for: those of their scope, for the filter list. */
    public List<Map<String, Object>> agencyChoices(Actor actor) {
        return jdbc.sql("SELECT id, name FROM org_agency_view WHERE " + ScopeSql.condition("scope_path") + " AND status = 'ACTIVE' ORDER BY scope_path, name LIMIT 500")
                .param(ScopeSql.PARAM, actor.scope().pattern()).query().listOfRows();
    }

    int year() {
        return ZonedDateTime.ofInstant(clock.instant(), Zones.SHANGHAI).getYear();
    }

    private Agency agencyInScope(Actor actor, Long agencyId) {
        Agency a = agencies.get(agencyId == null ? actor.agencyId() : agencyId);
        ScopeSql.requireInScope(actor, a.scopePath(), AGENCY);
        return a;
    }

    private static String abbreviate(String s) {
        return s.length() > 32 ? s.substring(0, 32) + "…" : s;
    }

    private static IssuedNumber map(ResultSet rs, int i) throws SQLException {
        return new IssuedNumber(rs.getLong("id"), rs.getString("type_code"), rs.getString("type_name"),
                rs.getLong("agency_id"), rs.getString("agency_name"), rs.getInt("year"), rs.getInt("n"),
                rs.getString("text"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"));
    }
}
