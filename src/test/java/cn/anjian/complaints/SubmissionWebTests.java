package cn.anjian.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.identity.UserAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class SubmissionWebTests {

    static final String API = "/api/v1/complaints/submissions";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    Deadlines deadlines;
    @Autowired
    MutableClock clock;
    @Autowired
    ObjectMapper json;

    SupervisorFixture fx;
    SupervisorFixture.Agency zezhou;
    SupervisorFixture.Agency shenchi;
    SupervisorFixture.Agency jincheng;
    TestActors.TestActor zzOffice;
    TestActors.TestActor scOffice;
    TestActors.TestActor jcOffice;

    @BeforeEach
    void setUp() {
        fx = new SupervisorFixture(jdbc, users);
        zezhou = fx.agency("泽州县应急管理局");
        shenchi = fx.agency("神池县应急管理局");
        jincheng = fx.agency("晋城市应急管理局");
        zzOffice = SupervisorFixture.staff(zezhou, "zz_office_t", "submission:handle");
        scOffice = SupervisorFixture.staff(shenchi, "sc_office_t", "submission:handle");
        jcOffice = SupervisorFixture.staff(jincheng, "jc_office_t", "submission:handle");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String body(String kind, String title, String content) throws Exception {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("kind", kind);
        m.put("title", title);
        m.put("content", content);
        m.put("location", "泽州县某镇");
        m.put("enterpriseName", "某煤业公司");
        return json.writeValueAsString(m);
    }

    ResultActions submit(TestActors.TestActor who, String body) throws Exception {
        return mvc.perform(post(API).with(TestActors.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long submitOk(SupervisorFixture.Appointed s, String title) throws Exception {
        String r = submit(s.actor(), body("HAZARD_CLUE", title, "井下通风设施损坏")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(r).get("id").asLong();
    }

    @Test
    @DisplayName("SS-05 a submission on 2026-09-28 is due in 15 working days across Mid-Autumn/National Day: 2026-10-23")
    void deadlineAcrossHoliday() throws Exception {
        clock.set(LocalDateTime.of(2026, 9, 28, 10, 0));
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "李建国", LocalDate.of(2026, 1, 1));
        String r = submit(s.actor(), body("VIOLATION_CLUE", "某企业未按规定培训", "详见")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.dueDate").value("2026-10-23"))
                .andReturn().getResponse().getContentAsString();
        JsonNode n = json.readTree(r);
        long deadlineId = jdbc.sql("select deadline_id from cmp_submission where id = :id").param("id", n.get("id").asLong())
                .query(Long.class).single();
        var d = deadlines.find(new DeadlineId(deadlineId)).orElseThrow();
        assertThat(d.ruleId()).isEqualTo("SS-05");
        assertThat(d.period().amount()).isEqualTo(15);
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    @DisplayName("SS-05 answer required (400, nothing changed); the answer meets the deadline and the supervisor reads it")
    void answerRequired() throws Exception {
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "王志强", LocalDate.now(clock).minusMonths(1));
        long id = submitOk(s, "执法人员态度问题");
        mvc.perform(post(API + "/" + id + "/answer").with(TestActors.as(zzOffice)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"   \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("SS-05-ANSWER"));
        mvc.perform(post(API + "/" + id + "/answer").with(TestActors.as(zzOffice)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select status from cmp_submission where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SUBMITTED");
        mvc.perform(post(API + "/" + id + "/accept").with(TestActors.as(zzOffice)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post(API + "/" + id + "/answer").with(TestActors.as(zzOffice)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"已核查并约谈相关人员。\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
        long deadlineId = jdbc.sql("select deadline_id from cmp_submission where id = :id").param("id", id).query(Long.class).single();
        assertThat(deadlines.find(new DeadlineId(deadlineId)).orElseThrow().state()).isEqualTo(DeadlineState.MET);
        mvc.perform(get(API + "/mine/" + id).with(TestActors.as(s.actor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("已核查并约谈相关人员。"));
        mvc.perform(get("/complaints/my-submissions/" + id).with(TestActors.as(s.actor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已核查并约谈相关人员。")));
    }

    @Test
    @DisplayName("SS-04 a supervisor sees only their own submissions (another's id answers 404)")
    void ownOnly() throws Exception {
        SupervisorFixture.Appointed a = fx.appointed(zezhou, "赵文斌", LocalDate.now(clock).minusMonths(2));
        SupervisorFixture.Appointed b = fx.appointed(zezhou, "孙丽娟", LocalDate.now(clock).minusMonths(2));
        long id = submitOk(a, "甲的线索-" + SupervisorFixture.next());
        mvc.perform(get(API + "/mine").with(TestActors.as(b.actor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API + "/mine/" + id).with(TestActors.as(b.actor()))).andExpect(status().isNotFound());
        mvc.perform(get("/complaints/my-submissions/" + id).with(TestActors.as(b.actor()))).andExpect(status().isNotFound());
        mvc.perform(get("/complaints/my-submissions").with(TestActors.as(a.actor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("甲的线索")));
        // a supervisor cannot use the staff list
        mvc.perform(get(API).with(TestActors.as(a.actor()))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("SS-04 my submissions on the list kit: filter by kind and words, sortable headers, page size; bad filters are 400s")
    void mineListKit() throws Exception {
        SupervisorFixture.Appointed a = fx.appointed(zezhou, "钱筛选", LocalDate.now(clock).minusMonths(2));
        String tag = "筛选线索-" + SupervisorFixture.next();
        submitOk(a, tag + "-一");
        submit(a.actor(), body("OPINION", tag + "-意见", "意见内容")).andExpect(status().isCreated());
        mvc.perform(get("/complaints/my-submissions").param("kind", "HAZARD_CLUE").param("q", tag).param("sort", "title,desc")
                        .param("size", "50").with(TestActors.as(a.actor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(tag + "-一")))
                .andExpect(content().string(not(containsString(tag + "-意见"))))
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andExpect(content().string(containsString("每页")));
        mvc.perform(get(API + "/mine").param("kind", "OPINION").param("q", tag).with(TestActors.as(a.actor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/complaints/my-submissions").param("sort", "password").with(TestActors.as(a.actor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("可排序的列")))
                .andExpect(content().string(containsString("submission-form")));
        mvc.perform(get("/complaints/my-submissions").param("status", "X").with(TestActors.as(a.actor())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/complaints/my-submissions").param("size", "7").with(TestActors.as(a.actor())))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("SS-05 staff scope: Zezhou and Jincheng see a Zezhou submission, Shenchi gets 404 (ORG-03)")
    void staffScope() throws Exception {
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "周海涛", LocalDate.now(clock).minusMonths(2));
        String title = "范围测试-" + SupervisorFixture.next();
        long id = submitOk(s, title);
        mvc.perform(get(API).param("q", title).with(TestActors.as(zzOffice))).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(API).param("q", title).with(TestActors.as(jcOffice))).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(API).param("q", title).with(TestActors.as(scOffice))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API + "/" + id).with(TestActors.as(scOffice))).andExpect(status().isNotFound());
        mvc.perform(post(API + "/" + id + "/answer").with(TestActors.as(scOffice)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"越权\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/complaints/submissions/" + id).with(TestActors.as(scOffice))).andExpect(status().isNotFound());
        mvc.perform(get("/complaints/submissions").param("q", title).with(TestActors.as(zzOffice)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));
    }

    @Test
    @DisplayName("SS-05 overdue: past the due date the submission is listed as overdue until answered")
    void overdue() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "吴秀英", LocalDate.of(2026, 1, 1));
        String title = "逾期测试-" + SupervisorFixture.next();
        long id = submitOk(s, title);
        mvc.perform(get(API).param("q", title).param("overdue", "true").with(TestActors.as(zzOffice)))
                .andExpect(jsonPath("$.total").value(0));
        clock.set(LocalDateTime.of(2026, 4, 30, 9, 0));
        mvc.perform(get(API).param("q", title).param("overdue", "true").with(TestActors.as(zzOffice)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].overdue").value(true));
        mvc.perform(get("/complaints/submissions/" + id).with(TestActors.as(zzOffice)))
                .andExpect(content().string(containsString("已逾期")));
    }

    @Test
    @DisplayName("SS-04 bad input → 4xx with a Chinese message, nothing stored")
    void badInput() throws Exception {
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "郑国华", LocalDate.now(clock).minusMonths(2));
        int before = jdbc.sql("select count(*) from cmp_submission").query(Integer.class).single();
        submit(s.actor(), body("PRAISE", "t", "c")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("SS-04-KIND"));
        submit(s.actor(), body("OPINION", "", "c")).andExpect(status().isBadRequest());
        submit(s.actor(), body("OPINION", "x".repeat(101), "c")).andExpect(status().isBadRequest());
        submit(s.actor(), "{\"kind\": [1,2]").andExpect(status().isBadRequest());
        submit(s.actor(), "").andExpect(status().isBadRequest());
        mvc.perform(get(API + "/mine/abc").with(TestActors.as(s.actor()))).andExpect(status().isBadRequest());
        mvc.perform(get(API + "/mine/99999999999").with(TestActors.as(s.actor()))).andExpect(status().isNotFound());
        mvc.perform(get(API).param("page", "-1").with(TestActors.as(zzOffice))).andExpect(status().isBadRequest());
        mvc.perform(get(API).param("status", "DONE").with(TestActors.as(zzOffice))).andExpect(status().isBadRequest());
        // a user with the permission but no appointment is refused by the rule
        TestActors.TestActor notLinked = SupervisorFixture.staff(zezhou, "nobody", "submission:create");
        submit(notLinked, body("OPINION", "t", "c")).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("SS-04"));
        assertThat(jdbc.sql("select count(*) from cmp_submission").query(Integer.class).single()).isEqualTo(before);
        // the page form re-renders with the message and what was typed
        mvc.perform(post("/complaints/my-submissions").with(TestActors.as(s.actor())).with(csrf())
                        .param("kind", "OPINION").param("title", "").param("content", "保留的内容"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("invalid-feedback d-block\">请填写此项</div>")))
                .andExpect(content().string(containsString("保留的内容")));
    }

    @Test
    @DisplayName("SS-04 page form: no kind and a too long title → 400, both errors next to their fields, the content kept, nothing stored")
    void pageFormShowsEveryError() throws Exception {
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "韩表单", LocalDate.now(clock).minusMonths(1));
        int before = jdbc.sql("select count(*) from cmp_submission").query(Integer.class).single();
        mvc.perform(post("/complaints/my-submissions").with(TestActors.as(s.actor())).with(csrf())
                        .param("kind", "").param("title", "题".repeat(101)).param("content", "保留的问题线索内容")
                        .param("location", "保留的地点"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"form-refusal\""), containsString("请更正标出的 2 处填写内容"),
                        containsString("invalid-feedback d-block\">请选择类别</div>"),
                        containsString("invalid-feedback d-block\">长度须在 0 到 100 个字之间</div>"),
                        containsString("保留的问题线索内容"), containsString("value=\"保留的地点\""))));
        assertThat(jdbc.sql("select count(*) from cmp_submission").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    @DisplayName("SS-04 a supervisor whose appointment ended can no longer submit")
    void endedSupervisor() throws Exception {
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "冯志文", LocalDate.now(clock).minusYears(4));
        submit(s.actor(), body("OPINION", "t", "c")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(not(containsString("\"id\""))));
    }
}
