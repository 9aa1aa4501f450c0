package cn.anjian.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.capacity.CapacityEnums.BodyKind;
import cn.anjian.reporting.capacity.CapacityEnums.MemberRole;
import cn.anjian.reporting.capacity.CapacityEquipment;
import cn.anjian.reporting.capacity.CapacityIndicators;
import cn.anjian.reporting.capacity.CapacityRecords;
import cn.anjian.reporting.capacity.Indicator;
import cn.anjian.reporting.capacity.Vetoes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CAP-01..05, CAP-09, CAP-10 in 神池县 (the demo records only 泽州县, 晋城市 and the province): each indicator from its records. */
@IntegrationTest
class CapacityTests {

    static final int YEAR = 2026;

    @Autowired ActingUsers users;
    @Autowired CapacityRecords records;
    @Autowired CapacityEquipment equipment;
    @Autowired Vetoes vetoes;
    @Autowired CapacityIndicators indicators;
    @Autowired Jurisdictions jurisdictions;
    @Autowired JdbcClient jdbc;

    Actor hr() {
        return users.actor("sc_hr").orElseThrow();
    }

    Jurisdiction shenchi() {
        return jurisdictions.findByCode("140927").orElseThrow();
    }

    Map<Indicator, CapacityIndicators.Cell> cells() {
        return indicators.cells(hr(), shenchi(), YEAR).stream().collect(Collectors.toMap(CapacityIndicators.Cell::indicator, Function.identity()));
    }

    @AfterEach
    void clean() {
        String p = shenchi().path() + "%";
        jdbc.sql("DELETE FROM rep_member WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM rep_funding WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM rep_body WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM rep_officer_capacity WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM rep_workstation WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM rep_veto_person WHERE veto_id IN (SELECT id FROM rep_veto WHERE scope_path LIKE :p)").param("p", p).update();
        jdbc.sql("DELETE FROM rep_veto WHERE scope_path LIKE :p").param("p", p).update();
    }

    long department(String name, boolean key) {
        return records.addBody(hr(), shenchi().id(), BodyKind.DEPARTMENT, name, key);
    }

    void leaders(long body, int withBackground, int without) {
        for (int i = 0; i < withBackground; i++) {
            records.addMember(hr(), body, MemberRole.LEADER, "甲" + i, "副局长", true, "安全工程专业");
        }
        for (int i = 0; i < without; i++) {
            records.addMember(hr(), body, MemberRole.LEADER, "乙" + i, "副局长", false, null);
        }
    }

    @Test
    @DisplayName("CAP-10 nothing recorded is red with an explanation, never green; each cell links to its records")
    void empty() {
        CapacityIndicators.Cell leadership = cells().get(Indicator.LEADERSHIP);
        assertThat(leadership.green()).isFalse();
        assertThat(leadership.explanation()).contains("尚未登记");
        assertThat(leadership.drillUrl()).startsWith("/reporting/capacity/bodies?j=" + shenchi().id());
    }

    @Test
    @DisplayName("CAP-01 a department with 1 of 5 leaders with a background meets 20%, one with 1 of 6 does not (named in the explanation)")
    void leadership() {
        long a = department("神池县交通运输局", false);
        leaders(a, 1, 4);
        assertThat(cells().get(Indicator.LEADERSHIP).green()).isTrue();
        long b = department("神池县住房和城乡建设局", false);
        leaders(b, 1, 5);
        CapacityIndicators.Cell c = cells().get(Indicator.LEADERSHIP);
        assertThat(c.green()).isFalse();
        assertThat(c.value()).isEqualTo("达标 1/2");
        assertThat(c.explanation()).contains("神池县住房和城乡建设局（1/6，16.66%）").doesNotContain("交通运输局（");
    }

