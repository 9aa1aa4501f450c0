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
}
