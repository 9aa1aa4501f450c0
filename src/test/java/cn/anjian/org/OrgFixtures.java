package cn.anjian.org;

import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;

/** Test helpers over the seeded tree. Tests share one database: they add their own rows with fresh codes and never retire seeded ones. */
final class OrgFixtures {

    /** Township codes 1405259xx / 1409279xx do not exist in the seeded data. */
    private static final AtomicInteger SEQ = new AtomicInteger(900);

    private OrgFixtures() {
    }

    static Jurisdiction byCode(Jurisdictions jurisdictions, String code) {
        return jurisdictions.findByCode(code).orElseThrow(() -> new AssertionError("no division " + code));
    }

    static TestActor admin(Jurisdictions jurisdictions, String code) {
        Jurisdiction j = byCode(jurisdictions, code);
        return TestActors.actor("admin-" + code, j.id(), j.path(), "org:read", "org:manage");
    }

    static TestActor reader(Jurisdictions jurisdictions, String code) {
        Jurisdiction j = byCode(jurisdictions, code);
        return TestActors.actor("reader-" + code, j.id(), j.path(), "org:read");
    }

    /** A fresh, unused 9-digit township code under the county. */
    static String freshTownshipCode(String county) {
        return county + SEQ.getAndIncrement();
    }

    /** The active agency of a kind (the lead's demo data may already have created it). */
    static Agency ensureAgency(Agencies agencies, Jurisdiction j, AgencyKind kind) {
        return agencies.findAgency(j.id(), kind).orElseGet(() -> agencies.create(j.id(), kind, j.name() + kind.label()));
    }
}
