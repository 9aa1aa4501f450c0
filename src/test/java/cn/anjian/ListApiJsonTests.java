package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import cn.anjian.TestActors.TestActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20 item 7: the submissions', legal reviews' and flagged checks' list APIs answer byte for byte the JSON written
 * here for a fixed data set — a county with a township below it and a sibling county whose rows must not show —, in
 * the default order and another one, so a change of their statements (columns, ids first, a per-scope plan) cannot
 * change a row, a field, the order or the count.
 */
@IntegrationTest
class ListApiJsonTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    String county;
    String sibling;
    TestActor reader;
    long base;

    @BeforeEach
    void data() {
        long n = 100_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 800_000);
        county = "/1/43/9" + n + "/";
        sibling = "/1/43/8" + n + "/";
        base = 2_000_000_000L + n * 10;
        reader = TestActors.actor("listjson" + n, 1, county, "submission:handle", "legalreview:read", "mine:check-review");
    }

    @AfterEach
    void cleanUp() {
        for (String p : new String[] {county, sibling}) {
            jdbc.sql("DELETE FROM cmp_submission WHERE scope_path LIKE :p").param("p", p + "%").update();
            jdbc.sql("DELETE FROM lr_review WHERE scope_path LIKE :p").param("p", p + "%").update();
            jdbc.sql("DELETE FROM mine_check WHERE scope_path LIKE :p").param("p", p + "%").update();
        }
    }

    private String json(String path, String sort) throws Exception {
        var req = get(path).with(TestActors.as(reader));
        if (sort != null) {
            req = req.param("sort", sort);
        }
        return mvc.perform(req).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String agencyName() {
        return jdbc.sql("SELECT name FROM org_agency WHERE id = 1").query(String.class).single();
    }

    /** i = 0..3 in the county (i odd: its township), 4 in the sibling county. */
    private void submission(int i, String path, String status, String due, String submittedAt, boolean anonymous) {
        jdbc.sql("""
                INSERT INTO cmp_submission (id, tracking_code, channel, kind, title, content, enterprise_name, anonymous, contact_name,
                    agency_id, jurisdiction_id, scope_path, status, due_date, submitted_at, answer, answered_at)
                VALUES (:id, :code, 'PUBLIC_PORTAL', 'COMPLAINT', :title, '内容', :ent, :anon, '张三丰', 1, 1, :p, :st,
                    CAST(:due AS date), CAST(:at AS timestamptz), CASE WHEN :st = 'ANSWERED' THEN '已处理' END,
                    CASE WHEN :st = 'ANSWERED' THEN timestamptz '2026-03-02 10:00+08' END)""")
                .param("id", base + i).param("code", "JT" + (base + i)).param("title", "投诉" + i)
                .param("ent", i == 2 ? null : "企业" + i).param("anon", anonymous).param("p", path).param("st", status)
                .param("due", due).param("at", submittedAt).update();
    }

    @Test
    @DisplayName("GET /api/v1/complaints/submissions: the county's rows (and its township's), byte for byte, overdue from status and due date")
    void submissions() throws Exception {
        submission(0, county, "SUBMITTED", "2020-01-10", "2026-01-01 09:00+08", false);
        submission(1, county + "77/", "ACCEPTED", "2099-01-10", "2026-01-03 09:00+08", true);
        submission(2, county, "ANSWERED", "2020-01-10", "2026-01-02 09:00+08", false);
        submission(3, county + "77/", "ACCEPTED", null, "2026-01-04 09:00+08", false);
        submission(4, sibling, "SUBMITTED", "2020-01-10", "2026-01-05 09:00+08", false);
        String a = agencyName();
        String body = json("/api/v1/complaints/submissions", null);
        String channel = "门户网站";
        String kind = "投诉";
        assertThat(body).isEqualTo("{\"items\":["
                + row(base + 3, channel, kind, "投诉3", "\"企业3\"", a, "ACCEPTED", "办理中", "null", false, "2026-01-04T01:00:00Z", "null", "\"张*丰\"")
                + "," + row(base + 2, channel, kind, "投诉2", "null", a, "ANSWERED", "已答复", "\"2020-01-10\"", false,
                        "2026-01-02T01:00:00Z", "\"2026-03-02T02:00:00Z\"", "\"张*丰\"")
                + "," + row(base + 1, channel, kind, "投诉1", "\"企业1\"", a, "ACCEPTED", "办理中", "\"2099-01-10\"", false,
                        "2026-01-03T01:00:00Z", "null", "\"匿名\"")
                + "," + row(base, channel, kind, "投诉0", "\"企业0\"", a, "SUBMITTED", "待受理", "\"2020-01-10\"", true,
                        "2026-01-01T01:00:00Z", "null", "\"张*丰\"")
                + "],\"page\":0,\"total\":4,\"size\":20,\"totalCapped\":false}");
        // another order: submitted first, oldest first (the same four rows)
        assertThat(ids(json("/api/v1/complaints/submissions", "submitted,asc")))
                .isEqualTo(ids("\"id\":" + base + ",\"id\":" + (base + 2) + ",\"id\":" + (base + 1) + ",\"id\":" + (base + 3)));
    }

    private static String row(long id, String channel, String kind, String title, String ent, String agency, String st,
                               String stLabel, String due, boolean overdue, String at, String answered, String submitter) {
        return ("{\"id\":%d,\"trackingCode\":\"JT%d\",\"channel\":\"PUBLIC_PORTAL\",\"channelLabel\":\"%s\",\"kind\":\"COMPLAINT\","
                + "\"kindLabel\":\"%s\",\"title\":\"%s\",\"enterpriseName\":%s,\"agencyName\":\"%s\",\"supervisorName\":null,"
                + "\"status\":\"%s\",\"statusLabel\":\"%s\",\"dueDate\":%s,\"overdue\":%s,\"submittedAt\":\"%s\",\"answeredAt\":%s,"
                + "\"submitter\":%s}").formatted(id, id, channel, kind, title, ent, agency, st, stLabel, due, overdue, at, answered,
                submitter);
    }

    private static String ids(String body) {
        StringBuilder out = new StringBuilder();
        var m = java.util.regex.Pattern.compile("\"id\":(\"[^\"]+\"|\\d+)").matcher(body);
        while (m.find()) {
            out.append(m.group(1)).append(' ');
        }
        return out.toString();
    }

    private void review(int i, String path, String status, String at, boolean agreed) {
        jdbc.sql("""
                INSERT INTO lr_review (id, version, case_id, case_number, case_title, agency_id, jurisdiction_id, scope_path, status,
                    round, case_kind, party_kind, measures, major, rule_set_version, rule_date, reasons, form_summary, form_basis,
                    form_officers, form_proposal, submitted_at, submitted_by, opinion_number, discussion_agreed, outcome)
                VALUES (:id, 1, :id, :num, :title, 1, 1, :p, :st, 2, 'PENALTY', 'CITIZEN', '', TRUE, 'v1', DATE '2026-01-01',
                    '理由', '摘要', '依据', '人员', '建议', CAST(:at AS timestamptz), 'zz_officer', :op, :agreed, :outcome)""")
                .param("id", base + i).param("num", "晋执〔2026〕" + i + "号").param("title", "案件" + i).param("p", path)
                .param("st", status).param("at", at).param("op", i == 1 ? "法审〔2026〕1号" : null).param("agreed", agreed)
                .param("outcome", i == 1 ? "APPROVE" : null).update();
    }

    @Test
    @DisplayName("GET /api/v1/legal-review/reviews: the county's reviews newest first (and by case number), byte for byte")
    void reviews() throws Exception {
        review(0, county, "UNDER_REVIEW", "2026-02-01 09:00+08", false);
        review(1, county + "77/", "DECIDED", "2026-02-03 09:00+08", true);
        review(2, county, "UNDER_REVIEW", "2026-02-02 09:00+08", false);
        review(3, sibling, "UNDER_REVIEW", "2026-02-04 09:00+08", false);
        String by = jdbc.sql("SELECT display_name FROM iam_user WHERE username = 'zz_officer'").query(String.class).single();
        String body = json("/api/v1/legal-review/reviews", null);
        assertThat(body).isEqualTo("[" + review(base + 1, 1, "2026-02-03T01:00:00Z", by) + ","
                + review(base + 2, 2, "2026-02-02T01:00:00Z", by) + "," + review(base, 0, "2026-02-01T01:00:00Z", by) + "]");
        assertThat(ids(json("/api/v1/legal-review/reviews", "submitted,asc")))
                .isEqualTo(ids("\"id\":" + base + ",\"id\":" + (base + 2) + ",\"id\":" + (base + 1)));
    }

    private static String review(long id, int i, String at, String by) {
        boolean decided = i == 1;
        return ("{\"id\":%d,\"caseNumber\":\"晋执〔2026〕%d号\",\"caseTitle\":\"案件%d\",\"status\":\"%s\",\"statusLabel\":\"%s\","
                + "\"round\":2,\"major\":true,\"outcome\":%s,\"outcomeLabel\":%s,\"submittedAt\":\"%s\",\"submittedBy\":\"%s\","
                + "\"dueDate\":null,\"opinionNumber\":%s,\"discussed\":%s}").formatted(id, i, i, decided ? "DECIDED" : "UNDER_REVIEW",
                decided ? "审核意见已签批" : "审核中", decided ? "\"APPROVE\"" : "null", decided ? "\"同意\"" : "null", at, by,
                decided ? "\"法审〔2026〕1号\"" : "null", decided);
    }

    private void check(UUID id, String path, String startedAt, int distance, long mine, long commissioner) {
        jdbc.sql("""
                INSERT INTO mine_check (id, version, mine_id, commissioner_id, scope_path, mode, remote_means, unannounced, night,
                    started_at, finished_at, check_day, iso_week, latitude, longitude, accuracy_meters, distance_meters, geofence_meters,
                    recorded_offline, status, checklist_version_id, note, missed_mandatory, missed_spot, hazards, request_hash,
                    received_at, recorded_by)
                VALUES (:id, 0, :m, :c, :p, 'ONSITE', NULL, TRUE, FALSE, CAST(:at AS timestamptz),
                    CAST(:at AS timestamptz) + interval '1 hour', DATE '2026-03-01', '2026-W09', 36.5, 112.25, 30, :d, 1000,
                    TRUE, 'FLAGGED', (SELECT min(id) FROM mine_checklist_version), '离线', 1, 2, 3, :hash, now(), 'test')""")
                .param("id", id).param("m", mine).param("c", commissioner).param("p", path).param("at", startedAt).param("d", distance)
                .param("hash", "0".repeat(64)).update();
    }

    @Test
    @DisplayName("GET /api/v1/mines/checks/flagged: the county's flagged checks newest first (and by distance), byte for byte")
    void flaggedChecks() throws Exception {
        long mine = jdbc.sql("SELECT min(id) FROM mine_mine").query(Long.class).single();
        long commissioner = jdbc.sql("SELECT min(id) FROM mine_commissioner").query(Long.class).single();
        String mineName = jdbc.sql("SELECT name FROM mine_mine WHERE id = :id").param("id", mine).query(String.class).single();
        String cName = jdbc.sql("SELECT name FROM mine_commissioner WHERE id = :id").param("id", commissioner).query(String.class).single();
        UUID a = new UUID(base, 1);
        UUID b = new UUID(base, 2);
        UUID c = new UUID(base, 3);
        check(a, county, "2026-03-01 09:00+08", 1500, mine, commissioner);
        check(b, county + "77/", "2026-03-01 11:00+08", 2500, mine, commissioner);
        check(c, sibling, "2026-03-01 12:00+08", 3500, mine, commissioner);
        String body = json("/api/v1/mines/checks/flagged", null);
        assertThat(body).isEqualTo("{\"items\":[" + check(b, "2026-03-01T03:00:00Z", "2026-03-01T04:00:00Z", 2500, mine, mineName, cName)
                + "," + check(a, "2026-03-01T01:00:00Z", "2026-03-01T02:00:00Z", 1500, mine, mineName, cName)
                + "],\"page\":0,\"pageSize\":20,\"total\":2,\"totalCapped\":false}");
        assertThat(ids(json("/api/v1/mines/checks/flagged", "distance,asc"))).isEqualTo("\"" + a + "\" \"" + b + "\" ");
    }

    private static String check(UUID id, String at, String finished, int distance, long mine, String mineName, String cName) {
        return ("{\"id\":\"%s\",\"mineId\":%d,\"mineName\":\"%s\",\"commissionerName\":\"%s\",\"mode\":\"ONSITE\",\"remoteMeans\":null,"
                + "\"unannounced\":true,\"night\":false,\"startedAt\":\"%s\",\"finishedAt\":\"%s\",\"isoWeek\":\"2026-W09\","
                + "\"status\":\"FLAGGED\",\"distanceMeters\":%d,\"geofenceMeters\":1000,\"accuracyMeters\":30,\"latitude\":36.500000,"
                + "\"longitude\":112.250000,\"recordedOffline\":true,\"missedMandatory\":1,\"missedSpot\":2,\"hazards\":3,"
                + "\"note\":\"离线\",\"reviewNote\":null}").formatted(id, mine, mineName, cName, at, finished, distance);
    }
}
