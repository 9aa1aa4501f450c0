package cn.anjian.publicity.before;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal shows before enforcement (PUB-01, PUB-03): published items of a portal's subtree — an agency's own
 * and those below it (the province aggregates) — with their owning unit (PUB-10). Drafts and unpublished items are
 * never read here; nothing internal (who edited, versions) leaves this class.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PublicBefore {

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final Agencies agencies;

    /** A portal: the agency of a division code (blank: the province); {@code code} null for the province. */
    record Portal(String code, Agency agency) {
    }

    /** A field as shown: label and value (long texts keep their line breaks). */
    record Shown(String label, String value, boolean multiline) {
    }

    /** An attached document (PUB-01), downloaded from the file store's public path {@code /public/files/{fileId}}. */
    record Document(long fileId, String name, long size) {
        public String sizeText() {
            return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB" : String.format("%.1f MB", size / 1048576.0);
        }

        public String kindText() {
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? "PDF" : "Word";
        }
    }

    record Item(long id, BeforeKind kind, String title, CaseKind caseKind, String agencyName, String unitName,
                java.time.Instant publishedAt, List<Shown> fields, List<Document> documents) {
        /** A procedure's steps: "步骤｜时限" lines split in two (a line without the bar has no time limit). */
        public List<String[]> steps() {
            List<String[]> out = new ArrayList<>();
            fields.stream().filter(f -> f.label().startsWith("步骤")).findFirst().ifPresent(f -> {
                for (String line : f.value().split("\\R")) {
                    if (!line.isBlank()) {
                        String[] p = line.split("[｜|]", 2);
                        out.add(new String[]{p[0].strip(), p.length > 1 ? p[1].strip() : "—"});
                    }
                }
            });
            return out;
        }
    }

    Portal portal(String code) {
        Jurisdiction j = (code == null || code.isBlank() ? jurisdictions.roots().stream().findFirst()
                : jurisdictions.findByCode(code.strip())).orElseThrow(() -> BusinessException.notFound("门户"));
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow(() -> BusinessException.notFound("门户"));
        return new Portal(j.parentId() == null ? null : j.code(), a);
    }

    /** Published items of a kind (a procedure kind: of that case kind) in the portal's subtree, in the editors' order. */
    List<Item> published(Portal p, BeforeKind kind, CaseKind caseKind) {
        List<Item> items = jdbc.sql("""
                        SELECT i.id, i.kind, i.title, i.case_kind, a.name AS agency_name, i.unit_name, i.published_at
                        FROM pub_before_item i JOIN org_agency_view a ON a.id = i.agency_id
                        WHERE i.status = 'PUBLISHED' AND i.kind = :kind AND i.scope_path LIKE :scope
                          AND (CAST(:caseKind AS VARCHAR) IS NULL OR i.case_kind = :caseKind)
                        ORDER BY length(i.scope_path), i.sort_order, i.id LIMIT 500""")
                .param("kind", kind.name()).param("scope", p.agency().scopePath() + "%")
                .param("caseKind", caseKind == null ? null : caseKind.name())
                .query(PublicBefore::item).list();
        return withFields(items);
    }

    /** A published item, else 404 (a draft or an unpublished item does not exist for the public). */
    Item item(long id) {
        List<Item> found = jdbc.sql("""
                        SELECT i.id, i.kind, i.title, i.case_kind, a.name AS agency_name, i.unit_name, i.published_at
                        FROM pub_before_item i JOIN org_agency_view a ON a.id = i.agency_id
                        WHERE i.status = 'PUBLISHED' AND i.id = :id""")
                .param("id", id).query(PublicBefore::item).list();
        if (found.isEmpty()) {
            throw BusinessException.notFound("公示事项");
        }
        return withFields(found).get(0);
    }

    private List<Item> withFields(List<Item> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, Map<String, String>> values = new HashMap<>();
        jdbc.sql("SELECT item_id, field_key, value FROM pub_before_field WHERE item_id IN (:ids) ORDER BY item_id, position")
                .param("ids", items.stream().map(Item::id).toList())
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        Map<Long, List<Document>> docs = new HashMap<>();
        jdbc.sql("SELECT item_id, file_id, name, size FROM pub_before_attachment WHERE item_id IN (:ids) ORDER BY item_id, position")
                .param("ids", items.stream().map(Item::id).toList())
                .query(rs -> {
                    docs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Document(rs.getLong(2), rs.getString(3), rs.getLong(4)));
                });
        return items.stream().map(i -> {
            Map<String, String> v = values.getOrDefault(i.id(), Map.of());
            List<Shown> shown = i.kind().fields().stream().filter(f -> v.containsKey(f.key()))
                    .map(f -> new Shown(f.label(), v.get(f.key()), f.multiline())).toList();
            return new Item(i.id(), i.kind(), i.title(), i.caseKind(), i.agencyName(), i.unitName(), i.publishedAt(), shown,
                    docs.getOrDefault(i.id(), List.of()));
        }).toList();
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        String ck = rs.getString("case_kind");
        return new Item(rs.getLong("id"), BeforeKind.valueOf(rs.getString("kind")), rs.getString("title"),
                ck == null ? null : CaseKind.valueOf(ck), rs.getString("agency_name"), rs.getString("unit_name"),
                rs.getTimestamp("published_at").toInstant(), List.of(), List.of());
    }
}
