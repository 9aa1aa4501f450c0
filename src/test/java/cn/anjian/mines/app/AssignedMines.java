package cn.anjian.mines.app;

import cn.anjian.mines.FixturePlans;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.registry.NewMine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mine of 泽州县 assigned to a commissioner by an approved plan of this year, so that the phone's /today lists it (the
 * browser tests and the sync benchmark). A plain helper, no bean: the shared test context stays identical.
 */
record AssignedMines(CommissionerFixture fixture, Enterprises enterprises, MineRegistry registry, JdbcClient jdbc, Clock clock) {

    long create(String name, long commissionerId, double lat, double lon) {
        var hr = fixture.hr();
        TestActor officer = new TestActor(hr.userId(), hr.username(), hr.displayName(), hr.agencyId(), hr.agencyName(), null,
                hr.jurisdictionId(), hr.scope(), Set.of("mine:manage", "mine:read", "enterprise:manage", "enterprise:read"));
        String code = CreditCode.complete("91140525MA" + String.format("%07d", CommissionerFixture.SEQ.incrementAndGet() * 7907L % 10_000_000)).value();
        long e = enterprises.create(officer, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, Industry.NON_COAL_MINE,
                "泽州县测试镇", BigDecimal.valueOf(lat), BigDecimal.valueOf(lon), null, RiskGrade.B, EnterpriseStatus.OPERATING)).id();
        long mine = registry.register(officer, new NewMine(e, MineKind.UNDERGROUND_NON_COAL, null, null, ProductionStatus.PRODUCING,
                SupervisingLevel.COUNTY, BigDecimal.valueOf(lat), BigDecimal.valueOf(lon), "一采区", "通风系统"));
        long plan = FixturePlans.approved(jdbc, officer.jurisdictionId(), LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear());
        jdbc.sql("INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id) VALUES (:p, :m, :c)")
                .param("p", plan).param("m", mine).param("c", commissionerId).update();
        return mine;
    }
}
