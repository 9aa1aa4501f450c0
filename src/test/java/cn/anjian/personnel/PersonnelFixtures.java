package cn.anjian.personnel;

import java.util.Set;

import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;

/** Actors bound to the real emergency-management agency of a division (the person's scope comes from it). */
public final class PersonnelFixtures {

    private PersonnelFixtures() {
    }

    public static TestActor actor(Jurisdictions jurisdictions, Agencies agencies, String code, String... permissions) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理局"));
        return new TestActor(7000 + Math.abs(code.hashCode() % 1000), "hr-" + code, "人事-" + code, a.id(), a.name(), null,
                j.id(), new cn.anjian.kernel.Scope(j.path()), Set.of(permissions));
    }

    public static TestActor hr(Jurisdictions jurisdictions, Agencies agencies, String code) {
        return actor(jurisdictions, agencies, code, "personnel:read", "personnel:manage", "personnel:import", "pii:view-full");
    }

    static TestActors.TestActor unused() {
        return null;
    }
}
