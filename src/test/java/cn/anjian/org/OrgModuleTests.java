package cn.anjian.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anjian.LeafModuleTest;
import cn.anjian.kernel.AuditableEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;

/** org is a leaf: the tree, agencies and their audit events work with no other module. */
@LeafModuleTest
class OrgModuleTests {

    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Agencies agencies;

    @Test
    @DisplayName("ORG-01 the seeded Shanxi tree is there with org alone")
    void seededTree() {
        Jurisdiction zezhou = OrgFixtures.byCode(jurisdictions, "140525");
        assertThat(jurisdictions.ancestors(zezhou.id())).extracting(Jurisdiction::level).contains(1, 2);
    }

    @Test
    @DisplayName("ORG-01 adding a township publishes its audit event for whoever records it")
    void addPublishesAuditEvent(AssertablePublishedEvents events) {
        Jurisdiction zezhou = OrgFixtures.byCode(jurisdictions, "140525");
        Jurisdiction added = jurisdictions.add(OrgFixtures.admin(jurisdictions, "140525"), zezhou.id(),
                OrgFixtures.freshTownshipCode("140525"), "模块测试镇");

        assertThat(added.path()).isEqualTo(zezhou.path() + added.id() + "/");
        assertThat(events.ofType(AuditableEvent.class).matching(e -> e.subjectId().equals(String.valueOf(added.id()))))
                .isNotEmpty();
    }

    @Test
    @DisplayName("ORG-04 the escalation route of a county agency goes level by level with org alone")
    void routeAlone() {
        Jurisdiction zezhou = OrgFixtures.byCode(jurisdictions, "140525");
        for (Jurisdiction level : jurisdictions.ancestors(zezhou.id())) {
            OrgFixtures.ensureAgency(agencies, level, AgencyKind.EMERGENCY_MANAGEMENT);
        }
        Agency county = OrgFixtures.ensureAgency(agencies, zezhou, AgencyKind.EMERGENCY_MANAGEMENT);
        Jurisdiction city = jurisdictions.get(zezhou.parentId());
        assertThat(agencies.nextLevelUp(county.id())).get().extracting(Agency::jurisdictionId).isEqualTo(city.id());
    }
}
