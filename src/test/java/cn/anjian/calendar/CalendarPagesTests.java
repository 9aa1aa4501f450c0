package cn.anjian.calendar;

import cn.anjian.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.calendar.internal.HolidayStore;
import cn.anjian.calendar.internal.OverdueScan;
import cn.anjian.kernel.Zones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CalendarPagesTests {

    // two sibling counties under one city, on paths no other test uses
    static final String CITY = "/1/777/";
    static final String COUNTY_A = "/1/777/7001/";
    static final String COUNTY_B = "/1/777/7002/";
    static final TestActors.TestActor OFFICER_A = new TestActors.TestActor(1701, "officer-a", "officer-a", 1, "测试机构", 11L,
            7001, new cn.anjian.kernel.Scope(COUNTY_A),
            java.util.Set.of("calendar:read", "deadline:read", "deadline:read-scope", "deadline:manage", "home:view"));
    static final TestActors.TestActor READER_B = TestActors.actor("reader-b", 7002, COUNTY_B, "deadline:read", "deadline:read-scope");
    static final TestActors.TestActor CITY_READER = TestActors.actor("city", 777, CITY, "deadline:read", "deadline:read-scope");
    static final TestActors.TestActor ADMIN = TestActors.actor("sysadmin", 1, "/1/", "calendar:manage");

    @Autowired
    MockMvc mvc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    OverdueScan scan;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HolidayStore store;

    String subjectA;
    String subjectB;
    DeadlineId idA;
    DeadlineId idB;

    static Instant bj(String t) {
        return LocalDateTime.parse(t).atZone(Zones.SHANGHAI).toInstant();
    }

    @BeforeEach
    void twoCounties() {
        clock.set(LocalDateTime.parse("2024-09-27T10:00"));
        subjectA = "A-" + UUID.randomUUID();
        subjectB = "B-" + UUID.randomUUID();
        idA = deadlines.open(new NewDeadline("case", subjectA, "PUB-06", OFFICER_A.userId(), 11L, 7001, COUNTY_A,
                Period.workingDays(1), bj("2024-09-27T10:00"), "公示：" + subjectA));
        idB = deadlines.open(new NewDeadline("case", subjectB, "PUB-06", null, 12L, 7002, COUNTY_B,
                Period.workingDays(1), bj("2024-09-27T10:00"), "公示：" + subjectB));
        clock.set(LocalDateTime.parse("2024-10-08T09:00"));
        scan.scan(); // both overdue now
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        jdbc.sql("delete from cal_deadline_suspension where deadline_id in (select id from cal_deadline where scope_path like '/1/777/%')").update();
        jdbc.sql("delete from cal_deadline where scope_path like '/1/777/%'").update();
        jdbc.sql("delete from cal_day where source_year = 2027 or date >= '2027-01-01'").update();
        jdbc.sql("delete from cal_year where year = 2027").update();
        store.changed();
    }

    @Test
    @DisplayName("CAL-06 ORG-03 a county actor does not see another county's deadlines through the API; the city sees both")
    void apiScope() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadlines").with(TestActors.as(OFFICER_A))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].subjectId").value(subjectA))
                .andExpect(jsonPath("$.items[0].state").value("OVERDUE"));
        mvc.perform(get("/api/v1/calendar/deadlines?jurisdictionId=7002").with(TestActors.as(OFFICER_A)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/calendar/deadlines?state=OVERDUE&ruleId=PUB-06").with(TestActors.as(CITY_READER)))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/calendar/deadlines?unitId=12").with(TestActors.as(CITY_READER)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].subjectId").value(subjectB));
        mvc.perform(get("/api/v1/calendar/deadlines?state=MET").with(TestActors.as(CITY_READER)))
                .andExpect(jsonPath("$.total").value(0));
        for (String bad : new String[] {"state=LATE", "unitId=abc", "jurisdictionId=-3", "page=-1", "page=x"}) {
            mvc.perform(get("/api/v1/calendar/deadlines?" + bad).with(TestActors.as(CITY_READER)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("BAD-PARAMETER"));
        }
    }

    @Test
    @DisplayName("CAL-06 ORG-03 the deadline page lists the actor's scope only, highlights overdue rows with days overdue")
    void pageScope() throws Exception {
        mvc.perform(get("/calendar/deadlines").with(TestActors.as(OFFICER_A))).andExpect(status().isOk())
                .andExpect(content().string(containsString(subjectA)))
                .andExpect(content().string(not(containsString(subjectB))))
                .andExpect(content().string(containsString("table-danger")))
                .andExpect(content().string(containsString("逾期 9 天"))); // due 09-29, now 10-08
        mvc.perform(get("/calendar/deadlines").with(TestActors.as(READER_B)))
                .andExpect(content().string(containsString(subjectB)))
                .andExpect(content().string(not(containsString(subjectA))))
                .andExpect(content().string(not(containsString("中止理由")))); // no deadline:manage → no actions
        mvc.perform(get("/calendar/deadlines?dueFrom=2024-09-29&dueTo=2024-09-29").with(TestActors.as(CITY_READER)))
                .andExpect(content().string(containsString(subjectA))).andExpect(content().string(containsString(subjectB)));
        mvc.perform(get("/calendar/deadlines?dueFrom=2024-09-30").with(TestActors.as(CITY_READER)))
                .andExpect(content().string(not(containsString(subjectA))));
        // bad filters: the page shows the message, never a 500
        mvc.perform(get("/calendar/deadlines?dueFrom=2026-02-30&unitId=abc").with(TestActors.as(CITY_READER)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("2026-02-30")));
        mvc.perform(get("/calendar/deadlines").with(TestActors.as(ADMIN))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("CAL-06 the deadline page counts as its API: past 1,000 deadlines the pager says 1000 条以上 and pages on while a page is full; the export has every row")
    void cappedCount() throws Exception {
        String scope = "/1/779/7009/";
        String columns = jdbc.sql("""
                        select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                        where table_name = 'cal_deadline' and column_name not in ('id', 'scope_path', 'subject_id')""")
                .query(String.class).single();
        jdbc.sql("insert into cal_deadline (" + columns + ", scope_path, subject_id) select " + columns
                        + ", :scope, subject_id || '-' || g from cal_deadline, generate_series(1, 1005) g where id = :id")
                .param("scope", scope).param("id", idA.value()).update();
        var reader = TestActors.actor("capped-reader", 7009, scope, "deadline:read", "deadline:read-scope");
        mvc.perform(get("/calendar/deadlines").with(TestActors.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第 1 页，1000 条以上")))
                .andExpect(content().string(containsString("共 <span>1000</span> 项以上")))
                .andExpect(content().string(containsString("href=\"/calendar/deadlines?page=1\">下一页</a>")));
        mvc.perform(get("/calendar/deadlines?page=50").with(TestActors.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第 51 页，1000 条以上")))
                .andExpect(content().string(containsString("<span class=\"page-link\" aria-disabled=\"true\">下一页</span>")));
        assertThat(cn.anjian.ExportDownloads.rows(mvc, get("/calendar/deadlines/export").with(TestActors.as(reader)))).hasSize(1005);
    }

    @Test
    @DisplayName("CAL-06 panels: overdue in scope (htmx fragment, no layout) and my open deadlines, by title without rule IDs")
    void panels() throws Exception {
        mvc.perform(get("/calendar/deadlines/panel").with(TestActors.as(OFFICER_A))).andExpect(status().isOk())
                .andExpect(content().string(containsString(subjectA)))
                .andExpect(content().string(not(containsString(subjectB))))
                .andExpect(content().string(not(containsString("navbar"))))
                .andExpect(content().string(containsString("/calendar/deadlines?state=OVERDUE")))
                .andExpect(content().string(not(containsString("PUB-06")))); // the home page shows no rule IDs
        mvc.perform(get("/calendar/deadlines/mine-panel").with(TestActors.as(OFFICER_A))).andExpect(status().isOk())
                .andExpect(content().string(containsString(subjectA)))
                .andExpect(content().string(not(containsString("PUB-06"))));
        mvc.perform(get("/calendar/deadlines/mine-panel").with(TestActors.as(READER_B)))
                .andExpect(content().string(not(containsString(subjectB)))); // B's deadline has no owner user
    }

    @Test
    @DisplayName("CAL-04 CAL-06 page actions: waive without reason refused, other county's deadline answers 404, met late recorded")
    void pageActions() throws Exception {
        mvc.perform(post("/calendar/deadlines/" + idA.value() + "/waive").param("reason", " ")
                        .with(TestActors.as(OFFICER_A)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", containsString("豁免理由不能为空")));
        assertThat(deadlines.find(idA).orElseThrow().state()).isEqualTo(DeadlineState.OVERDUE);

        mvc.perform(post("/calendar/deadlines/" + idB.value() + "/met").with(TestActors.as(OFFICER_A)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(deadlines.find(idB).orElseThrow().state()).isEqualTo(DeadlineState.OVERDUE);
        mvc.perform(post("/calendar/deadlines/abc/met").with(TestActors.as(OFFICER_A)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/calendar/deadlines/" + idB.value() + "/met").with(TestActors.as(READER_B)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/calendar/deadlines/" + idA.value() + "/met").param("back", "https://evil.example/")
                        .with(TestActors.as(OFFICER_A)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/calendar/deadlines"));
        DeadlineView a = deadlines.find(idA).orElseThrow();
        assertThat(a.state()).isEqualTo(DeadlineState.MET);
        assertThat(a.wasOverdue()).isTrue();

        // suspend and resume from the page
        DeadlineId c = deadlines.open(new NewDeadline("case", subjectA + "-c", "LR-11", null, 11L, 7001, COUNTY_A,
                Period.workingDays(10), bj("2024-10-08T09:00")));
        mvc.perform(post("/calendar/deadlines/" + c.value() + "/suspend").param("reason", "等待补正材料")
                .with(TestActors.as(OFFICER_A)).with(csrf())).andExpect(flash().attributeExists("flashMessage"));
        assertThat(deadlines.find(c).orElseThrow().suspended()).isTrue();
        clock.set(LocalDateTime.parse("2024-10-10T09:00"));
        mvc.perform(post("/calendar/deadlines/" + c.value() + "/resume").with(TestActors.as(OFFICER_A)).with(csrf()))
                .andExpect(flash().attributeExists("flashMessage"));
        // 10 WD from 10-08 = 10-21 (Sat 10-12 is worked); suspended 10-08, 10-09 (2 WD) → 10-23
        assertThat(deadlines.find(c).orElseThrow().dueDate()).hasToString("2024-10-23");
    }

    @Test
    @DisplayName("CAL-01 the holiday calendar is province-wide: a county administrator with calendar:manage is refused 403 on the API and the page, before validation, nothing stored")
    void countyAdministratorCannotChangeCalendar() throws Exception {
        TestActors.TestActor countyAdmin = TestActors.actor("county-sys", 7001, COUNTY_A, "calendar:manage");
        String year = "{\"year\":2031,\"papers\":[\"https://www.gov.cn/x.htm\"],\"days\":[{\"name\":\"元旦\",\"date\":\"2031-01-01\",\"offDay\":true}]}";
        mvc.perform(put("/api/v1/calendar/years/2031").contentType(MediaType.APPLICATION_JSON).content(year)
                        .with(TestActors.as(countyAdmin)).with(csrf()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("CAL-PROVINCE-ONLY"));
        mvc.perform(put("/api/v1/calendar/years/2031").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(TestActors.as(countyAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/calendar/holidays/2031/days").param("date", "2031-01-01").param("name", "元旦").param("offDay", "true")
                        .with(TestActors.as(countyAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from cal_year where year = 2031").query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("CAL-01 holiday page: month grid, inline refusal of a bad day with nothing stored, add + confirm makes 2027 computable")
    void holidayPage() throws Exception {
        mvc.perform(get("/calendar/holidays?year=2024").with(TestActors.as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("国庆节")))
                .andExpect(content().string(containsString("cal-grid")));
        mvc.perform(get("/calendar/holidays?year=abc").with(TestActors.as(ADMIN))).andExpect(status().isBadRequest());
        mvc.perform(get("/calendar/holidays").with(TestActors.as(OFFICER_A))).andExpect(status().isForbidden());

        // a weekday cannot be an adjusted working day; an impossible date is refused
        mvc.perform(post("/calendar/holidays/2027/days").param("date", "2027-01-05").param("name", "元旦").param("offDay", "false")
                        .with(TestActors.as(ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能登记为调休上班日")));
        mvc.perform(post("/calendar/holidays/2027/days").param("date", "2027-02-30").param("name", "春节").param("offDay", "true")
                        .with(TestActors.as(ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("2027-02-30")));
        mvc.perform(post("/calendar/holidays/2027/json").param("json", "{oops").with(TestActors.as(ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不是有效的年度安排 JSON")));
        assertThat(jdbc.sql("select count(*) from cal_year where year = 2027").query(Integer.class).single()).isZero();

        mvc.perform(post("/calendar/holidays/2027/confirm").with(TestActors.as(ADMIN)).with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("尚未录入任何节假日")));
        mvc.perform(post("/calendar/holidays/2027/days").param("date", "2027-01-01").param("name", "元旦").param("offDay", "true")
                        .with(TestActors.as(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/calendar/days/2027-01-01").with(TestActors.as(OFFICER_A)))
                .andExpect(status().isUnprocessableContent()); // a draft year is not yet computable
        mvc.perform(post("/calendar/holidays/2027/confirm").with(TestActors.as(ADMIN)).with(csrf()))
                .andExpect(flash().attributeExists("flashMessage"));
        mvc.perform(get("/api/v1/calendar/days/2027-01-01").with(TestActors.as(OFFICER_A)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.workingDay").value(false));
        mvc.perform(post("/calendar/holidays/2027/days/2027-01-01/delete").with(TestActors.as(ADMIN)).with(csrf()))
                .andExpect(flash().attributeExists("flashMessage"));
        mvc.perform(get("/api/v1/calendar/days/2027-01-01").with(TestActors.as(OFFICER_A)))
                .andExpect(jsonPath("$.workingDay").value(true));
    }
}
