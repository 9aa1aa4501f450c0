package cn.anjian.org;

import cn.anjian.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DivisionImportTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Jurisdictions jurisdictions;

    @Test
    @DisplayName("ORG-01 all of Shanxi ships: 1 province, 11 cities, 117 counties + 4 statistical zones, 1352 townships")
    void seededCounts() {
        Map<Integer, Integer> byLevel = new java.util.HashMap<>();
        jdbc.sql("SELECT level, count(*) FROM org_jurisdiction WHERE origin <> 'ADMIN' GROUP BY level")
                .query((rs, n) -> byLevel.put(rs.getInt(1), rs.getInt(2))).list();
        assertThat(byLevel).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1, 2, 11, 3, 117 + 4, 4, 1352));
        assertThat(jdbc.sql("SELECT count(*) FROM org_jurisdiction WHERE origin <> 'ADMIN' AND level = 3 AND NOT statistical_zone")
                .query(Integer.class).single()).isEqualTo(117);
        assertThat(jdbc.sql("SELECT code FROM org_jurisdiction WHERE statistical_zone ORDER BY code").query(String.class).list())
                .containsExactly("140171", "140271", "140671", "140971");
        assertThat(jdbc.sql("SELECT count(*) FROM org_jurisdiction WHERE origin <> 'ADMIN'").query(Integer.class).single())
                .isEqualTo(1 + 11 + 117 + 4 + 1352);
    }

    @Test
    @DisplayName("ORG-01 known codes and names")
    void knownCodes() {
        assertThat(jurisdictions.findByCode("140000")).get().extracting(Jurisdiction::name, Jurisdiction::level, Jurisdiction::path)
                .containsExactly("山西省", 1, "/" + jurisdictions.findByCode("140000").get().id() + "/");
        assertThat(jurisdictions.findByCode("140500").get().name()).isEqualTo("晋城市");
        assertThat(jurisdictions.findByCode("140525").get().name()).isEqualTo("泽州县");
        assertThat(jurisdictions.findByCode("140900").get().name()).isEqualTo("忻州市");
        assertThat(jurisdictions.findByCode("140922").get().name()).isEqualTo("五台县");
        assertThat(jurisdictions.findByCode("140927").get().name()).isEqualTo("神池县");
        assertThat(jurisdictions.findByCode("140105001").get().name()).isEqualTo("坞城街道");
    }

    @Test
    @DisplayName("ORG-01 parentage: path of ids, township under its county, county under its city, city under the province")
    void parentage() {
        Jurisdiction province = jurisdictions.findByCode("140000").orElseThrow();
        Jurisdiction city = jurisdictions.findByCode("140500").orElseThrow();
        Jurisdiction county = jurisdictions.findByCode("140525").orElseThrow();
        assertThat(city.parentId()).isEqualTo(province.id());
        assertThat(county.parentId()).isEqualTo(city.id());
        assertThat(county.path()).isEqualTo("/" + province.id() + "/" + city.id() + "/" + county.id() + "/");
        List<Jurisdiction> townships = jurisdictions.children(county.id());
        assertThat(townships).isNotEmpty().allSatisfy(t -> {
            assertThat(t.level()).isEqualTo(Jurisdiction.TOWNSHIP);
            assertThat(t.code()).hasSize(9).startsWith("140525");
            assertThat(t.path()).startsWith(county.path());
        });
        assertThat(jurisdictions.ancestors(townships.get(0).id())).extracting(Jurisdiction::code)
                .containsExactly("140000", "140500", "140525");
        // every seeded township's code starts with its parent's code, and every path extends its parent's
        assertThat(jdbc.sql("""
                SELECT count(*) FROM org_jurisdiction c JOIN org_jurisdiction p ON p.id = c.parent_id
                WHERE c.level = 4 AND c.origin <> 'ADMIN' AND (left(c.code, 6) <> p.code OR c.path <> p.path || c.id || '/')""")
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("ORG-01 太谷县 140726 became 太谷区 140703: same division, history kept, its townships under it")
    void taigu() {
        assertThat(jurisdictions.findByCode("140726")).isEmpty();
        Jurisdiction taigu = jurisdictions.findByCode("140703").orElseThrow();
        assertThat(taigu.name()).isEqualTo("太谷区");
        assertThat(jurisdictions.children(taigu.id())).hasSize(11);
        assertThat(jurisdictions.history(taigu.id())).singleElement()
                .extracting(JurisdictionChange::oldCode, JurisdictionChange::oldName, JurisdictionChange::newCode)
                .containsExactly("140726", "太谷县", "140703");
    }

    @Test
    @DisplayName("ORG-01 statistical zones keep their townships under a county-level entry marked as zone")
    void zones() {
        Jurisdiction zone = jurisdictions.findByCode("140171").orElseThrow();
        assertThat(zone.statisticalZone()).isTrue();
        assertThat(zone.level()).isEqualTo(Jurisdiction.COUNTY);
        assertThat(jurisdictions.children(zone.id())).hasSize(6);
    }
}
