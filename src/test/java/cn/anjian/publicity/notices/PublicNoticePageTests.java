package cn.anjian.publicity.notices;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PublicNoticePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    void notice(String title, String publishedAt) {
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'SUPERVISOR_DISMISSED', :t, '内容', CAST(:at AS timestamptz),
                       'test', 'notice', :t FROM org_agency a ORDER BY a.id LIMIT 1""").param("t", title).param("at", publishedAt).update();
    }

    @Test
    @DisplayName("PUB-12 the public notices list filters by title words, sorts by date or title, pages 20/50/100 with the filters kept")
    void listKit() throws Exception {
        String tag = "排序公告" + System.nanoTime();
        notice(tag + "乙", "2026-03-01T08:00:00+08:00");
        notice(tag + "甲", "2026-03-02T08:00:00+08:00");
        notice("其他公告" + System.nanoTime(), "2026-03-03T08:00:00+08:00");
        String newest = mvc.perform(get("/public/notices").param("q", tag)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"notice-total\">2</span>")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(newest.indexOf(tag + "甲")).isLessThan(newest.indexOf(tag + "乙"));
        String byTitle = mvc.perform(get("/public/notices").param("q", tag).param("sort", "published,asc").param("size", "50"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(byTitle.indexOf(tag + "乙")).isLessThan(byTitle.indexOf(tag + "甲"));
        org.assertj.core.api.Assertions.assertThat(byTitle).contains("name=\"size\" value=\"50\"", "每页");
        mvc.perform(get("/public/notices").param("sort", "id")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("发布日期、标题")));
        mvc.perform(get("/public/notices").param("size", "1000")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("PUB-12 the public notices page opens without login in the public layout (no staff navigation)")
    void open() throws Exception {
        mvc.perform(get("/public/notices")).andExpect(status().isOk())
                .andExpect(content().string(containsString("山西省应急管理执法公示")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("我的待办"))));
    }

    @Test
    @DisplayName("PUB-12 bad filters → 400 with a Chinese message; unknown notice → 404")
    void badInput() throws Exception {
        mvc.perform(get("/public/notices").param("from", "2026-02-30")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不是有效日期")));
        mvc.perform(get("/public/notices").param("from", "2026-03-02").param("to", "2026-03-01")).andExpect(status().isBadRequest());
        mvc.perform(get("/public/notices").param("kind", "X")).andExpect(status().isBadRequest());
        mvc.perform(get("/public/notices").param("agencyId", "-3")).andExpect(status().isBadRequest());
        mvc.perform(get("/public/notices").param("page", "99999999999")).andExpect(status().isBadRequest());
        mvc.perform(get("/public/notices/abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/public/notices/999999999")).andExpect(status().isNotFound());
    }

    @Autowired
    cn.anjian.org.Agencies agencies;

    @Test
    @DisplayName("PUB-12 an agency's list of one kind pages newest first to the last entry; a kind it never published is empty")
    void agencyKindPages() throws Exception {
        long zezhou = jdbc.sql("SELECT jurisdiction_id FROM org_agency_view WHERE name = '泽州县应急管理局'").query(Long.class).single();
        long owner = agencies.create(zezhou, cn.anjian.org.AgencyKind.OTHER, "公示分页测试单位" + System.nanoTime()).id();
        for (int i = 1; i <= 25; i++) {
            jdbc.sql("""
                    INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                        published_at, source_module, source_type, source_id)
                    SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT', :t, '内容',
                           TIMESTAMPTZ '2026-01-01 08:00:00+08' + :i * INTERVAL '1 hour', 'test', 'paging', :t
                    FROM org_agency a WHERE a.id = :a""").param("a", owner).param("i", i).param("t", "分页公告第" + (100 + i) + "号").update();
        }
        String second = mvc.perform(get("/public/notices").param("agencyId", Long.toString(owner)).param("kind", "PENALTY_RESULT")
                        .param("page", "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"notice-total\">25</span>")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(second).contains("分页公告第105号", "分页公告第101号").doesNotContain("分页公告第106号");
        org.assertj.core.api.Assertions.assertThat(second.indexOf("分页公告第105号")).isLessThan(second.indexOf("分页公告第101号"));
        mvc.perform(get("/public/notices").param("agencyId", Long.toString(owner)).param("kind", "COERCIVE_RESULT"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<span id=\"notice-total\">0</span>")))
                .andExpect(content().string(containsString("暂无公告")));
    }
}
