package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CASE-14 / CASE-15 on the case page and the API: forms, inline errors, 4xx for bad input, scope. */
@IntegrationTest
class CoercionWebTests {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired DecisionStageCases stages;
    @Autowired CaseDocuments documents;
    @Autowired CaseDecisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    TestActor zz;

    @BeforeEach
    void setUp() {
        zz = fx.zz();
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    CaseRef investigating(CaseKind kind, String title) {
        CaseRef c = fx.open(zz, kind, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", "页面执法员甲"), fx.certifiedOfficer("140525", "页面执法员乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        return c;
    }

    @Test
    @DisplayName("CASE-14 the page registers a sealing with its list; missing goods re-render the form inline (400); the API lists it; other counties get 404")
    void sealingOnThePage() throws Exception {
        CaseRef c = investigating(CaseKind.COERCIVE, "页面查封测试");
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("先行登记保存与查封、扣押")))
                .andExpect(content().string(not(containsString("SEAL\">查封</span>"))));
        String today = LocalDate.now(clock).toString();
        mvc.perform(post("/cases/" + c.id() + "/seizures").with(csrf()).with(TestActors.as(zz)).param("measure", "SEAL")
                        .param("startedOn", today).param("place", "二号仓库").param("reason", "重大事故隐患"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写物品清单")))
                .andExpect(content().string(containsString("coercion-error")));
        mvc.perform(post("/cases/" + c.id() + "/seizures").with(csrf()).with(TestActors.as(zz)).param("measure", "SEAL")
                        .param("startedOn", "2026-02-30").param("place", "").param("reason", "隐患"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/cases/" + c.id() + "/seizures").with(csrf()).with(TestActors.as(zz)).param("measure", "SEAL")
                        .param("startedOn", today).param("place", "二号仓库").param("reason", "重大事故隐患")
                        .param("goodsName", "电焊机", "").param("goodsQuantity", "2 台", "").param("goodsPlace", "二号仓库", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("电焊机 2 台（二号仓库）")))
                .andExpect(content().string(containsString("申请延长三十日")));
        mvc.perform(get("/api/v1/cases/" + c.id() + "/seizures").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].measureLabel").value("查封")).andExpect(jsonPath("$[0].items[0].name").value("电焊机"));
        mvc.perform(post("/api/v1/cases/" + c.id() + "/seizures").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measure\":\"BURN\",\"startedOn\":\"" + today + "\",\"place\":\"x\",\"reason\":\"y\",\"items\":[]}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(not(containsString("SEIZE"))));
        mvc.perform(get("/api/v1/cases/" + c.id() + "/seizures").with(TestActors.as(fx.sc()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + c.id() + "/execution").with(TestActors.as(zz))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("CASE-15 the page shows the late penalty (fine 10,000, day 34 → 10,000 元); a payment above what is owed is refused next to the section")
    void executionOnThePage() throws Exception {
        clock.set(LocalDateTime.of(2026, 9, 16, 10, 0));
        CaseRef c = investigating(CaseKind.PENALTY, "页面执行测试");
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        stages.notifiedAndWaived(zz, c.id()); // CASE-12: notice served, statement waived
        DecisionView d = decisions.issueDecision(zz, c.id(), new CaseDecision(0, DecisionKind.PENALTY, List.of(), new BigDecimal("10000"),
                null, null, "未按规定开展安全培训", "《中华人民共和国安全生产法》第九十七条", null));
        service.transition(zz, c.id(), CaseStage.SERVICE, null);
        documents.serve(zz, c.id(), d.documentId(), ServiceMethod.DIRECT, "总经理");
        clock.set(LocalDate.of(2026, 10, 8).plusDays(34).atTime(10, 0));
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("10000.00 元（逾期 34 日")))
                .andExpect(content().string(containsString("2026-10-08")));
        mvc.perform(get("/api/v1/cases/" + c.id() + "/execution").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(jsonPath("$.latePenalty").value(10000.00)).andExpect(jsonPath("$.owed").value(20000.00));
        mvc.perform(post("/cases/" + c.id() + "/execution/payments").with(csrf()).with(TestActors.as(zz))
                        .param("amount", "20000.01").param("paidOn", LocalDate.now(clock).toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("缴款金额超过应缴金额")));
        mvc.perform(post("/cases/" + c.id() + "/execution/payments").with(csrf()).with(TestActors.as(zz))
                        .param("amount", "一万").param("paidOn", LocalDate.now(clock).toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须为金额（元）")));
        mvc.perform(post("/cases/" + c.id() + "/execution/payments").with(csrf()).with(TestActors.as(zz))
                        .param("amount", "10000").param("paidOn", LocalDate.now(clock).toString()).param("receipt", "0001"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT paid_off_on FROM enf_execution WHERE case_id = :c").param("c", c.id()).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now(clock));
        mvc.perform(post("/api/v1/cases/" + c.id() + "/remedies").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"LITIGATION\",\"filedOn\":\"" + LocalDate.now(clock) + "\",\"body\":\"泽州县人民法院\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kindLabel").value("行政诉讼"));
    }
}
