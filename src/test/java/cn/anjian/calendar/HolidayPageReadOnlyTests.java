package cn.anjian.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 13 (finding 1, the page side): the holiday page shows its edit forms only to who may write the calendar. */
@IntegrationTest
class HolidayPageReadOnlyTests {

    static final TestActors.TestActor PROVINCE_ADMIN = TestActors.actor("sx-admin", 1, "/1/", "calendar:manage");
    static final TestActors.TestActor COUNTY_ADMIN = TestActors.actor("county-admin", 7003, "/1/777/7003/", "calendar:manage");

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("CAL-PROVINCE-ONLY a county system administrator sees the holiday calendar read-only: no add, paste, confirm or delete form")
    void countyAdminReadsOnly() throws Exception {
        mvc.perform(get("/calendar/holidays?year=2099").with(TestActors.as(COUNTY_ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"calendar-read-only\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"day-form\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"json-form\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/calendar/holidays/2099/"))));
        // a year with days: the table is there, its delete buttons are not
        mvc.perform(get("/calendar/holidays?year=2024").with(TestActors.as(COUNTY_ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("国庆节")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/delete"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("holiday-edit-forms"))));
    }

    @Test
    @DisplayName("CAL-PROVINCE-ONLY a province system administrator gets the add, paste and delete forms")
    void provinceAdminEdits() throws Exception {
        mvc.perform(get("/calendar/holidays?year=2024").with(TestActors.as(PROVINCE_ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"day-form\"")))
                .andExpect(content().string(Matchers.containsString("id=\"json-form\"")))
                .andExpect(content().string(Matchers.containsString("/delete")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"calendar-read-only\""))));
    }
}
