package cn.anjian.org;

import static cn.anjian.org.OrgFixtures.admin;
import static cn.anjian.org.OrgFixtures.byCode;
import static cn.anjian.org.OrgFixtures.freshTownshipCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20 item 7: the list pages' unit filters read {@link Agencies#listedUnits} (the node's copy) instead of a statement
 * per page. The copy is the statement's answer, a change through {@link Agencies} shows at once, a change by plain SQL
 * (another node, an importer) within the TTL — and not before it has passed (the copy is what it claims to be).
 */
@IntegrationTest
class UnitCopyTests {

    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("the units of the copy are the statement's, in its order; changes through Agencies show at once, plain SQL ones within the TTL")
    void copyFollowsChanges() {
        Actor province = admin(jurisdictions, "140000");
        Jurisdiction t = jurisdictions.add(province, byCode(jurisdictions, "140525").id(), freshTownshipCode("140525"), "内设机构副本镇");
        Agency em = agencies.create(province, t.id(), AgencyKind.EMERGENCY_MANAGEMENT, "内设机构副本镇应急管理所");
        assertThat(agencies.listedUnits(em.id())).isEmpty();

        OrgUnit b = agencies.createUnit(province, em.id(), UnitKind.OTHER, "乙股");
        agencies.createUnit(province, em.id(), UnitKind.LEGAL, "法制股");
        agencies.createUnit(province, em.id(), UnitKind.OTHER, "甲股");
        assertThat(agencies.listedUnits(em.id())).hasSize(3).isEqualTo(agencies.units(em.id()));

        agencies.renameUnit(province, b.id(), "丙股");
        assertThat(agencies.listedUnits(em.id())).isEqualTo(agencies.units(em.id()))
                .extracting(OrgUnit::name).contains("丙股").doesNotContain("乙股");
        agencies.retireUnit(province, b.id());
        assertThat(agencies.listedUnits(em.id())).isEqualTo(agencies.units(em.id()))
                .filteredOn(u -> u.id() == b.id()).extracting(OrgUnit::active).containsExactly(false);
        // every other agency's units too
        long county = agencies.findAgency(byCode(jurisdictions, "140525").id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow().id();
        assertThat(agencies.listedUnits(county)).isEqualTo(agencies.units(county));

        // a row written by plain SQL (as another node or an importer would): the copy is kept until the TTL has passed
        jdbc.sql("INSERT INTO org_unit (agency_id, kind, name) VALUES (:a, 'OTHER', '直接写入股')").param("a", em.id()).update();
        assertThat(agencies.units(em.id())).hasSize(4);
        assertThat(agencies.listedUnits(em.id())).hasSize(3);
        clock.advance(Duration.ofSeconds(31));
        assertThat(agencies.listedUnits(em.id())).hasSize(4).isEqualTo(agencies.units(em.id()));
    }
}
