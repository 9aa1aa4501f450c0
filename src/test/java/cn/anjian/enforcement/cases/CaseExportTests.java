package cn.anjian.enforcement.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.ExportDownloads;
import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.ViolationFacts;
import cn.anjian.kernel.ListSort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 12: the case list's Excel export, sortable columns and page size. */
@IntegrationTest
class CaseExportTests {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fx;
    @Autowired CaseList list;

    private void citizenCase(TestActor actor, String party, String title) {
        LocalDate today = fx.today();
        fx.cases.open(actor, new NewCase(CaseKind.PENALTY, CaseSource.COMPLAINT, "举报信", "1号", today, null, party, title,
                "某地", null).withViolation(new ViolationFacts(today, false, false, null)));
    }

    @Test
    @DisplayName("ORG-03/IAM-06 the case export honours the filter and the scope, masks a citizen's name and neutralises =1+1")
    void export() throws Exception {
        TestActor zz = fx.zz();
        TestActor sc = fx.sc();
        citizenCase(zz, "欧阳导出甲", "=1+1 导出测试");
        citizenCase(zz, "欧阳导出乙", "导出测试二");
        citizenCase(sc, "欧阳导出丙", "外县导出测试");   // another county: never in zz's export
        List<Map<Integer, String>> rows = ExportDownloads.rows(mvc,
                get("/cases/export").param("party", "欧阳导出").param("sort", "party,desc").with(TestActors.as(zz)));   // 甲 (U+7532) after 乙 (U+4E59)
        assertThat(rows).extracting(r -> r.get(1)).containsExactly("'=1+1 导出测试", "导出测试二");
        assertThat(rows).extracting(r -> r.get(5)).containsExactly("欧***甲", "欧***乙");
        assertThat(rows).noneMatch(r -> r.values().stream().anyMatch(v -> v != null && v.contains("外县")));
        // the API variant: the same filter, the same rows
        assertThat(ExportDownloads.rows(mvc, get("/api/v1/cases/export").param("party", "欧阳导出").with(TestActors.as(zz))))
                .hasSize(2);
        assertThat(ExportDownloads.rows(mvc, get("/cases/export").param("party", "欧阳导出").with(TestActors.as(sc))))
                .extracting(r -> r.get(1)).containsExactly("外县导出测试");
    }

    @Test
    @DisplayName("issue 12: a bad filter, an unknown sort column or page size is a 400 with a Chinese message, on page, API and export")
    void badInput() throws Exception {
        TestActor zz = fx.zz();
        mvc.perform(get("/cases/export").param("kind", "NOPE").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/cases/export").param("from", "2026-02-30").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/cases/export").param("sort", "password,asc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/cases").param("sort", "password,asc").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("可排序的列")));
        mvc.perform(get("/cases").param("sort", "opened,sideways").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/cases").param("size", "33").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("每页条数")));
        mvc.perform(get("/api/v1/cases").param("sort", "id;drop").with(TestActors.as(zz))).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("issue 12: sorting by another column pages by page number without gaps or repeats; the headers link with the filters kept")
    void sorted() throws Exception {
        TestActor zz = fx.zz();
        for (String p : List.of("丁", "甲", "丙", "乙", "戊")) {
            citizenCase(zz, "排序测试" + p, "排序测试案件" + p);
        }
        CaseFilter f = new CaseFilter(null, null, null, null, "排序测试", null, null, false);
        ListSort.Sort byParty = CaseList.SORT.parse("party,desc");
        CasePage p0 = list.sorted(zz, f, byParty, 0, 2);
        CasePage p1 = list.sorted(zz, f, byParty, 1, 2);
        CasePage p2 = list.sorted(zz, f, byParty, 2, 2);
        List<String> titles = new java.util.ArrayList<>();
        for (CasePage p : List.of(p0, p1, p2)) {
            p.items().forEach(r -> titles.add(r.title()));
        }
        assertThat(titles).hasSize(5).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
        assertThat(p0.previous()).isNull();
        assertThat(p0.next()).isEqualTo("1");
        assertThat(p2.next()).isNull();
        mvc.perform(get("/cases").param("party", "排序测试").param("sort", "party,desc").param("size", "50").with(TestActors.as(zz)))
                .andExpect(status().isOk())
                // the current column's arrow, and its link turns the direction; filters and size kept
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andExpect(content().string(containsString("sort=party,asc&amp;size=50")))
                .andExpect(content().string(containsString("/cases/export?party=")));
    }
}
