package cn.anjian.mines.hazards;

import cn.anjian.mines.FixturePlans;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.Employment;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.registry.NewCommissioner;
import cn.anjian.mines.registry.NewMine;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mines, a commissioner with a real account, and this year's approved assignment (MC-09) for the hazard tests. */
@Component
class HazardFixtures {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));
    static final String[] STAFF = {"mine:read", "mine:manage", "enterprise:read", "enterprise:manage", "personnel:read",
            "personnel:manage", "case:decide"};

    @Autowired MineRegistry registry;
    @Autowired Enterprises enterprises;
    @Autowired People people;
    @Autowired PersonAccounts accounts;
    @Autowired UserAdministration users;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    TestActor staff(String code) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        return new TestActor(880_000 + j.id(), "hz_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(STAFF));
    }

    long mine(TestActor staff, String name) {
        String code = CreditCode.complete("91140525MH" + String.format("%07d", SEQ.incrementAndGet() * 7919L % 10_000_000)).value();
        long e = enterprises.create(staff, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE,
                "泽州县测试镇", new BigDecimal("35.5"), new BigDecimal("112.8"), null, RiskGrade.B, EnterpriseStatus.OPERATING)).id();
        return registry.register(staff, new NewMine(e, MineKind.COAL, null, null, ProductionStatus.PRODUCING,
                SupervisingLevel.COUNTY, null, null, "一采区", "通风系统"));
    }

    /** A commissioner with a login account (MINE_COMMISSIONER) linked to the person; returns the account as an actor. */
    Commissioner commissioner(TestActor staff, String name) {
        long person = people.create(staff, NewPerson.basic(name, IdCards.next(true), "13800004444")).id();
        long id = registry.select(staff, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), new BigDecimal("35.5"), new BigDecimal("112.8")));
        String login = "hzc_" + SEQ.incrementAndGet() + "_" + System.nanoTime() % 100_000;
        long user = users.createUser(login, name, staff.agencyId(), null, Set.of("MINE_COMMISSIONER"), "Anjian@2026x", false);
        accounts.link(staff, person, user);
        TestActor actor = new TestActor(user, login, name, staff.agencyId(), staff.agencyName(), null,
                staff.jurisdictionId(), staff.scope(), Set.of("mine:read", "mine:hazard", "file:upload", "file:read"));
        return new Commissioner(id, actor);
    }

    record Commissioner(long id, TestActor actor) {
    }

    /** This year's approved plan of the county assigning the commissioner to the mine. */
    void assign(TestActor staff, long commissionerId, long mineId) {
        int year = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
        long plan = FixturePlans.approved(jdbc, staff.jurisdictionId(), year);
        jdbc.sql("INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id) VALUES (:p, :m, :c)")
                .param("p", plan).param("m", mineId).param("c", commissionerId).update();
    }
}
