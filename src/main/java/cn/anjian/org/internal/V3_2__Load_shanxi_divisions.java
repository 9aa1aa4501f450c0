package cn.anjian.org.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * ORG-01: loads all of Shanxi from the project's own copies of GB/T 2260 (province, cities,
 * counties) and the NBS statistical codes (development zones, townships); see
 * {@code org/divisions/PROVENANCE.md} for the reconciliation decisions. A Flyway Java migration
 * (Spring Boot registers {@code JavaMigration} beans) so it runs exactly once, in order, before
 * anything reads the tree, and in the same transaction as its version row.
 */
@Component
class V3_2__Load_shanxi_divisions extends BaseJavaMigration {

    static final String BASE = "org/divisions/";
    /** The division changed after the 2019-04 GB/T 2260 edition; applied as an administrator would. */
    static final String TAIGU_OLD = "140726";
    static final String TAIGU_NEW = "140703";

    private static final String INSERT = """
            WITH n AS (SELECT nextval(pg_get_serial_sequence('org_jurisdiction', 'id')) AS id)
            INSERT INTO org_jurisdiction (id, code, name, level, parent_id, path, origin, statistical_zone)
            SELECT n.id, ?, ?, ?, ?, coalesce(?, '/') || n.id || '/', ?, ? FROM n
            RETURNING id, path""";

    private record Node(long id, String path) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<String, Node> byCode = new HashMap<>();
        List<String[]> gb = read("shanxi-gbt2260-201904.tsv", "\t");
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            // file order is province, then each city followed by its counties
            for (String[] row : gb) {
                String code = row[0];
                String name = row[1];
                int level = code.endsWith("0000") ? 1 : code.endsWith("00") ? 2 : 3;
                String parentCode = level == 1 ? null : level == 2 ? code.substring(0, 2) + "0000" : code.substring(0, 4) + "00";
                byCode.put(code, insert(ps, code, name, level, byCode.get(parentCode), "GBT2260", false));
            }
            for (String[] row : read("shanxi-counties-stats.csv", ",")) {
                String code = row[0];
                // the NBS list adds only the 4 statistics-only zones (…71) and the later 太谷区
                if (!byCode.containsKey(code) && !code.equals(TAIGU_NEW)) {
                    byCode.put(code, insert(ps, code, row[1], 3, byCode.get(row[2] + "00"), "NBS", true));
                }
            }
            applyTaiguChange(c, byCode);
            for (String[] row : read("shanxi-townships-stats.csv", ",")) {
                Node county = byCode.get(row[2]);
                if (county == null) {
                    throw new IllegalStateException("township " + row[0] + " has unknown county " + row[2]);
                }
                insert(ps, row[0], row[1], 4, county, "NBS", false);
            }
        }
        // fresh statistics so the planner uses the path index for scope queries from the first request
        try (var st = c.createStatement()) {
            st.execute("ANALYZE org_jurisdiction");
        }
    }

    private static Node insert(PreparedStatement ps, String code, String name, int level, Node parent,
                               String origin, boolean zone) throws SQLException {
        if (level > 1 && parent == null) {
            throw new IllegalStateException("no parent for " + code);
        }
        ps.setString(1, code);
        ps.setString(2, name);
        ps.setInt(3, level);
        ps.setObject(4, parent == null ? null : parent.id());
        ps.setString(5, parent == null ? null : parent.path());
        ps.setString(6, origin);
        ps.setBoolean(7, zone);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Node(rs.getLong(1), rs.getString(2));
        }
    }

    /** 太谷县 140726 became 晋中市太谷区 140703 in 2019: same division (id, path), new code and name, history kept. */
    private static void applyTaiguChange(Connection c, Map<String, Node> byCode) throws SQLException {
        Node taigu = byCode.remove(TAIGU_OLD);
        try (PreparedStatement h = c.prepareStatement("""
                INSERT INTO org_jurisdiction_history (jurisdiction_id, change_type, old_code, old_name, new_code, new_name,
                                                      reason, changed_at, changed_by)
                SELECT id, 'RENAMED', code, name, ?, ?, ?, CURRENT_TIMESTAMP, 'system' FROM org_jurisdiction WHERE id = ?""");
             PreparedStatement u = c.prepareStatement("UPDATE org_jurisdiction SET code = ?, name = ? WHERE id = ?")) {
            h.setString(1, TAIGU_NEW);
            h.setString(2, "太谷区");
            h.setString(3, "2019 年国务院批复撤销太谷县、设立晋中市太谷区（GB/T 2260 2019-04 版之后的变更，与统计用区划代码一致）");
            h.setLong(4, taigu.id());
            h.executeUpdate();
            u.setString(1, TAIGU_NEW);
            u.setString(2, "太谷区");
            u.setLong(3, taigu.id());
            u.executeUpdate();
        }
        byCode.put(TAIGU_NEW, taigu);
    }

    /** Reads a resource as rows of fields; the first line is a header. Quotes are stripped (no field contains the separator). */
    static List<String[]> read(String file, String separator) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = V3_2__Load_shanxi_divisions.class.getClassLoader().getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    String[] f = line.strip().split(separator, -1);
                    for (int i = 0; i < f.length; i++) {
                        f[i] = f[i].replace("\"", "").strip();
                    }
                    rows.add(f);
                }
            }
        }
        return rows;
    }
}
