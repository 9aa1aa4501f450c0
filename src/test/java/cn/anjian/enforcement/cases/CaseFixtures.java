package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.UnitKind;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PersonnelFixtures;
import cn.anjian.personnel.officers.OfficerFixtures;
import org.springframework.stereotype.Component;

/** Actors bound to the real county agencies, fresh certified officers and enterprises for case tests. */
@Component
class CaseFixtures {

    static final AtomicInteger SEQ = new AtomicInteger(500);
    static final String[] CASE_PERMS = {"case:read", "case:manage", "case:decide", "case:transfer", "personnel:read",
            "enterprise:read", "enterprise:manage", "document:generate", "file:read"};

    final Jurisdictions jurisdictions;
    final Agencies agencies;
    final People people;
    final OfficerFixtures officers;
    final Enterprises enterprises;
    final Cases cases;
    final Clock clock;

    CaseFixtures(Jurisdictions jurisdictions, Agencies agencies, People people, OfficerFixtures officers,
                 Enterprises enterprises, Cases cases, Clock clock) {
        this.jurisdictions = jurisdictions;
        this.agencies = agencies;
        this.people = people;
        this.officers = officers;
        this.enterprises = enterprises;
        this.cases = cases;
        this.clock = clock;
    }

    TestActor actor(String code, String username, String... perms) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        Long unit = agencies.units(a.id()).stream().filter(u -> u.kind() == UnitKind.INDUSTRY_SUPERVISION)
                .map(OrgUnit::id).findFirst().orElse(null);
        return new TestActor(8000 + Math.abs(username.hashCode() % 1000), username, username, a.id(), a.name(), unit, j.id(),
                new Scope(j.path()), Set.of(perms.length == 0 ? CASE_PERMS : perms));
    }

    TestActor zz() {
        return actor("140525", "case_zz");
    }

    TestActor sc() {
        return actor("140927", "case_sc");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A fresh officer of the county holding a valid enforcement certificate. */
    long certifiedOfficer(String code, String name) {
        TestActor hr = PersonnelFixtures.hr(jurisdictions, agencies, code);
        LocalDate day = today();
        PersonView p = people.create(hr, NewPerson.basic(name, IdCards.next(true), "13800002222"));
        officers.certify(hr, p.id(), day, "晋执T" + p.id());
        return p.id();
    }

    /** A fresh officer without any certificate. */
    long uncertifiedOfficer(String code, String name) {
        TestActor hr = PersonnelFixtures.hr(jurisdictions, agencies, code);
        LocalDate day = today();
        PersonView p = people.create(hr, NewPerson.basic(name, IdCards.next(false), "13800003333"));
        officers.register(hr, p.id(), day);
        return p.id();
    }

    /** The demo technical inspector of Zezhou holding a valid work certificate (InspectorDemoData). */
    long demoInspector() {
        TestActor hr = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
        return people.search(hr, new PersonFilter("刘文斌", null, null, null), 0, 5).items().get(0).id();
    }

    long enterprise(TestActor actor, String name) {
        String code = CreditCode.complete("91140525MB" + String.format("%07d", SEQ.incrementAndGet() * 7907 % 10_000_000)).value();
        return enterprises.create(actor, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE,
                "泽州县测试镇", new BigDecimal("35.5"), new BigDecimal("112.8"), null, RiskGrade.B, EnterpriseStatus.OPERATING)).id();
    }

    NewCase newCase(CaseKind kind, Long enterpriseId, String title) {
        NewCase c = new NewCase(kind, CaseSource.SPECIAL_CAMPAIGN, "关于开展煤矿安全生产专项整治的通知", "泽应急〔2026〕8号",
                today().minusDays(5), enterpriseId, null, title, "泽州县测试镇", null);
        // CASE-11: a penalty case records when the violation happened
        return kind == CaseKind.PENALTY ? c.withViolation(new cn.anjian.enforcement.ViolationFacts(today().minusDays(10), false,
                false, null)) : c;
    }

    CaseRef open(TestActor actor, CaseKind kind, String title) {
        long e = enterprise(actor, title + "（企业）");
        return cases.open(actor, newCase(kind, e, title));
    }

    List<NewMember> team(long leader, long member) {
        return List.of(new NewMember(leader, TeamRole.LEADER), new NewMember(member, TeamRole.MEMBER));
    }
}
