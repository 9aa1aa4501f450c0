package cn.anjian;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.personnel.IdCards;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, the remaining lists: every list page has sortable headers, a page-size choice and an Excel export of its
 * current filter (page and API path). For each: the header row, no row of another county (ORG-03: the agency column
 * of a county's export never names the other county's agency, or no first-column value is in both), personal data
 * masked, a value a spreadsheet would evaluate neutralised, a bad filter, sort or size answered 400 before anything is
 * written (never a 500).
 */
@IntegrationTest
class ListKitEveryListTests {

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;

    static final Set<String> PERMISSIONS = Set.of("personnel:read", "personnel:manage", "case:read", "record:read",
            "record:export", "workflow:inbox", "deadline:read", "deadline:read-scope", "audit:read", "home:view",
            "user:manage", "legalreview:read", "ops:monitor", "mine:plan-receive");

    private TestActor reader(String username) {
        Actor a = users.actor(username).orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), PERMISSIONS);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("ORG-03/IAM-06 issue 12: a list's export = its filter in scope, header row, PII masked, formulas neutralised; bad filter/sort/size 400")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // list | page | API export | first header | bad filter | agency col (-1: first column disjoint) | table, text column, id column, extra condition (plant a formula) | formula col | masked col | rows required
            "plans         | /plans             | /api/v1/plans/export            | 计划名称 | year=abc        | 3  | enf_plan            | title        | id | -                                                   | 0  | -1 | true",
            "draws         | /plans/draws       | /api/v1/draws/export            | 任务     | published=maybe | 6  | enf_draw            | title        | id | -                                                   | 0  | -1 | true",
            "joint         | /joint-operations  | /api/v1/joint-operations/export | 行动     | status=XYZ      | 4  | enf_joint_operation | title        | id | -                                                   | 0  | -1 | true",
            "people        | /personnel/people  | /api/v1/personnel/people/export | 姓名     | role=XYZ        | 8  | per_person          | name         | id | -                                                   | 0  | 2  | true",
            "recordings    | /recordings        | /api/v1/recordings/export       | 案件     | kind=XYZ        | -1 | rec_record          | title        | id | classification = 'NONE' AND destroyed_at IS NULL    | 3  | -1 | true",
            "users         | /admin/users       | /api/v1/identity/users/export   | 用户名   | status=XYZ      | 2  | iam_user            | display_name | id | -                                                   | 1  | 4  | true",
            "deadlines     | /calendar/deadlines| /api/v1/calendar/deadlines/export | 期限   | kind=XYZ        | -1 | -                   | -            | -  | -                                                   | -1 | -1 | true",
            "audit         | /audit             | -                               | 编号     | from=2026-02-30 | -1 | -                   | -            | -  | -                                                   | -1 | -1 | false",
            "inbox         | /workflow/inbox    | /api/v1/workflow/inbox/export   | 事项     | overdue=maybe   | 3  | -                   | -            | -  | -                                                   | -1 | -1 | false",
            "legal reviews | /legal-review      | /api/v1/legal-review/reviews/export | 编号 | status=XYZ      | -1 | lr_review           | case_title   | id | -                                                   | 2  | -1 | true",
            "follow-on     | /personnel/officers/follow-on | /api/v1/personnel/officers/follow-on/export | 姓名 | gap=XYZ | 1 | - | -     | -  | -                                                   | -1 | -1 | false",
            "trainings     | /personnel/trainings    | /api/v1/personnel/trainings/export    | 姓名 | kind=XYZ   | 3 | - | - | - | - | -1 | 1 | true",
            "certificates  | /personnel/certificates | /api/v1/personnel/certificates/export | 姓名 | status=XYZ | 3 | - | - | - | - | -1 | 1 | true",
            "monitoring tokens | /admin/monitoring-tokens | - | 名称 | status=XYZ | 1 | iam_monitoring_token | name | id | revoked_at IS NULL | 0 | -1 | true",
            "reported plans | /mines/plans/reported | /api/v1/mines/assignment-plans/reported/export | 行政区划 | year=abc | -1 | - | - | - | - | -1 | -1 | true"})
    void export(String list, String page, String apiExport, String firstHeader, String badFilter, int agencyCol,
                String table, String column, String idColumn, String extra, int formulaCol, int maskedCol,
                boolean rowsRequired) throws Exception {
        TestActor zz = reader("zz_unithead");
        TestActor sc = reader("sc_unithead");
        String[] bad = badFilter.split("=");
        Long planted = table == null ? null : jdbc.sql("SELECT min(" + idColumn + ") FROM " + table + " WHERE scope_path LIKE :p"
                        + (extra == null ? "" : " AND " + extra))
                .param("p", zz.scope().pattern()).query(Long.class).single();
        if (table != null) {
            assertThat(planted).as(list + ": the demo data has a row in 泽州").isNotNull();
            jdbc.sql("UPDATE " + table + " SET " + column + " = '=1+1 ' || " + column + " WHERE " + idColumn + " = :id")
                    .param("id", planted).update();
        }
        boolean phonePlanted = "iam_user".equals(table) && jdbc.sql("UPDATE iam_user SET phone = '13800001111' WHERE id = :id"
                + " AND phone IS NULL").param("id", planted).update() > 0;   // demo accounts have no phone: give one to mask
        try {
            for (String path : apiExport == null ? List.of(page + "/export") : List.of(page + "/export", apiExport)) {
                assertThat(ExportDownloads.header(mvc, get(path).with(TestActors.as(zz))).get(0)).isEqualTo(firstHeader);
                List<Map<Integer, String>> mine = ExportDownloads.rows(mvc, get(path).with(TestActors.as(zz)));
                List<Map<Integer, String>> theirs = ExportDownloads.rows(mvc, get(path).with(TestActors.as(sc)));
                if (rowsRequired) {
                    assertThat(mine).as(list + " 泽州 rows").isNotEmpty();
                }
                if (agencyCol >= 0) {
                    assertThat(mine).extracting(r -> r.get(agencyCol)).doesNotContain(sc.agencyName());
                    assertThat(theirs).extracting(r -> r.get(agencyCol)).doesNotContain(zz.agencyName());
                } else {
                    Set<String> other = theirs.stream().map(r -> r.get(0)).filter(Objects::nonNull).collect(Collectors.toSet());
                    assertThat(mine).extracting(r -> r.get(0)).noneMatch(other::contains);
                }
                if (formulaCol >= 0) {
                    assertThat(mine).extracting(r -> r.get(formulaCol)).anyMatch(v -> v != null && v.startsWith("'=1+1 "));
                    assertThat(mine).extracting(r -> r.get(formulaCol)).noneMatch(v -> v != null && v.startsWith("=1+1"));
                }
                if (maskedCol >= 0) {
                    assertThat(mine).extracting(r -> r.get(maskedCol)).filteredOn(v -> v != null && !v.isBlank())
                            .isNotEmpty().allSatisfy(v -> assertThat(v).contains("*"));
                }
                mvc.perform(get(path).param(bad[0], bad[1]).with(TestActors.as(zz))).andExpect(status().isBadRequest());
                mvc.perform(get(path).param("sort", "nope,asc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
            }
        } finally {
            if (table != null) {
                jdbc.sql("UPDATE " + table + " SET " + column + " = substr(" + column + ", 7) WHERE " + idColumn + " = :id")
                        .param("id", planted).update();
            }
            if (phonePlanted) {
                jdbc.sql("UPDATE iam_user SET phone = NULL WHERE id = :id").param("id", planted).update();
            }
        }
        pageKit(page, bad, zz);
    }

    /** The page: sort and size refused with 400 (never a 500), a bad filter too; headers, sizes and export link shown. */
    private void pageKit(String page, String[] bad, TestActor zz) throws Exception {
        mvc.perform(get(page).param("sort", "nope,asc").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("可排序的列")));
        mvc.perform(get(page).param("size", "7").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get(page).param(bad[0], bad[1]).with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get(page).param("size", "50").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString(page + "/export")))
                .andExpect(content().string(containsString("class=\"sort-link\"")))
                .andExpect(content().string(containsString("page-size-current")));
    }

    @Test
    @DisplayName("ORG-03 issue 12: the auxiliary-staff export has this county's staff only, a formula-looking duty neutralised")
    void auxiliaries() throws Exception {
        TestActor zz = reader("zz_unithead");
        TestActor sc = reader("sc_unithead");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (TestActor a : List.of(zz, sc)) {
            mvc.perform(post("/personnel/auxiliaries").with(csrf()).with(TestActors.as(a)).param("name", "辅助" + a.username() + tag)
                            .param("idCard", IdCards.next(true)).param("duties", "=1+1 协助" + tag)
                            .param("registeredOn", "2025-03-04"))
                    .andExpect(status().is3xxRedirection());
        }
        for (String path : List.of("/personnel/auxiliaries/export", "/api/v1/personnel/auxiliaries/export")) {
            assertThat(ExportDownloads.header(mvc, get(path).with(TestActors.as(zz))).get(0)).isEqualTo("姓名");
            List<Map<Integer, String>> mine = ExportDownloads.rows(mvc, get(path).param("name", tag).with(TestActors.as(zz)));
            assertThat(mine).extracting(r -> r.get(0)).containsExactly("辅助zz_unithead" + tag);
            assertThat(mine).extracting(r -> r.get(1)).containsExactly("'=1+1 协助" + tag);
            mvc.perform(get(path).param("status", "XYZ").with(TestActors.as(zz))).andExpect(status().isBadRequest());
            mvc.perform(get(path).param("sort", "nope,asc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        }
        pageKit("/personnel/auxiliaries", new String[] {"status", "XYZ"}, zz);
    }

    @Test
    @DisplayName("issue 12: the message centre exports one's own notifications only, a formula-looking title neutralised")
    void notifications() throws Exception {
        TestActor zz = reader("zz_unithead");
        TestActor sc = reader("sc_unithead");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (TestActor a : List.of(zz, sc)) {
            jdbc.sql("""
                    INSERT INTO ntf_notification (user_id, kind, title, link, created_at, dedupe_key)
                    VALUES (:u, 'APPROVAL', :t, NULL, :at, :d)""").param("u", a.userId()).param("t", "=1+1 " + a.username() + tag)
                    .param("at", Timestamp.from(Instant.now())).param("d", "list-kit-" + tag).update();
        }
        for (String path : List.of("/notifications/export", "/api/v1/notifications/export")) {
            assertThat(ExportDownloads.header(mvc, get(path).with(TestActors.as(zz))).get(0)).isEqualTo("消息");
            List<Map<Integer, String>> mine = ExportDownloads.rows(mvc, get(path).with(TestActors.as(zz)));
            assertThat(mine).extracting(r -> r.get(0)).contains("'=1+1 zz_unithead" + tag)
                    .noneMatch(v -> v.contains("sc_unithead" + tag));
            mvc.perform(get(path).param("kind", "XYZ").with(TestActors.as(zz))).andExpect(status().isBadRequest());
            mvc.perform(get(path).param("sort", "nope,asc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        }
        pageKit("/notifications", new String[] {"read", "XYZ"}, zz);
    }
}
