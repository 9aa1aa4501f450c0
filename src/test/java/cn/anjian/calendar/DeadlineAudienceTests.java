package cn.anjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.calendar.internal.OverdueScan;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12 defect 2: external roles see only their own deadlines; actions only for the owner unit and heads. */
@IntegrationTest
class DeadlineAudienceTests {

    static final String COUNTY = "/1/778/7801/";
    static final Scope SCOPE = new Scope(COUNTY);
    static final TestActor SUPERVISOR = new TestActor(7_801_001, "sv", "监督员甲", 1, "测试机构", null, 7801, SCOPE,
            Set.of("home:view", "deadline:read", "submission:create"));
    static final TestActor INSPECTOR = new TestActor(7_801_002, "ti", "检查员乙", 1, "测试机构", null, 7801, SCOPE,
            Set.of("home:view", "deadline:read"));
    static final TestActor OFFICER_UNIT_11 = new TestActor(7_801_003, "o11", "执法员丙", 1, "测试机构", 11L, 7801, SCOPE,
            Set.of("home:view", "deadline:read", "deadline:read-scope", "deadline:manage"));
    static final TestActor OFFICER_UNIT_12 = new TestActor(7_801_004, "o12", "执法员丁", 1, "测试机构", 12L, 7801, SCOPE,
            Set.of("home:view", "deadline:read", "deadline:read-scope", "deadline:manage"));
    static final TestActor DIRECTOR = new TestActor(7_801_005, "dir", "局长戊", 1, "测试机构", 99L, 7801, SCOPE,
            Set.of("home:view", "deadline:read", "deadline:read-scope", "deadline:manage", "deadline:oversee"));

    @Autowired
    MockMvc mvc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    DeadlineQueries queries;
    @Autowired
    cn.anjian.calendar.internal.DeadlineService deadlinesService;
    @Autowired
    OverdueScan scan;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    String tag;
    DeadlineId personnel;
    DeadlineId answer;
    DeadlineId upload;

    static Instant bj(String t) {
        return LocalDateTime.parse(t).atZone(Zones.SHANGHAI).toInstant();
    }

    @BeforeEach
    void deadlines() {
        clock.set(LocalDateTime.parse("2024-09-27T10:00"));
        tag = UUID.randomUUID().toString().substring(0, 8);
        Instant start = bj("2024-09-27T10:00");
        personnel = deadlines.open(new NewDeadline("officer-post", "5", "OFF-04", null, 11L, 7801, COUNTY,
                Period.calendarDays(1), start, "调离执法岗位：张伟" + tag));
        answer = deadlines.open(new NewDeadline("submission", "9", "SS-05", null, 12L, 7801, COUNTY,
                Period.workingDays(15), start, "答复监督员意见：井口" + tag, SUPERVISOR.userId()));
        upload = deadlines.open(new NewDeadline("rec-activity", "3", "REC-07", INSPECTOR.userId(), null, 7801, COUNTY,
                Period.hours(24), start, "上传音像记录" + tag));
        clock.set(LocalDateTime.parse("2024-10-12T09:00"));
        scan.scan();
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        jdbc.sql("delete from cal_deadline_suspension where deadline_id in (select id from cal_deadline where scope_path like '/1/778/%')").update();
        jdbc.sql("delete from cal_deadline where scope_path like '/1/778/%'").update();
    }

