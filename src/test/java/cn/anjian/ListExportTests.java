package cn.anjian;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: the Excel export of each main list (on the demo data of two counties) has exactly the rows of the list
 * (the API's total for the same filter, so the same scope and filter), none of another county's, the personal data
 * masked as on the page; a bad filter or sort is a 400 before anything is written, on the page, the API and the export.
 */
@IntegrationTest
class ListExportTests {

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;

    private TestActor reader(String username) {
        Actor a = users.actor(username).orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), Set.of("personnel:read", "enterprise:read", "submission:handle",
                "document:generate", "case:read"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("issue 12 defect: an export over the API with a bearer token is delivered whole (the async dispatch is authenticated too)")
    void bearerToken() throws Exception {
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/token")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"zz_unithead\",\"password\":\"Anjian@2026\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(json, "$.token");
        List<Map<Integer, String>> rows = ExportDownloads.rows(mvc, get("/api/v1/cases/export")
                .header("Authorization", "Bearer " + token));
        assertThat(rows).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("ORG-03/IAM-06 a list's export = the list: its filter and scope, no foreign county's row, PII masked; bad input 400")
    @CsvSource(delimiter = '|', value = {
            // list                   | page                      | API list                           | API export                                | good filter    | bad filter       | masked column
            "officers                 | /personnel/officers       | /api/v1/personnel/officers         | /api/v1/personnel/officers/export         | post=ON_POST   | certificate=XYZ  | 1",
            "inspectors               | /personnel/inspectors     | /api/v1/personnel/inspectors       | /api/v1/personnel/inspectors/export       | kind=FULL_TIME | kind=XYZ         | -1",
            "supervisors              | /personnel/supervisors    | /api/v1/personnel/supervisors      | /api/v1/personnel/supervisors/export      | status=APPOINTED | status=XYZ     | 1",
            "enterprises              | /enterprises              | /api/v1/enterprises                | /api/v1/enterprises/export                | status=OPERATING | riskGrade=Z    | -1",
            "submissions              | /complaints/submissions   | /api/v1/complaints/submissions     | /api/v1/complaints/submissions/export     | overdue=false  | kind=XYZ         | -1",
            "documents                | /documents                | /api/v1/documents/numbers          | /api/v1/documents/numbers/export          | year=2026      | year=abc         | -1"})
    void export(String list, String page, String api, String apiExport, String filter, String badFilter, int masked) throws Exception {
        TestActor zz = reader("zz_unithead");
        TestActor sc = reader("sc_unithead");
        String[] f = filter.split("=");
        String[] bad = badFilter.split("=");
        for (String path : List.of(page + "/export", apiExport)) {
            List<Map<Integer, String>> mine = ExportDownloads.rows(mvc, get(path).param(f[0], f[1]).with(TestActors.as(zz)));
            String json = mvc.perform(get(api).param(f[0], f[1]).param("size", "100").with(TestActors.as(zz)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Number total = JsonPath.read(json, "$.total");
            assertThat(mine).as(list + " rows = the list's total").hasSize(total.intValue());
            // another county's rows are not in this county's export (first column: name, number or code)
            Set<String> theirs = ExportDownloads.rows(mvc, get(path).param(f[0], f[1]).with(TestActors.as(sc))).stream()
                    .map(r -> r.get(0)).filter(Objects::nonNull).collect(Collectors.toSet());
            assertThat(mine).extracting(r -> r.get(0)).noneMatch(theirs::contains);
            if (masked >= 0) {
                assertThat(mine).extracting(r -> r.get(masked)).filteredOn(v -> v != null && !v.isBlank())
                        .allSatisfy(v -> assertThat(v).contains("*"));
            }
            mvc.perform(get(path).param(bad[0], bad[1]).with(TestActors.as(zz))).andExpect(status().isBadRequest());
            mvc.perform(get(path).param("sort", "nope,asc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        }
        mvc.perform(get(page).param("sort", "nope,asc").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("可排序的列")));
        mvc.perform(get(page).param("size", "7").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get(api).param("sort", "nope,asc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        // the page offers the export with its filter, and sortable headers
        mvc.perform(get(page).param(f[0], f[1]).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString(page + "/export?" + f[0] + "=" + f[1])))
                .andExpect(content().string(containsString("class=\"sort-link\"")));
    }
}
