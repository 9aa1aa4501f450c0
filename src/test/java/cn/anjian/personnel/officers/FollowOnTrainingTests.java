package cn.anjian.personnel.officers;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonnelFixtures;
import cn.anjian.personnel.PostStatus;
import cn.anjian.personnel.officers.FollowOnReports.FollowOnRow;
import cn.anjian.personnel.officers.FollowOnReports.Gap;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** OFF-09: follow-on training shortfalls (after probation; certificate holders' yearly update exam), listed like OFF-02. */
@IntegrationTest
class FollowOnTrainingTests {

    @Autowired People people;
    @Autowired OfficerService officers;
    @Autowired OfficerFixtures fixtures;
    @Autowired FollowOnReports reports;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    TestActor zz;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2025, 3, 4, 10, 0));
        zz = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    private long onPost(String name, LocalDate hired) {
        long id = people.create(zz, NewPerson.basic(name, IdCards.next(true), "13800003333")).id();
        officers.register(zz, id, new NewOfficer(null, hired, PostStatus.ON_POST, DAY.minusDays(1)));
        return id;
    }

    private List<Long> listed(Gap gap, String name) {
        return reports.list(zz, new FollowOnReports.Filter(2025, gap, name), FollowOnReports.SORT.defaults(), 0, 100).items().stream()
                .map(FollowOnRow::personId).toList();
    }

    @Test
    @DisplayName("OFF-09 probation of 12 months: hired 12 months ago is listed (period ended today), a day later not; the public-law and ethics training clears it")
    void afterProbation() {
        long ended = onPost("试用期满甲", DAY.minusMonths(12));
        long running = onPost("试用期满乙", DAY.minusMonths(12).plusDays(1));
        assertThat(listed(Gap.PROBATION, "试用期满")).contains(ended).doesNotContain(running);
        officers.addTraining(zz, ended, new NewTraining("公共法律知识和职业素养培训", TrainingKind.PUBLIC_LAW, new BigDecimal("16"),
                DAY.minusDays(3), DAY.minusDays(2), true, ExamResult.NONE));
        assertThat(listed(Gap.PROBATION, "试用期满")).doesNotContain(ended);
    }

    @Test
    @DisplayName("OFF-09 a certificate holder without the year's passed public-law update exam is listed; a failed one still listed, a passed one clears it")
    void updateExam() {
        long id = people.create(zz, NewPerson.basic("更新培训丙", IdCards.next(true), "13800003333")).id();
        fixtures.certify(zz, id, DAY, "晋执F" + id);
        officers.changePost(zz, id, officers.get(zz, id).version(), PostStatus.ON_POST, DAY, null);
        long uncertified = onPost("更新培训丁", DAY.minusMonths(2));
        assertThat(listed(Gap.UPDATE, "更新培训")).contains(id).doesNotContain(uncertified);
        officers.addTraining(zz, id, new NewTraining("公共法律知识更新培训", TrainingKind.LAW_UPDATE, new BigDecimal("8"),
                DAY.minusDays(2), DAY.minusDays(2), true, ExamResult.FAILED, null, new BigDecimal("55"), null));
        assertThat(listed(Gap.UPDATE, "更新培训")).contains(id);
        officers.addTraining(zz, id, new NewTraining("公共法律知识更新培训（补考）", TrainingKind.LAW_UPDATE, new BigDecimal("8"),
                DAY.minusDays(1), DAY.minusDays(1), true, ExamResult.PASSED, null, new BigDecimal("81"), null));
        assertThat(listed(null, "更新培训")).doesNotContain(id);
    }

    @Test
    @DisplayName("OFF-09 the page filters and paginates, the Excel export lists the same rows, a bad filter is a 400")
    void pageAndExport() throws Exception {
        onPost("=导出缺项戊", DAY.minusYears(2));
        mvc.perform(get("/personnel/officers/follow-on").param("gap", "PROBATION").param("name", "导出缺项")
                        .with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("导出缺项戊")))
                .andExpect(content().string(containsString("未参加公共法律知识和职业素养培训")))
                .andExpect(content().string(not(containsString("PROBATION\">"))));
        mvc.perform(get("/personnel/officers/follow-on").param("gap", "WRONG").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("缺项")));
        var started = mvc.perform(get("/personnel/officers/follow-on/export").param("name", "导出缺项").with(TestActors.as(zz)))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(1).doReadSync();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).isEqualTo("'=导出缺项戊");
        mvc.perform(get("/api/v1/personnel/officers/follow-on").param("name", "导出缺项").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("导出缺项戊")));
    }
}
