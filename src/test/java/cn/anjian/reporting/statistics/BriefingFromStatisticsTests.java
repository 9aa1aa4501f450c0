package cn.anjian.reporting.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.StatFigure;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatTable;
import cn.anjian.reporting.briefings.Briefings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 19 item 5: the half-year briefing reads the statistical table (one source of every figure), not a second count. */
@IntegrationTest
class BriefingFromStatisticsTests {

    @Autowired JdbcClient jdbc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired StatisticsEngine engine;
    @Autowired Briefings briefings;
    @Autowired MockMvc mvc;

    @Test
    @DisplayName("SS-06 STAT-09 a briefing on a half year is prefilled with exactly the statistics table's figures of its jurisdiction and half year (30 June in, 1 July out), each linked to the same drill-down list")
    void prefilledFromTheTable() throws Exception {
        StatisticsWorld w = new StatisticsWorld(jdbc, jurisdictions, agencies);
        long lastDay = w.caseOf("PENALTY", "ANNUAL_PLAN", LocalDate.of(2026, 6, 30), null);
        w.caseOf("PENALTY", "ANNUAL_PLAN", LocalDate.of(2026, 7, 1), null);
        long early = w.caseOf("PENALTY", "COMPLAINT", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 5, 20));
        w.decision(early, "PENALTY_DECISION", new BigDecimal("4200.00"), null, LocalDate.of(2026, 4, 1));
        w.remedy(early, "RECONSIDERATION", LocalDate.of(2026, 4, 20), w.cityAgency);
        w.submission("PUBLIC_PORTAL", "CONSULTATION", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6), null);
        long person = w.officer(w.countyAgency, "通报甲");
        w.training(person, "行政处罚法培训", LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 11), 12, "PRESENT");

        TestActor office = new TestActor(990_001, "brief-office", "通报起草人", w.countyAgency.id(), w.countyAgency.name(), null,
                w.county.id(), new Scope(w.county.path()), Set.of("stat-register:read", "stat-register:manage", "statistics:read"));
        long id = briefings.ensure(w.countyAgency.id(), 2026, 1);
        briefings.prefill(office, id);
        String body = briefings.view(office, id).body();

        StatTable table = engine.table(w.county.id(), StatPeriod.parse("2026-H1"));
        assertThat(table.value("penalties.opened")).isEqualByComparingTo("2");    // 3 February and 30 June; 1 July is the next half
        assertThat(table.value("penalties.fines")).isEqualByComparingTo("4200");
        assertThat(table.value("penalties.reconsiderations-against")).isEqualByComparingTo("1");
        assertThat(table.value("training.hours")).isEqualByComparingTo("12");
        for (StatFigure f : table.figures()) {
            assertThat(body).as(f.key()).contains(f.label() + " " + f.value().stripTrailingZeros().toPlainString() + " " + f.unit());
        }
        assertThat(body).contains("立案 2 件").contains("罚款 4200 元").contains("普法宣传");

        String page = mvc.perform(get("/reporting/briefings/" + id).with(TestActors.as(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (StatFigure f : table.figures()) {
            assertThat(page).as(f.key()).contains("href=\"" + table.recordsLink(f.key()).replace("&", "&amp;") + "\"");
        }
        String records = mvc.perform(get(table.recordsLink("penalties.opened")).with(TestActors.as(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String number = jdbc.sql("SELECT case_number FROM enf_case WHERE id = :c").param("c", lastDay).query(String.class).single();
        assertThat(records).contains(number);
    }
}
