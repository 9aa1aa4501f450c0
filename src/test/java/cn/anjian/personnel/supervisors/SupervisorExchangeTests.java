package cn.anjian.personnel.supervisors;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.complaints.SupervisorFixture;
import cn.anjian.identity.UserAdministration;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** SS-08 (000 art. 25): periodic exchanges with the social supervisors, recorded with who took part. */
@IntegrationTest
class SupervisorExchangeTests {

    @Autowired SupervisorExchanges exchanges;
    @Autowired SupervisorCancellations cancellations;
    @Autowired JdbcClient jdbc;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    long stored() {
        return jdbc.sql("SELECT count(*) FROM per_supervisor_exchange").query(Long.class).single();
    }

    @Test
    @DisplayName("SS-08 an exchange is recorded with its serving supervisors; a future date, nobody attending, or a supervisor no longer serving is refused and stores nothing")
    void recordExchange() {
        SupervisorFixture fx = new SupervisorFixture(jdbc, users);
        SupervisorFixture.Agency zezhou = fx.agency("泽州县应急管理局");
        TestActors.TestActor hr = SupervisorFixture.staff(zezhou, "zz_hr_x", "personnel:read", "supervisor:manage");
        LocalDate today = LocalDate.now(clock);
        SupervisorFixture.Appointed a = fx.appointed(zezhou, "交流甲", today.minusMonths(6));
        SupervisorFixture.Appointed b = fx.appointed(zezhou, "交流乙", today.minusMonths(6));
        SupervisorFixture.Appointed gone = fx.appointed(zezhou, "交流丙", today.minusMonths(6));
        cancellations.recordDestruction(hr, gone.supervisorId(), "本人申请不再担任", today, null);
        long before = stored();
        assertThatThrownBy(() -> exchanges.record(hr, new SupervisorExchanges.NewExchange(today.plusDays(1), "SYMPOSIUM",
                "座谈", "通报执法情况", List.of(a.supervisorId())))).extracting("code").isEqualTo(SupervisorExchanges.CODE);
        assertThatThrownBy(() -> exchanges.record(hr, new SupervisorExchanges.NewExchange(today, "SYMPOSIUM", "座谈",
                "通报执法情况", List.of()))).hasMessageContaining("请选择参加交流的社会监督员");
        assertThatThrownBy(() -> exchanges.record(hr, new SupervisorExchanges.NewExchange(today, "SYMPOSIUM", "座谈",
                "通报执法情况", List.of(a.supervisorId(), gone.supervisorId())))).hasMessageContaining("交流丙");
        assertThatThrownBy(() -> exchanges.record(hr, new SupervisorExchanges.NewExchange(today, "PARTY", "座谈",
                "通报执法情况", List.of(a.supervisorId())))).hasMessageContaining("座谈交流").hasMessageNotContaining("SYMPOSIUM");
        assertThat(stored()).isEqualTo(before);
        SupervisorExchanges.Exchange e = exchanges.record(hr, new SupervisorExchanges.NewExchange(today, "SYMPOSIUM",
                "上半年执法情况通报座谈会", "通报执法检查情况，听取意见建议", List.of(a.supervisorId(), b.supervisorId())));
        assertThat(e.attendees()).extracting(SupervisorExchanges.Attendee::name).containsExactlyInAnyOrder("交流甲", "交流乙");
        assertThat(e.recorderName()).isEqualTo(hr.displayName());
        assertThat(exchanges.attendedBy(a.supervisorId())).extracting(SupervisorExchanges.Exchange::id).contains(e.id());
        assertThat(exchanges.attendedBy(gone.supervisorId())).isEmpty();
    }

