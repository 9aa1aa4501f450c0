package cn.anjian.workflow;

import java.util.Set;
import java.util.UUID;

import cn.anjian.TestActors.TestActor;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;

/**
 * Real users in real agencies (the demo data's 140000 / 140500 / 140525 ones), so the step gate sees
 * the same grants as in production. Tests share one database: every user gets a fresh name.
 */

class WorkflowFixtures {

    private final UserAdministration users;
    private final Agencies agencies;
    private final Jurisdictions jurisdictions;

    WorkflowFixtures(UserAdministration users, Agencies agencies, Jurisdictions jurisdictions) {
        this.users = users;
        this.agencies = agencies;
        this.jurisdictions = jurisdictions;
    }

    Agency agency(String code, AgencyKind kind) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        return agencies.findAgency(j.id(), kind).orElseGet(() -> agencies.create(j.id(), kind, j.name() + kind.label()));
    }

    Jurisdiction jurisdiction(String code) {
        return jurisdictions.findByCode(code).orElseThrow();
    }

    /** A new user holding {@code role} in the agency, as the principal the web layer would give. */
    TestActor user(Agency agency, String role) {
        String name = "wf" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = users.createUser(name, "测试" + role, agency.id(), null, Set.of(role), "Anjian@2026", false);
        Jurisdiction j = jurisdictions.get(agency.jurisdictionId());
        return new TestActor(id, name, "测试" + role, agency.id(), agency.name(), null, j.id(), new Scope(j.path()),
                Set.of("workflow:inbox", "home:view"));
    }

    TestActor user(String code, AgencyKind kind, String role) {
        return user(agency(code, kind), role);
    }
}