    @Test
    @DisplayName("Issue 12 defect 2: a social supervisor sees only the answer kept for him; an inspector only his task — queries, page, panels, API")
    void externalRolesSeeOnlyTheirOwn() throws Exception {
        assertThat(queries.list(SUPERVISOR, new DeadlineQueries.Filter(List.of(), null, null, null, null, null), 0, 20).items())
                .extracting(DeadlineView::id).containsExactly(answer);
        assertThat(queries.overdue(INSPECTOR, 10)).extracting(DeadlineView::id).containsExactly(upload);
        assertThat(queries.overdueCount(SUPERVISOR)).isZero(); // the answer is not overdue yet; the personnel one is not his
        assertThat(deadlines.mine(SUPERVISOR, 10)).extracting(DeadlineView::id).containsExactly(answer);
        // the API the home page uses inherits the same audience
        assertThat(deadlines.overdue(INSPECTOR, 10)).extracting(DeadlineView::id).containsExactly(upload);
        assertThat(deadlines.overdueCount(SUPERVISOR)).isZero();
        assertThat(deadlines.overdueCount(DIRECTOR)).isEqualTo(2);
        java.time.LocalDate today = java.time.LocalDate.of(2024, 10, 12);
        assertThat(deadlines.dueCount(SUPERVISOR, today, today.plusDays(30))).isEqualTo(1);
        assertThat(deadlines.dueCount(INSPECTOR, today, today.plusDays(30))).isZero();
        // staff of the county read all three
        assertThat(queries.list(OFFICER_UNIT_12, new DeadlineQueries.Filter(List.of(), null, null, null, null, null), 0, 20).total())
                .isEqualTo(3);

        mvc.perform(get("/calendar/deadlines").with(TestActors.as(SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("井口" + tag)))
                .andExpect(content().string(not(containsString("张伟" + tag))))
                .andExpect(content().string(not(containsString("上传音像记录" + tag))));
        mvc.perform(get("/calendar/deadlines/panel").with(TestActors.as(INSPECTOR)))
                .andExpect(content().string(containsString("上传音像记录" + tag)))
                .andExpect(content().string(not(containsString("张伟" + tag))));
        mvc.perform(get("/calendar/deadlines/mine-panel").with(TestActors.as(SUPERVISOR)))
                .andExpect(content().string(containsString("井口" + tag)))
                .andExpect(content().string(not(containsString("张伟" + tag))));
        mvc.perform(get("/api/v1/calendar/deadlines").with(TestActors.as(SUPERVISOR)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(answer.value()));
        // an external role acts on nothing (no deadline:manage), and reads no one else's deadline
        mvc.perform(post("/calendar/deadlines/" + personnel.value() + "/met").with(TestActors.as(INSPECTOR)).with(csrf()))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deadlinesService.findInScope(personnel.value(), INSPECTOR))
                .isInstanceOfSatisfying(cn.anjian.kernel.BusinessException.class,
                        e -> assertThat(e.kind()).isEqualTo(cn.anjian.kernel.BusinessException.Kind.NOT_FOUND));
        assertThat(deadlines.find(personnel).orElseThrow().state()).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    @DisplayName("Issue 12 defect 2: an officer of another unit is refused 完成/中止/豁免 on a colleague's personnel deadline, nothing changed; the owner unit and a head may")
    void actionsOnlyForOwnerUnitAndHeads() throws Exception {
        mvc.perform(get("/calendar/deadlines").with(TestActors.as(OFFICER_UNIT_12))).andExpect(status().isOk())
                .andExpect(content().string(containsString("张伟" + tag)))
                .andExpect(content().string(not(containsString("/calendar/deadlines/" + personnel.value() + "/met"))))
                .andExpect(content().string(containsString("/calendar/deadlines/" + answer.value() + "/met")));
        for (String action : new String[] {"met", "suspend", "waive"}) {
            mvc.perform(post("/calendar/deadlines/" + personnel.value() + "/" + action).param("reason", "试图")
                            .with(TestActors.as(OFFICER_UNIT_12)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deadlinesService.act(OFFICER_UNIT_12, personnel.value(),
                        cn.anjian.calendar.internal.DeadlineService.Action.WAIVE, "试图"))
                .isInstanceOfSatisfying(cn.anjian.kernel.BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("CAL-DEADLINE-ACTOR");
                    assertThat(e.getMessage()).contains("只有责任科室的人员和负责人可以办理");
                });
        DeadlineView untouched = deadlines.find(personnel).orElseThrow();
        assertThat(untouched.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(untouched.suspended()).isFalse();

        mvc.perform(post("/calendar/deadlines/" + personnel.value() + "/met").with(TestActors.as(OFFICER_UNIT_11)).with(csrf()))
                .andExpect(flash().attributeExists("flashMessage"));
        assertThat(deadlines.find(personnel).orElseThrow().state()).isEqualTo(DeadlineState.MET);
        mvc.perform(post("/calendar/deadlines/" + upload.value() + "/waive").param("reason", "活动取消")
                .with(TestActors.as(DIRECTOR)).with(csrf())).andExpect(flash().attributeExists("flashMessage"));
        assertThat(deadlines.find(upload).orElseThrow().state()).isEqualTo(DeadlineState.WAIVED);
    }

    @Test
    @DisplayName("Issue 12 defect 2: the deadlines page shows the kind and its regulation and article, never the rule ID; filters by kind, sorts, page size")
    void pageShowsKindsNotRuleIds() throws Exception {
        mvc.perform(get("/calendar/deadlines").with(TestActors.as(DIRECTOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("调离执法岗位期限")))
                .andExpect(content().string(containsString("《执法人员岗前培训和持证上岗制度》第五条第（四）项")))
                .andExpect(content().string(containsString("href=\"/personnel/people/5\"")))
                .andExpect(content().string(not(containsString("OFF-04"))))
                .andExpect(content().string(not(containsString("SS-05"))))
                .andExpect(content().string(not(containsString("officer-post"))));
        mvc.perform(get("/calendar/deadlines?kind=SUPERVISOR_ANSWER&sort=start,desc&size=50").with(TestActors.as(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("井口" + tag)))
                .andExpect(content().string(not(containsString("张伟" + tag))));
        mvc.perform(get("/calendar/deadlines?size=7").with(TestActors.as(DIRECTOR))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("每页条数")));
        mvc.perform(get("/calendar/deadlines?sort=id;drop").with(TestActors.as(DIRECTOR))).andExpect(status().isBadRequest());
        mvc.perform(get("/calendar/deadlines?sort=START_DESC").with(TestActors.as(DIRECTOR))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("可排序的列")));
        mvc.perform(get("/calendar/deadlines?kind=LR11").with(TestActors.as(DIRECTOR))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("法制审核期限")));
    }

    @Test
    @DisplayName("Issue 12: the deadlines export is an Excel workbook with the page's filters, labels instead of rule IDs, and the actor's audience")
    void export() throws Exception {
        byte[] xlsx = download(get("/calendar/deadlines/export?kind=OFFICER_POST").with(TestActors.as(DIRECTOR)));
        assertThat(cells(xlsx)).contains("调离执法岗位：张伟" + tag, "调离执法岗位期限").doesNotContain("井口" + tag, "OFF-04");
        byte[] mine = download(get("/calendar/deadlines/export").with(TestActors.as(SUPERVISOR)));
        assertThat(cells(mine)).contains("答复监督员意见：井口" + tag).doesNotContain("调离执法岗位：张伟" + tag);
    }

    byte[] download(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var started = mvc.perform(request).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
                .andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    static List<String> cells(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                row.forEach(c -> out.add(c.toString()));
            }
        }
        return out;
    }
}
