package cn.anjian.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.StatPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 19: the comparison chart compares units that can have figures: the place's own agency and the staffed places below. */
@IntegrationTest
class StatisticsComparisonTests {

    static final StatPeriod YEAR = StatPeriod.year(2026);

    @Autowired JdbcClient jdbc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired StatisticsEngine engine;
    @Autowired MockMvc mvc;

    @Test
    @DisplayName("STAT-09 the comparison below a county: its own records as 本级, no bar of zeros for townships without an agency, and the page says why")
    void townshipsWithoutAgency() throws Exception {
        StatisticsWorld w = new StatisticsWorld(jdbc, jurisdictions, agencies);
        Jurisdiction province = jurisdictions.findByCode("140000").orElseThrow();
        var admin = TestActors.actor("stat-admin", province.id(), province.path(), "org:read", "org:manage");
        Jurisdiction town = jurisdictions.add(admin, w.county.id(), w.county.code() + "101", "统计测试镇甲");
        jurisdictions.add(admin, w.county.id(), w.county.code() + "102", "统计测试镇乙");
        w.caseOf("PENALTY", "ANNUAL_PLAN", LocalDate.of(2026, 5, 1), null);
        w.caseOf("PENALTY", "ANNUAL_PLAN", LocalDate.of(2026, 6, 1), null);

        var county = engine.below(w.county, YEAR, engine.figure("penalties.opened"));
        assertThat(county).extracting(StatisticsEngine.Point::label).containsExactly(w.county.name() + "本级");
        assertThat(county.get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(engine.withoutAgency(w.county)).containsExactly("统计测试镇甲", "统计测试镇乙");
        assertThat(engine.withoutAgency(w.city)).isEmpty();
        // the city: its own agency (nothing this year) and the county (2); a township is no unit of the city's comparison
        var city = engine.below(w.city, YEAR, engine.figure("penalties.opened"));
        assertThat(city).extracting(StatisticsEngine.Point::label).containsExactly(w.city.name() + "本级", w.county.name());
        assertThat(city.get(1).value()).isEqualByComparingTo(BigDecimal.valueOf(2));

        var reader = TestActors.actor("stat-reader", w.city.id(), w.city.path(), "statistics:read");
        String page = mvc.perform(get("/reporting/statistics").param("j", String.valueOf(w.county.id())).param("period", "2026")
                .with(TestActors.as(reader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("下辖 2 个行政区划（统计测试镇甲、统计测试镇乙）在本系统中未设执法机构", w.county.name() + "本级")
                .doesNotContain("&quot;统计测试镇甲&quot;");
        String cityPage = mvc.perform(get("/reporting/statistics").param("j", String.valueOf(w.city.id())).param("period", "2026")
                .with(TestActors.as(reader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cityPage).doesNotContain("未设执法机构");
        assertThat(town.path()).startsWith(w.county.path());
    }
}
