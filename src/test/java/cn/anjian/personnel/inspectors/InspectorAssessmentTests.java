package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.anjian.personnel.inspectors.InspectorFixtures.manager;
import static cn.anjian.personnel.inspectors.InspectorFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TI-21 (000 art. 18–19): special and annual assessments with results; the managing internal unit. */
@IntegrationTest
class InspectorAssessmentTests {

    @Autowired Inspectors inspectors;
    @Autowired HiringPlans plans;
    @Autowired Assessments assessments;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    TestActor zz() {
        return manager(jurisdictions, agencies, "140525");
    }

    InspectorView appointed(String name, LocalDate start) {
        Agency a = agencies.get(zz().agencyId());
        return inspectors.appoint(zz(), new Appointment(person(jdbc, a, name), true, null, null, "晋城市安全生产协会",
                Specialty.COAL_MINE, "SERVICE", "协助执法检查", "依约履职", "按次计酬", "提前 30 日书面通知", start, null, ptPlan(zz())));
    }

    long stored(long inspectorId) {
        return jdbc.sql("SELECT count(*) FROM ti_assessment WHERE inspector_id = :i").param("i", inspectorId).query(Long.class).single();
    }

    @Test
    @DisplayName("TI-21 an annual assessment once a year with its result; a second one that year refused, nothing stored; special ones any time")
    void annualOncePerYear() {
        LocalDate today = LocalDate.now(clock);
        InspectorView i = appointed("考核甲", today.minusYears(1));
        AssessmentView a = assessments.record(zz(), i.id(), "ANNUAL", today.getYear() + " 年度考核", today, "EXCELLENT", "表现突出");
        assertThat(a.kindLabel()).isEqualTo("年度考核");
        assertThat(a.resultLabel()).isEqualTo("优秀");
        assertThatThrownBy(() -> assessments.record(zz(), i.id(), "ANNUAL", "再次年度考核", today, "COMPETENT", null))
                .extracting("code").isEqualTo("TI-21-ANNUAL");
        assertThat(stored(i.id())).isEqualTo(1);
        assessments.record(zz(), i.id(), "ANNUAL", "上年度考核", today.minusYears(1).withDayOfYear(1).plusDays(364), "COMPETENT", null);
        assessments.record(zz(), i.id(), "SPECIAL", "汛期专项考核", today, "BASIC", null);
        assertThatThrownBy(() -> assessments.record(zz(), i.id(), "SPECIAL", "未来考核", today.plusDays(1), "BASIC", null))
                .extracting("code").isEqualTo("TI-21");
        assertThatThrownBy(() -> assessments.record(zz(), i.id(), "SPECIAL", "错误结果", today, "GOOD", null))
                .hasMessageContaining("称职").hasMessageNotContaining("EXCELLENT");
        assertThat(assessments.list(i.id())).hasSize(3);
        // another department (even the city above) does not record the hiring department's assessments
        TestActor city = manager(jurisdictions, agencies, "140500");
        assertThatThrownBy(() -> assessments.record(city, i.id(), "SPECIAL", "市级考核", today, "BASIC", null))
                .isInstanceOf(cn.anjian.kernel.BusinessException.class);
        assertThat(stored(i.id())).isEqualTo(3);
    }

    @Test
    @DisplayName("TI-21 the hiring department names one of its own internal units as the managing unit; another department's unit is refused")
    void managingUnit() {
        TestActor zz = zz();
        long own = jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a ORDER BY id LIMIT 1").param("a", zz.agencyId())
                .query(Long.class).single();
        long foreign = jdbc.sql("SELECT id FROM org_unit WHERE agency_id <> :a ORDER BY id LIMIT 1").param("a", zz.agencyId())
                .query(Long.class).single();
        assertThatThrownBy(() -> assessments.nameManagingUnit(zz, foreign)).extracting("code").isEqualTo("TI-21-UNIT");
        assertThat(assessments.nameManagingUnit(zz, own).id()).isEqualTo(own);
        assertThat(assessments.managingUnit(zz.agencyId())).get().extracting(Assessments.UnitChoice::id).isEqualTo(own);
    }

    /** TI-01: part-time inspectors take the places of an approved plan. */
    long ptPlan(cn.anjian.kernel.Actor actor) {
        return InspectorFixtures.partTimePlan(plans, jdbc, actor, 1);
    }
}
