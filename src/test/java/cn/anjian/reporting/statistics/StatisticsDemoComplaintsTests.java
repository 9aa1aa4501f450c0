package cn.anjian.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.StatPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 19: the demo's public complaints of 泽州县 make its statistics' complaint figures real, each linked to its record. */
@IntegrationTest
class StatisticsDemoComplaintsTests {

    @Autowired JdbcClient jdbc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired StatisticsEngine engine;
    @Autowired Clock clock;

    @Test
    @DisplayName("STAT-05 demo: 泽州县's portal complaints are in every state, and its statistics count consultations, reports, accepted and handled with links to them")
    void zezhouComplaints() {
        List<String> states = jdbc.sql("""
                SELECT DISTINCT s.status FROM cmp_submission s JOIN org_agency_view a ON a.id = s.agency_id
                JOIN org_jurisdiction_view j ON j.id = a.jurisdiction_id
                WHERE s.channel = 'PUBLIC_PORTAL' AND j.code = '140525' AND s.title = ANY(CAST(:t AS text[]))""")
                .param("t", new String[] {"某企业夜间违规进行动火作业", "检查人员未出示证件", "烟花爆竹非法储存", "企业未配备劳动防护用品"})
                .query(String.class).list();
        assertThat(states).containsExactlyInAnyOrder("ANSWERED", "DECLINED", "ACCEPTED", "SUBMITTED");

        Jurisdiction zz = jurisdictions.findByCode("140525").orElseThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        // the demo's last 12 days, and apart from them its 45..170 days before today, each hold every kind of figure
        StatPeriod period = StatPeriod.year(today.getDayOfYear() > 12 ? today.getYear() : today.getYear() - 1);
        for (String key : List.of("complaints.consultations", "complaints.reports", "complaints.accepted", "complaints.handled")) {
            BigDecimal v = engine.table(zz.id(), period).value(key);
            assertThat(v).as(key).isPositive();
            var rows = engine.records(zz, period, engine.figure(key), StatisticsEngine.SORT.parse(null), 0, 100).items();
            assertThat(rows).as(key).isNotEmpty().allSatisfy(r -> assertThat(r.link()).startsWith("/complaints/submissions/"));
        }
    }
}
