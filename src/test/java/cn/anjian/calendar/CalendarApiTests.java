package cn.anjian.calendar;

import cn.anjian.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.TestActors;
import cn.anjian.calendar.internal.HolidayStore;
import cn.anjian.kernel.AuditableEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@RecordApplicationEvents
class CalendarApiTests {

    static final TestActors.TestActor READER = TestActors.actor("reader", 42, "/1/5/42/", "calendar:read", "deadline:read", "deadline:read-scope");
    static final TestActors.TestActor ADMIN = TestActors.actor("sysadmin", 1, "/1/", "calendar:manage");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HolidayStore store;
    @Autowired
    ApplicationEvents events;
    @Autowired
    cn.anjian.MutableClock clock;

    @AfterEach
    void forget2027() {
        jdbc.sql("delete from cal_day where source_year = 2027 or date >= '2027-01-01'").update();
        jdbc.sql("delete from cal_year where year = 2027").update();
        store.changed();
    }

    ResultActions getAs(TestActors.TestActor actor, String url) throws Exception {
        return mvc.perform(get(url).with(TestActors.as(actor)));
    }

    ResultActions problem(ResultActions r, int status, String code) throws Exception {
        return r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    @DisplayName("CAL-01 GET days: National Day off, adjusted Sunday 2024-09-29 worked, ordinary Tuesday without a name")
    void days() throws Exception {
        getAs(READER, "/api/v1/calendar/days/2024-10-01").andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2024-10-01"))
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.holidayName").value("国庆节"));
        getAs(READER, "/api/v1/calendar/days/2024-09-29").andExpect(jsonPath("$.workingDay").value(true))
                .andExpect(jsonPath("$.holidayName").value("国庆节"));
        getAs(READER, "/api/v1/calendar/days/2024-10-08").andExpect(jsonPath("$.workingDay").value(true))
                .andExpect(jsonPath("$.holidayName").doesNotExist());
        getAs(READER, "/api/v1/calendar/days/2026-02-14").andExpect(jsonPath("$.workingDay").value(true));
        getAs(READER, "/api/v1/calendar/days/2026-02-23").andExpect(jsonPath("$.workingDay").value(false));
    }

    @Test
    @DisplayName("CAL-01 a year without data answers 422 CAL-NO-DATA; an impossible date answers 400")
    void daysRefusals() throws Exception {
        problem(getAs(READER, "/api/v1/calendar/days/2027-01-04"), 422, "CAL-NO-DATA")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2027 年的节假日安排尚未录入")));
        problem(getAs(READER, "/api/v1/calendar/days/2026-02-30"), 400, "BAD-DATE")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026-02-30")));
        problem(getAs(READER, "/api/v1/calendar/days/tomorrow"), 400, "BAD-DATE");
        problem(getAs(TestActors.actor("nobody", 42, "/1/5/42/", "home:view"), "/api/v1/calendar/days/2024-10-01"), 403, "FORBIDDEN");
    }

    @Test
    @DisplayName("CAL-02/CAL-03 GET deadline: 5 working days from 2024-09-27 → 10-10; 3 calendar days from 09-28 → 10-08")
    void deadline() throws Exception {
        getAs(READER, "/api/v1/calendar/deadline?from=2024-09-27&workingDays=5").andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2024-09-27")).andExpect(jsonPath("$.due").value("2024-10-10"));
        getAs(READER, "/api/v1/calendar/deadline?from=2024-09-28&calendarDays=3")
                .andExpect(jsonPath("$.due").value("2024-10-08"));
        getAs(READER, "/api/v1/calendar/deadline?from=2026-02-13&workingDays=2")
                .andExpect(jsonPath("$.due").value("2026-02-24"));
    }

    @Test
    @DisplayName("CAL-02 GET deadline bad input → 400 problem+json; crossing into 2027 → 422 CAL-NO-DATA")
    void deadlineRefusals() throws Exception {
        String base = "/api/v1/calendar/deadline?";
        problem(getAs(READER, base + "from=2024-09-27&workingDays=5&calendarDays=3"), 400, "BAD-PARAMETER");
        problem(getAs(READER, base + "from=2024-09-27"), 400, "BAD-PARAMETER");
        problem(getAs(READER, base + "from=2024-09-27&workingDays=3651"), 400, "BAD-PARAMETER");
        problem(getAs(READER, base + "from=2024-09-27&workingDays=-1"), 400, "BAD-PARAMETER");
        problem(getAs(READER, base + "from=2024-09-27&calendarDays=abc"), 400, "BAD-PARAMETER");
        problem(getAs(READER, base + "from=2024-09-27&calendarDays=99999999999999999999"), 400, "BAD-PARAMETER");
        problem(getAs(READER, base + "workingDays=3"), 400, "MISSING-PARAMETER");
        problem(getAs(READER, base + "from=2026-02-30&workingDays=3"), 400, "BAD-DATE")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026-02-30")));
        problem(getAs(READER, base + "from=2026-12-28&workingDays=4"), 422, "CAL-NO-DATA");
        // 3650 is accepted as input; the answer needs years beyond the data
        problem(getAs(READER, base + "from=2024-09-27&workingDays=3650"), 422, "CAL-NO-DATA");
        getAs(READER, base + "from=2019-01-02&calendarDays=2500").andExpect(status().isOk());
    }

    static final String GOOD_2027 = """
            {"year": 2027, "papers": ["https://www.gov.cn/zhengce/example-2027.htm"],
             "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                      {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
                      {"name": "元旦", "date": "2027-01-03", "isOffDay": true},
                      {"name": "春节", "date": "2027-02-06", "isOffDay": false},
                      {"name": "春节", "date": "2027-02-08", "isOffDay": true}]}""";

    ResultActions putYear(TestActors.TestActor actor, String year, String body) throws Exception {
        return mvc.perform(put("/api/v1/calendar/years/" + year).with(TestActors.as(actor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    @DisplayName("CAL-01 admin year entry refuses bad data with nothing stored (impossible date, duplicate, weekday 调休, no name, wrong year)")
    void yearEntryRefused() throws Exception {
        String[] bad = {
                GOOD_2027.replace("2027-01-03", "2027-02-30"),
                GOOD_2027.replace("2027-01-03", "2027-01-02"),
                GOOD_2027.replace("\"2027-02-06\", \"isOffDay\": false", "\"2027-02-09\", \"isOffDay\": false"),
                GOOD_2027.replace("{\"name\": \"春节\", \"date\": \"2027-02-08\"", "{\"name\": \" \", \"date\": \"2027-02-08\""),
                GOOD_2027.replace("\"year\": 2027", "\"year\": 2028"),
                GOOD_2027.replace("2027-01-03", "2028-03-01"),
                GOOD_2027.replace("https://www.gov.cn/zhengce/example-2027.htm", "javascript:alert(1)"),
                "{\"year\": 2027, \"papers\": [], \"days\": []}",
        };
        for (String body : bad) {
            problem(putYear(ADMIN, "2027", body), 400, "CAL-YEAR-INVALID");
        }
        problem(putYear(ADMIN, "2027", "{not json"), 400, "MALFORMED-BODY");
        problem(putYear(ADMIN, "2027", GOOD_2027.replace("true}", "\"maybe\"}")), 400, "MALFORMED-BODY");
        problem(putYear(ADMIN, "99999", GOOD_2027), 400, "CAL-YEAR-INVALID");
        problem(putYear(ADMIN, "abc", GOOD_2027), 400, "BAD-PARAMETER");
        problem(putYear(READER, "2027", GOOD_2027), 403, "FORBIDDEN");
        assertThat(jdbc.sql("select count(*) from cal_year where year = 2027").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from cal_day where date >= '2027-01-01'").query(Integer.class).single()).isZero();
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().startsWith("calendar.year"))).isEmpty();
        problem(getAs(READER, "/api/v1/calendar/days/2027-01-01"), 422, "CAL-NO-DATA");
    }

    @Test
    @DisplayName("CAL-01 admin year entry with good data is audited and makes 2027 computable")
    void yearEntryAccepted() throws Exception {
        problem(getAs(READER, "/api/v1/calendar/deadline?from=2026-12-28&workingDays=4"), 422, "CAL-NO-DATA");
        putYear(ADMIN, "2027", GOOD_2027).andExpect(status().isOk())
                .andExpect(jsonPath("$.days").value(5)).andExpect(jsonPath("$.covered").value(true));
        getAs(READER, "/api/v1/calendar/days/2027-01-01").andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDay").value(false)).andExpect(jsonPath("$.holidayName").value("元旦"));
        getAs(READER, "/api/v1/calendar/days/2027-02-06").andExpect(jsonPath("$.workingDay").value(true));
        // 2026-12-29, 30, 31, then 2027-01-01..03 off, Mon 01-04
        getAs(READER, "/api/v1/calendar/deadline?from=2026-12-28&workingDays=4").andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2027-01-04"));
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("calendar.year.entered")))
                .singleElement().satisfies(e -> assertThat(e.subjectId()).isEqualTo("2027"));
        assertThat(jdbc.sql("select entered_by from cal_year where year = 2027").query(String.class).single()).isEqualTo("sysadmin");

        // replacing the year is all-or-nothing as well: a bad replacement keeps the good data
        problem(putYear(ADMIN, "2027", GOOD_2027.replace("2027-01-03", "2027-02-30")), 400, "CAL-YEAR-INVALID");
        getAs(READER, "/api/v1/calendar/days/2027-01-03").andExpect(jsonPath("$.workingDay").value(false));
    }

    @Test
    @DisplayName("CAL-01 multi-node: a change made by another node (cal_version bumped) is seen once the snapshot TTL has passed")
    void snapshotFollowsOtherNodes() {
        clock.set(java.time.LocalDateTime.parse("2026-11-23T10:00"));
        try {
            store.changed();
            assertThat(store.table().coveredYears()).doesNotContain(2027);
            // "another node" enters 2027 straight into the database
            jdbc.sql("insert into cal_year (year, covered, source, entered_by, updated_at) values (2027, true, 'test', 'node-2', now())").update();
            jdbc.sql("update cal_version set version = version + 1 where id = 1").update();
            assertThat(store.table().coveredYears()).as("within the TTL the snapshot is trusted").doesNotContain(2027);
            clock.advance(java.time.Duration.ofSeconds(31));
            assertThat(store.table().coveredYears()).contains(2027);
        } finally {
            clock.reset();
        }
    }
}