    @Test
    @DisplayName("CAP-02 key departments need 2 safety staff, townships 3 emergency staff, villages 1 cadre: one short is red, at the minimum green")
    void staffing() {
        long key = department("神池县工业和信息化局", true);
        records.addMember(hr(), key, MemberRole.SAFETY_STAFF, "丙", "科员", false, null);
        assertThat(cells().get(Indicator.KEY_DEPARTMENT_STAFF).green()).isFalse();
        records.addMember(hr(), key, MemberRole.SAFETY_STAFF, "丁", "科员", false, null);
        assertThat(cells().get(Indicator.KEY_DEPARTMENT_STAFF).green()).isTrue();
        long town = records.addBody(hr(), shenchi().id(), BodyKind.TOWNSHIP, "龙泉镇应急管理办公室", false);
        records.addMember(hr(), town, MemberRole.EMERGENCY_STAFF, "戊", null, false, null);
        records.addMember(hr(), town, MemberRole.EMERGENCY_STAFF, "己", null, false, null);
        assertThat(cells().get(Indicator.TOWNSHIP_STAFF).green()).isFalse();
        records.addMember(hr(), town, MemberRole.EMERGENCY_STAFF, "庚", null, false, null);
        assertThat(cells().get(Indicator.TOWNSHIP_STAFF).green()).isTrue();
        long village = records.addBody(hr(), shenchi().id(), BodyKind.VILLAGE, "东关村委会", false);
        assertThat(cells().get(Indicator.VILLAGE_CADRES).green()).isFalse();
        records.addMember(hr(), village, MemberRole.CADRE, "辛", "村委委员", false, null);
        assertThat(cells().get(Indicator.VILLAGE_CADRES).green()).isTrue();
        assertThatThrownBy(() -> records.addMember(hr(), village, MemberRole.LEADER, "壬", null, false, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("CAP-MEMBER-ROLE"));
    }

    @Test
    @DisplayName("CAP-03/CAP-04 of the county's officers, qualified ≥ 75% is green and every officer equipped; one without a recorder is red")
    void officers() {
        long total = jdbc.sql("SELECT count(*) FROM off_officer WHERE scope_path LIKE :p").param("p", shenchi().path() + "%")
                .query(Long.class).single();
        List<String> names = jdbc.sql("SELECT name FROM off_officer WHERE scope_path LIKE :p ORDER BY name").param("p", shenchi().path() + "%")
                .query(String.class).list();
        assertThat(total).isEqualTo(names.size()).isPositive();
        int needed = (int) ((total * 3 + 3) / 4); // the fewest officers making 75 %
        for (int i = 0; i < names.size(); i++) {
            boolean qualified = i < needed;
            equipment.recordOfficer(hr(), names.get(i), null,
                    new CapacityEquipment.OfficerCapacity(qualified, false, false, true, i != 0, true));
        }
        Map<Indicator, CapacityIndicators.Cell> c = cells();
        assertThat(c.get(Indicator.QUALIFIED_OFFICERS).green()).isTrue();
        assertThat(c.get(Indicator.OFFICER_EQUIPMENT).green()).isFalse();
        equipment.recordOfficer(hr(), names.get(needed - 1), null, new CapacityEquipment.OfficerCapacity(false, false, false, true, true, true));
        assertThat(cells().get(Indicator.QUALIFIED_OFFICERS).green()).isFalse();
        equipment.recordOfficer(hr(), names.get(0), null, new CapacityEquipment.OfficerCapacity(needed > 1, false, false, true, true, true));
        assertThat(cells().get(Indicator.OFFICER_EQUIPMENT).green()).isTrue();
        assertThat(cells().get(Indicator.WORKSTATIONS).green()).isFalse();
        equipment.addWorkstation(hr(), "执法监督股", LocalDate.of(2026, 1, 5));
        assertThat(cells().get(Indicator.WORKSTATIONS).green()).isTrue();
    }

    @Test
    @DisplayName("CAP-05 a key department's 199,999.99 yuan is red, 200,000 green; funding of a department that is not key is refused")
    void funding() {
        long key = department("神池县应急管理局执法大队", true);
        records.recordFunding(hr(), key, YEAR, new BigDecimal("199999.99"), "县财政");
        assertThat(cells().get(Indicator.FUNDING).green()).isFalse();
        records.recordFunding(hr(), key, YEAR, new BigDecimal("200000.00"), "县财政");
        assertThat(cells().get(Indicator.FUNDING).green()).isTrue();
        long other = department("神池县文化和旅游局", false);
        assertThatThrownBy(() -> records.recordFunding(hr(), other, YEAR, new BigDecimal("1"), null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("CAP-05"));
    }

    @Test
    @DisplayName("CAP-09 a one-vote veto turns the indicator red and its responsible people lose that year's award eligibility, not the next")
    void veto() {
        assertThat(cells().get(Indicator.VETOES).green()).isTrue();
        vetoes.record(hr(), shenchi().id(), "某煤业公司所在乡镇", YEAR, "发生较大生产安全事故", LocalDate.of(2026, 2, 1),
                List.of(new Vetoes.Person("钱某", "乡长")));
        assertThat(cells().get(Indicator.VETOES).green()).isFalse();
        assertThat(vetoes.awardEligible(shenchi().path(), "钱某", YEAR)).isFalse();
        assertThat(vetoes.awardEligible(shenchi().path(), "钱某", YEAR + 1)).isTrue();
        assertThat(vetoes.awardEligible(shenchi().path(), "孙某", YEAR)).isTrue();
        assertThatThrownBy(() -> vetoes.record(hr(), shenchi().id(), "x", YEAR, "y", LocalDate.of(2026, 2, 1), List.of()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("CAP-09"));
    }

    @Test
    @DisplayName("CAP-10 the dashboard shows the jurisdiction and its children; another county's dashboard is 404")
    void dashboard() {
        List<CapacityIndicators.Line> lines = indicators.dashboard(hr(), shenchi().id(), YEAR);
        assertThat(lines.get(0).jurisdiction().code()).isEqualTo("140927");
        assertThat(lines.get(0).cells()).hasSize(Indicator.values().length);
        long zezhou = jurisdictions.findByCode("140525").orElseThrow().id();
        assertThatThrownBy(() -> indicators.dashboard(hr(), zezhou, YEAR)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
    }
}
