package cn.anjian.enforcement.cases;

import java.time.Duration;
import java.time.LocalDate;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.NewConflict;
import cn.anjian.enterprises.Relation;
import cn.anjian.kernel.BusinessException;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case rules RULES.md calls configurable read the settings in force on the day of the act. */
@IntegrationTest
class CaseSettingsTests {

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired Conflicts conflicts;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void cleanUp() {
        SettingsTestSupport.reset(jdbc, store, EnforcementSettings.AVOIDANCE_LOOK_BACK_YEARS);
        SettingsTestSupport.reset(jdbc, store, EnforcementSettings.CASE_TIME_LIMIT_DAYS);
        clock.reset();
    }

    @Test
    @DisplayName("EXP-08 CASE-06 a longer avoidance look-back excludes a relation ended 4 years ago from its date on, not the day before")
    void lookBackFromItsDate() {
        TestActor zz = fx.zz();
        LocalDate today = fx.today();
        CaseRef first = fx.open(zz, CaseKind.INSPECTION, "回避年限测试-甲");
        CaseRef second = fx.open(zz, CaseKind.INSPECTION, "回避年限测试-乙");
        long a = fx.certifiedOfficer("140525", "回避年限执法员甲");
        long b = fx.certifiedOfficer("140525", "回避年限执法员乙");
        for (CaseRef c : new CaseRef[] {first, second}) {
            conflicts.add(zz, c.enterpriseId(), new NewConflict(b, "回避年限执法员乙", Relation.EMPLOYEE,
                    today.minusYears(8), today.minusYears(4), "曾在该企业任职"));
        }
        SettingsTestSupport.schedule(admin, EnforcementSettings.AVOIDANCE_LOOK_BACK_YEARS, "5", today.plusDays(1));

        // today the default of 3 years still governs: the relation ended 4 years ago does not count
        assertThat(service.setTeam(zz, first.id(), fx.team(a, b))).hasSize(2);

        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> service.setTeam(zz, second.id(), fx.team(a, b)))
                .satisfies(t -> assertThat(((BusinessException) t).code()).isEqualTo("CASE-TEAM-AVOIDANCE"));
        // the team set the day before stays as it was
        assertThat(service.team(zz, first.id())).hasSize(2);
    }

    @Test
    @DisplayName("CASE-13 a changed case time limit applies to cases opened from its date; a case opened the day before keeps 90 days")
    void timeLimitFromItsDate() {
        TestActor zz = fx.zz();
        SettingsTestSupport.schedule(admin, EnforcementSettings.CASE_TIME_LIMIT_DAYS, "60", fx.today().plusDays(1));
        CaseView before = service.get(zz, fx.open(zz, CaseKind.PENALTY, "办案期限测试-前").id());
        assertThat(Duration.between(before.openedAt(), before.dueAt())).isEqualTo(Duration.ofDays(90));

        clock.advance(Duration.ofDays(1));
        CaseView after = service.get(zz, fx.open(zz, CaseKind.PENALTY, "办案期限测试-后").id());
        assertThat(Duration.between(after.openedAt(), after.dueAt())).isEqualTo(Duration.ofDays(60));
        assertThat(service.get(zz, before.id()).dueAt()).isEqualTo(before.dueAt());
    }
}
