package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** CASE-12's settings are read on the day the notice was served: the new value from its date, the old one the day before. */
@IntegrationTest
class PenaltySettingsTests {

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired PenaltyProcedures procedures;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void cleanUp() {
        SettingsTestSupport.reset(jdbc, store, PenaltySettings.STATEMENT_WORKING_DAYS);
        SettingsTestSupport.reset(jdbc, store, PenaltySettings.HEARING_FINE_ORGANISATION);
        clock.reset();
    }

    PenaltyView notice(TestActor zz, String title, LocalDate servedOn) {
        CaseRef c = fx.open(zz, CaseKind.PENALTY, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", title + "甲"), fx.certifiedOfficer("140525", title + "乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        return procedures.notify(zz, c.id(), new PenaltyInputs.Notice("违法事实", "依据", new BigDecimal("60000"), null, List.of(),
                ServiceMethod.DIRECT, "负责人", servedOn));
    }

    @Test
    @DisplayName("CASE-12 statement period 10 and organisation hearing threshold 50,000 from 2026-10-21: served 10-20 the old 5 / 100,000 apply, 10-21 the new")
    void valuesOnTheDayOfService() {
        clock.set(LocalDateTime.of(2026, 10, 20, 10, 0));
        SettingsTestSupport.schedule(admin, PenaltySettings.STATEMENT_WORKING_DAYS, "10", LocalDate.of(2026, 10, 21));
        SettingsTestSupport.schedule(admin, PenaltySettings.HEARING_FINE_ORGANISATION, "50000", LocalDate.of(2026, 10, 21));
        clock.set(LocalDateTime.of(2026, 10, 21, 10, 0));
        TestActor zz = fx.zz();
        PenaltyView before = notice(zz, "设置测试-前一日", LocalDate.of(2026, 10, 20));
        assertThat(before.statementUntil()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(before.hearingRights()).isFalse();
        PenaltyView from = notice(zz, "设置测试-当日", LocalDate.of(2026, 10, 21));
        assertThat(from.statementUntil()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(from.hearingRights()).isTrue();
    }
}
