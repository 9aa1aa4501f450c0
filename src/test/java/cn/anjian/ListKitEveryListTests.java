package cn.anjian;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, the remaining lists: every list page has sortable headers, a page-size choice and an Excel export of its
 * current filter (page and API path). For each: the header row, no row of another county (ORG-03: the agency column
 * of a county's export never names the other county's agency), a value a spreadsheet would evaluate neutralised, a bad
 * filter, sort or size answered 400 before anything is written (never a 500).
 */
@IntegrationTest
class ListKitEveryListTests {

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;

    static final Set<String> PERMISSIONS = Set.of("personnel:read", "case:read", "record:read", "record:export",
            "workflow:inbox", "deadline:read", "deadline:read-scope", "audit:read", "home:view", "plan:manage");

    private TestActor reader(String username) {
        Actor a = users.actor(username).orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), PERMISSIONS);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("ORG-03 issue 12: a list's export = its filter in scope, header row, formulas neutralised; bad filter/sort/size 400")
    @CsvSource(delimiter = '|', value = {
            // list       | page               | API export                     | first header | bad filter      | agency col | table (plant a formula) | text column | formula col
            "plans        | /plans             | /api/v1/plans/export           | 计划名称     | year=abc        | 3          | enf_plan                | title       | 0",
            "draws        | /plans/draws       | /api/v1/draws/export           | 任务         | published=maybe | 6          | enf_draw                | title       | 0",
            "joint        | /joint-operations  | /api/v1/joint-operations/export| 行动         | status=XYZ      | 4          | enf_joint_operation     | title       | 0"})
    void export(String list, String page, String apiExport, String firstHeader, String badFilter, int agencyCol,
                String table, String column, int formulaCol) throws Exception {
        TestActor zz = reader("zz_unithead");
        TestActor sc = reader("sc_unithead");
        String[] bad = badFilter.split("=");
        Long planted = jdbc.sql("SELECT min(id) FROM " + table + " WHERE scope_path LIKE :p")
                .param("p", zz.scope().pattern()).query(Long.class).single();
        assertThat(planted).as(list + ": the demo data has a row in 泽州").isNotNull();
        jdbc.sql("UPDATE " + table + " SET " + column + " = '=1+1 ' || " + column + " WHERE id = :id").param("id", planted).update();
        try {
            for (String path : List.of(page + "/export", apiExport)) {
                assertThat(ExportDownloads.header(mvc, get(path).with(TestActors.as(zz))).get(0)).isEqualTo(firstHeader);
                List<Map<Integer, String>> mine = ExportDownloads.rows(mvc, get(path).with(TestActors.as(zz)));
                List<Map<Integer, String>> theirs = ExportDownloads.rows(mvc, get(path).with(TestActors.as(sc)));
                assertThat(mine).as(list + " 泽州 rows").isNotEmpty();
                assertThat(mine).extracting(r -> r.get(agencyCol)).doesNotContain(sc.agencyName());
                assertThat(theirs).extracting(r -> r.get(agencyCol)).doesNotContain(zz.agencyName());
                assertThat(mine).extracting(r -> r.get(formulaCol)).anyMatch(v -> v != null && v.startsWith("'=1+1 "));
                assertThat(mine).extracting(r -> r.get(formulaCol)).noneMatch(v -> v != null && v.startsWith("=1+1"));
                mvc.perform(get(path).param(bad[0], bad[1]).with(TestActors.as(zz))).andExpect(status().isBadRequest());
                mvc.perform(get(path).param("sort", "nope,asc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
            }
        } finally {
            jdbc.sql("UPDATE " + table + " SET " + column + " = substr(" + column + ", 7) WHERE id = :id").param("id", planted).update();
        }
        mvc.perform(get(page).param("sort", "nope,asc").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("可排序的列")));
        mvc.perform(get(page).param("size", "7").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get(page).param(bad[0], bad[1]).with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get(page).param("size", "50").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString(page + "/export")))
                .andExpect(content().string(containsString("class=\"sort-link\"")))
                .andExpect(content().string(containsString("page-size-current")));
    }
}