    @Test
    @DisplayName("SS-08 exchanges: the page lists and filters them, the form shows every error inline, the API records one and the export is Excel")
    void pagesAndApi() throws Exception {
        SupervisorFixture fx = new SupervisorFixture(jdbc, users);
        SupervisorFixture.Agency zezhou = fx.agency("泽州县应急管理局");
        TestActors.TestActor hr = SupervisorFixture.staff(zezhou, "zz_hr_y", "personnel:read", "supervisor:manage");
        LocalDate today = LocalDate.now(clock);
        SupervisorFixture.Appointed a = fx.appointed(zezhou, "网页交流甲", today.minusMonths(3));
        long before = stored();
        String html = mvc.perform(post("/personnel/supervisors/exchanges/new").with(TestActors.as(hr)).with(csrf())
                        .param("heldOn", "2026-02-30").param("form", "SYMPOSIUM").param("topic", " ").param("summary", "情况"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("须为有效日期", "请填写此项", "请选择参加交流的社会监督员").doesNotContain("SS-08");
        assertThat(stored()).isEqualTo(before);
        mvc.perform(post("/api/v1/personnel/supervisors/exchanges").with(TestActors.as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + today + "\",\"form\":\"FIELD_VISIT\",\"topic\":\"煤矿现场观摩交流\","
                                + "\"summary\":\"观摩煤矿执法检查\",\"attendees\":[" + a.supervisorId() + "]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attendees[0].name").value("网页交流甲"));
        mvc.perform(get("/personnel/supervisors/exchanges").param("form", "FIELD_VISIT").param("q", "现场观摩")
                        .with(TestActors.as(hr)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("煤矿现场观摩交流")))
                .andExpect(content().string(containsString("网页交流甲")));
        mvc.perform(get("/personnel/supervisors/exchanges").param("form", "PARTY").with(TestActors.as(hr)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("实地观摩")));
        mvc.perform(get("/personnel/supervisors/exchanges/export").param("form", "FIELD_VISIT").with(TestActors.as(hr)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    @DisplayName("SS-08 exchanges on the list kit: sortable headers, page size, the export streams the attendees; old sort values are 400s")
    void listKit() throws Exception {
        SupervisorFixture fx = new SupervisorFixture(jdbc, users);
        SupervisorFixture.Agency zezhou = fx.agency("泽州县应急管理局");
        TestActors.TestActor hr = SupervisorFixture.staff(zezhou, "zz_hr_k", "personnel:read", "supervisor:manage");
        LocalDate today = LocalDate.now(clock);
        SupervisorFixture.Appointed a = fx.appointed(zezhou, "排序交流甲", today.minusMonths(3));
        SupervisorFixture.Appointed b = fx.appointed(zezhou, "排序交流乙", today.minusMonths(3));
        exchanges.record(hr, new SupervisorExchanges.NewExchange(today, "SYMPOSIUM", "=排序交流座谈", "情况",
                List.of(a.supervisorId(), b.supervisorId())));
        mvc.perform(get("/personnel/supervisors/exchanges").param("q", "排序交流").param("sort", "topic,asc").param("size", "50")
                        .with(TestActors.as(hr)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andExpect(content().string(containsString("exchanges/export?q=%E6%8E%92%E5%BA%8F%E4%BA%A4%E6%B5%81&amp;sort=topic,asc")));
        mvc.perform(get("/personnel/supervisors/exchanges").param("sort", "HELD_ASC").with(TestActors.as(hr)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("举办日期")));
        mvc.perform(get("/personnel/supervisors/exchanges").param("size", "200").with(TestActors.as(hr)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/personnel/supervisors/exchanges/export").param("sort", "HELD_ASC").with(TestActors.as(hr)))
                .andExpect(status().isBadRequest());
        var started = mvc.perform(get("/personnel/supervisors/exchanges/export").param("q", "排序交流").with(TestActors.as(hr)))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<java.util.Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(1).doReadSync();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(3)).isEqualTo("'=排序交流座谈");
        assertThat(rows.get(0).get(4).split("、")).containsExactlyInAnyOrder("排序交流甲", "排序交流乙");
    }
}
