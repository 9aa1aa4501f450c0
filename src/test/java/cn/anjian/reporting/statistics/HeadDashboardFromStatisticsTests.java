package cn.anjian.reporting.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.EnforcementStatistics;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 19, one mechanism for figures: the heads' home card shows the statistical table's figures, not counts of its own. */
@IntegrationTest
class HeadDashboardFromStatisticsTests {

    /** The card's figures (as {@code HeadDashboardController.KEY_FIGURES}). */
    static final List<String> KEYS = List.of("inspections.special", "inspections.patrol", "penalties.opened", "penalties.closed",
            "penalties.fines", "complaints.reports");

    @Autowired JdbcClient jdbc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired EnforcementStatistics statistics;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    @Test
    @DisplayName("STAT-09 each figure of the heads' card equals the statistics table's figure for the head's county and this year (31 December of last year out) and links to the same drill-down, which lists the records")
    void cardEqualsTable() throws Exception {
        StatisticsWorld w = new StatisticsWorld(jdbc, jurisdictions, agencies);
        int year = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
        long opened = w.caseOf("PENALTY", "ANNUAL_PLAN", LocalDate.of(year, 3, 15), LocalDate.of(year, 5, 1));
        long lastYear = w.caseOf("PENALTY", "ANNUAL_PLAN", LocalDate.of(year - 1, 12, 31), null);
        w.decision(opened, "PENALTY_DECISION", new BigDecimal("3500.00"), null, LocalDate.of(year, 4, 2));
        w.caseOf("INSPECTION", "ANNUAL_PLAN", LocalDate.of(year, 2, 10), null);
        w.submission("PUBLIC_PORTAL", "COMPLAINT", LocalDate.of(year, 1, 20), null, null);
        TestActor head = new TestActor(990_201, "dash-head", "看板局长", w.countyAgency.id(), w.countyAgency.name(), null,
                w.county.id(), new Scope(w.county.path()), Set.of("dashboard:head", "statistics:read", "home:view"));

        String card = mvc.perform(get("/reporting/dashboard/head").with(TestActors.as(head))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        StatTable table = statistics.table(w.county.id(), StatPeriod.year(year));
        assertThat(table.value("penalties.opened")).isEqualByComparingTo("1");
        assertThat(table.value("penalties.fines")).isEqualByComparingTo("3500");
        assertThat(table.value("inspections.patrol")).isEqualByComparingTo("1");
        for (String key : KEYS) {
            String link = table.recordsLink(key).replace("&", "&amp;");
            Matcher m = Pattern.compile("href=\"" + Pattern.quote(link) + "\".*?class=\"h2 mb-0\">([^<]*)<", Pattern.DOTALL).matcher(card);
            assertThat(m.find()).as(key + " on the card, linked to " + link).isTrue();
            assertThat(new BigDecimal(m.group(1))).as(key).isEqualByComparingTo(table.value(key));
        }
        assertThat(card).doesNotContain("/cases?from=");

        String records = mvc.perform(get(table.recordsLink("penalties.opened")).with(TestActors.as(head))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(records).contains(number(opened)).doesNotContain(number(lastYear));
    }

    private String number(long caseId) {
        return jdbc.sql("SELECT case_number FROM enf_case WHERE id = :c").param("c", caseId).query(String.class).single();
    }
}
