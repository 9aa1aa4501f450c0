package cn.anjian.org;

import cn.anjian.IntegrationTest;

import static cn.anjian.org.OrgFixtures.admin;
import static cn.anjian.org.OrgFixtures.byCode;
import static cn.anjian.org.OrgFixtures.ensureAgency;
import static cn.anjian.org.OrgFixtures.freshTownshipCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.BusinessException.Kind;
import cn.anjian.kernel.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class OrgServiceTests {

    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Kind kindOf(Throwable e) {
        return ((BusinessException) e).kind();
    }

    private long countInScope(String table, Scope scope, String column) {
        return ScopeSql.bind(jdbc.sql("SELECT count(*) FROM " + table + " t WHERE " + ScopeSql.condition("t." + column)), scope)
                .query(Long.class).single();
    }

    // ---- ORG-03 ----

    @Test
    @DisplayName("ORG-03 scope condition: province sees all, county sees itself and its townships, not a sibling county nor its city")
    void scopeCondition() {
        Jurisdiction province = byCode(jurisdictions, "140000");
        Jurisdiction jincheng = byCode(jurisdictions, "140500");
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        Jurisdiction shenchi = byCode(jurisdictions, "140927");
        // the subtree by parent links, independent of paths (other tests may add their own roots)
        long all = jdbc.sql("WITH RECURSIVE t AS (SELECT id FROM org_jurisdiction WHERE id = :id "
                + "UNION ALL SELECT j.id FROM org_jurisdiction j JOIN t ON j.parent_id = t.id) SELECT count(*) FROM t")
                .param("id", province.id()).query(Long.class).single();
        assertThat(countInScope("org_jurisdiction", province.scope(), "path")).isEqualTo(all);
        long zezhouTownships = jdbc.sql("SELECT count(*) FROM org_jurisdiction WHERE parent_id = :id").param("id", zezhou.id())
                .query(Long.class).single();
        assertThat(countInScope("org_jurisdiction", zezhou.scope(), "path")).isEqualTo(1 + zezhouTownships);
        List<String> visible = ScopeSql.bind(jdbc.sql("SELECT code FROM org_jurisdiction t WHERE " + ScopeSql.condition("t.path")),
                zezhou.scope()).query(String.class).list();
        assertThat(visible).contains("140525").doesNotContain("140500", "140000", "140927", "140524")
                .allSatisfy(c -> assertThat(c).startsWith("140525"));
        assertThat(zezhou.scope().covers(shenchi.path())).isFalse();
        assertThat(zezhou.scope().covers(jincheng.path())).isFalse();
        assertThat(jincheng.scope().covers(zezhou.path())).isTrue();
        assertThat(jurisdictions.scopeOf(zezhou.id())).isEqualTo(new Scope(zezhou.path()));
        // the same condition on agencies' scope_path
        Agency zezhouAgency = ensureAgency(agencies, zezhou, AgencyKind.EMERGENCY_MANAGEMENT);
        Agency shenchiAgency = ensureAgency(agencies, shenchi, AgencyKind.EMERGENCY_MANAGEMENT);
        List<Long> agencyIds = ScopeSql.bind(jdbc.sql("SELECT id FROM org_agency a WHERE " + ScopeSql.condition("a.scope_path")),
                zezhou.scope()).query(Long.class).list();
        assertThat(agencyIds).contains(zezhouAgency.id()).doesNotContain(shenchiAgency.id());
    }

    @Test
    @DisplayName("ORG-03 a Zezhou county admin cannot rename or retire a Shenchi division or agency, nor add under it (404, nothing changes)")
    void countyAdminStaysInCounty() {
        Actor zezhouAdmin = admin(jurisdictions, "140525");
        Jurisdiction shenchi = byCode(jurisdictions, "140927");
        Jurisdiction shenchiTownship = jurisdictions.children(shenchi.id()).get(0);
        Agency shenchiAgency = ensureAgency(agencies, shenchi, AgencyKind.EMERGENCY_MANAGEMENT);
        assertThatThrownBy(() -> jurisdictions.rename(zezhouAdmin, shenchiTownship.id(), "改名", null, null))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.NOT_FOUND)).hasMessageContaining("不在您的管辖范围内");
        assertThatThrownBy(() -> jurisdictions.retire(zezhouAdmin, shenchiTownship.id(), null, "撤销"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.NOT_FOUND));
        assertThatThrownBy(() -> jurisdictions.add(zezhouAdmin, shenchi.id(), freshTownshipCode("140927"), "新镇"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.NOT_FOUND));
        assertThatThrownBy(() -> agencies.rename(zezhouAdmin, shenchiAgency.id(), "改名"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.NOT_FOUND));
        assertThatThrownBy(() -> agencies.units(zezhouAdmin, shenchiAgency.id()))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.NOT_FOUND));
        // nor its own city (an ancestor)
        assertThatThrownBy(() -> jurisdictions.rename(zezhouAdmin, byCode(jurisdictions, "140500").id(), "改名", null, null))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.NOT_FOUND));
        assertThat(jurisdictions.get(shenchiTownship.id())).isEqualTo(shenchiTownship);
        assertThat(agencies.get(shenchiAgency.id())).isEqualTo(shenchiAgency);
        assertThat(events.stream(AuditableEvent.class)).isEmpty();
    }

    @Test
    @DisplayName("ORG-03 changing anything needs org:manage even inside the scope")
    void manageNeeded() {
        Actor reader = OrgFixtures.reader(jurisdictions, "140525");
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        assertThatThrownBy(() -> jurisdictions.add(reader, zezhou.id(), freshTownshipCode("140525"), "新镇"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.FORBIDDEN));
    }

    // ---- ORG-01 administration ----

    @Test
    @DisplayName("ORG-01 add, rename and retire a township: history kept, audited, id and path never change")
    void addRenameRetire() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        Actor zezhouAdmin = admin(jurisdictions, "140525");
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        String code = freshTownshipCode("140525");
        Jurisdiction added = jurisdictions.add(zezhouAdmin, zezhou.id(), code, "  新建镇 ");
        assertThat(added).extracting(Jurisdiction::name, Jurisdiction::level, Jurisdiction::parentId, Jurisdiction::origin)
                .containsExactly("新建镇", 4, zezhou.id(), "ADMIN");
        assertThat(added.path()).isEqualTo(zezhou.path() + added.id() + "/");

        String newCode = freshTownshipCode("140525");
        Jurisdiction renamed = jurisdictions.rename(zezhouAdmin, added.id(), "新建街道", newCode, "撤镇设街道");
        assertThat(renamed).extracting(Jurisdiction::id, Jurisdiction::path, Jurisdiction::name, Jurisdiction::code)
                .containsExactly(added.id(), added.path(), "新建街道", newCode);
        assertThat(jurisdictions.findByCode(code)).isEmpty();

        Jurisdiction retired = jurisdictions.retire(zezhouAdmin, added.id(), null, "并入南村镇");
        assertThat(retired.active()).isFalse();
        assertThat(retired.retiredAt()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(retired.path()).isEqualTo(added.path());
        assertThat(jurisdictions.findById(added.id())).isPresent();
        assertThat(jurisdictions.children(zezhou.id())).extracting(Jurisdiction::id).doesNotContain(added.id());
        assertThat(jurisdictions.children(zezhou.id(), true)).extracting(Jurisdiction::id).contains(added.id());

        assertThat(jurisdictions.history(added.id()))
                .extracting(JurisdictionChange::changeType, JurisdictionChange::oldName, JurisdictionChange::oldCode,
                        JurisdictionChange::newName, JurisdictionChange::reason, JurisdictionChange::changedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RETIRED", "新建街道", newCode, null, "并入南村镇", "admin-140525"),
                        org.assertj.core.groups.Tuple.tuple("RENAMED", "新建镇", code, "新建街道", "撤镇设街道", "admin-140525"),
                        org.assertj.core.groups.Tuple.tuple("CREATED", null, null, "新建镇", null, "admin-140525"));
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .containsExactly("org.division.created", "org.division.renamed", "org.division.retired");
        // a retired code can be reused by a new division; the old one keeps its id
        Jurisdiction reuse = jurisdictions.add(zezhouAdmin, zezhou.id(), newCode, "另一街道");
        assertThat(reuse.id()).isNotEqualTo(added.id());
    }

    @Test
    @DisplayName("ORG-01 bad input is refused and nothing changes: unknown parent, bad codes, duplicate code, blank or overlong name")
    void addRefusals() {
        Actor province = admin(jurisdictions, "140000");
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        Jurisdiction jincheng = byCode(jurisdictions, "140500");
        long before = jdbc.sql("SELECT count(*) FROM org_jurisdiction").query(Long.class).single();
        assertThatThrownBy(() -> jurisdictions.add(province, 999_999_999L, "140525999", "镇"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.NOT_FOUND));
        for (String bad : new String[]{"140524901", "14052590", "1405259011", "abcdefghi", "140525000", ""}) {
            assertThatThrownBy(() -> jurisdictions.add(province, zezhou.id(), bad, "镇"))
                    .as(bad).satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.BAD_INPUT)).hasMessageContaining("区划代码");
        }
        for (String bad : new String[]{"140500", "140600", "140525901", "14059"}) {
            assertThatThrownBy(() -> jurisdictions.add(province, jincheng.id(), bad, "县"))
                    .as(bad).satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.BAD_INPUT));
        }
        assertThatThrownBy(() -> jurisdictions.add(province, jincheng.id(), "140525", "重复县"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.CONFLICT)).hasMessageContaining("已被在用的区划使用");
        assertThatThrownBy(() -> jurisdictions.add(province, zezhou.id(), freshTownshipCode("140525"), "   "))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.BAD_INPUT)).hasMessageContaining("不能为空");
        assertThatThrownBy(() -> jurisdictions.add(province, zezhou.id(), freshTownshipCode("140525"), "镇".repeat(10_000)))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.BAD_INPUT)).hasMessageContaining("不能超过");
        Jurisdiction township = jurisdictions.children(zezhou.id()).get(0);
        assertThatThrownBy(() -> jurisdictions.add(province, township.id(), "140525100001", "村"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不能再设下级");
        assertThat(jdbc.sql("SELECT count(*) FROM org_jurisdiction").query(Long.class).single()).isEqualTo(before);
        assertThat(events.stream(AuditableEvent.class)).isEmpty();
    }

    @Test
    @DisplayName("ORG-01 retire is refused while active children or active agencies remain; rename of a county's code is refused while it has townships")
    void retireRefusals() {
        Actor province = admin(jurisdictions, "140000");
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        assertThatThrownBy(() -> jurisdictions.retire(province, zezhou.id(), null, "测试"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("未撤销的下级区划")
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-RETIRE-CHILDREN");
        Jurisdiction t = jurisdictions.add(province, zezhou.id(), freshTownshipCode("140525"), "有机构的镇");
        agencies.create(province, t.id(), AgencyKind.GOVERNMENT, "有机构的镇人民政府");
        assertThatThrownBy(() -> jurisdictions.retire(province, t.id(), null, "测试"))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-RETIRE-AGENCIES");
        assertThatThrownBy(() -> jurisdictions.retire(province, t.id(), null, " "))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.BAD_INPUT));
        assertThatThrownBy(() -> jurisdictions.rename(province, zezhou.id(), "泽州县", "140599", null))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-CODE-CHILDREN");
        assertThatThrownBy(() -> jurisdictions.rename(province, zezhou.id(), "泽州县", null, null))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-UNCHANGED");
        assertThat(jurisdictions.get(t.id()).active()).isTrue();
        assertThat(byCode(jurisdictions, "140525").version()).isEqualTo(zezhou.version());
    }

    @Test
    @DisplayName("ORG-01 retire with a successor: successor must be another active division of the same level")
    void successor() {
        Actor province = admin(jurisdictions, "140000");
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        Jurisdiction a = jurisdictions.add(province, zezhou.id(), freshTownshipCode("140525"), "甲镇");
        Jurisdiction b = jurisdictions.add(province, zezhou.id(), freshTownshipCode("140525"), "乙镇");
        assertThatThrownBy(() -> jurisdictions.retire(province, a.id(), zezhou.id(), "合并"))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-SUCCESSOR");
        assertThatThrownBy(() -> jurisdictions.retire(province, a.id(), a.id(), "合并"))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-SUCCESSOR");
        Jurisdiction retired = jurisdictions.retire(province, a.id(), b.id(), "甲镇并入乙镇");
        assertThat(retired.successorId()).isEqualTo(b.id());
        assertThatThrownBy(() -> jurisdictions.rename(province, a.id(), "复活", null, null))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-RETIRED");
        assertThatThrownBy(() -> jurisdictions.add(province, a.id(), freshTownshipCode("140525"), "x"))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("ORG-01 search by name or code; retired ones hidden unless asked")
    void search() {
        assertThat(jurisdictions.search("泽州", null, false, 50)).extracting(Jurisdiction::code).contains("140525");
        assertThat(jurisdictions.search("1409", 3, false, 200)).extracting(Jurisdiction::code).contains("140922", "140927")
                .allSatisfy(c -> assertThat(c).startsWith("1409"));
        assertThat(jurisdictions.search("%", null, false, 50)).isEmpty();
        assertThatThrownBy(() -> jurisdictions.search("x", 9, false, 50)).isInstanceOf(BusinessException.class);
    }

    // ---- ORG-02 ----

    @Test
    @DisplayName("ORG-02 agencies of every kind with internal units; scope_path copied from the jurisdiction; one agency per kind")
    void agenciesAndUnits() {
        Actor province = admin(jurisdictions, "140000");
        Jurisdiction t = jurisdictions.add(province, byCode(jurisdictions, "140927").id(), freshTownshipCode("140927"), "机构测试镇");
        for (AgencyKind kind : AgencyKind.values()) {
            Agency a = agencies.create(province, t.id(), kind, "机构测试镇" + kind.label());
            assertThat(a.scopePath()).isEqualTo(t.path());
            assertThat(a.kind()).isEqualTo(kind);
        }
        assertThat(agencies.list(t.id())).hasSize(AgencyKind.values().length);
        assertThatThrownBy(() -> agencies.create(province, t.id(), AgencyKind.EMERGENCY_MANAGEMENT, "第二个应急部门"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.CONFLICT));
        agencies.create(province, t.id(), AgencyKind.OTHER, "第二个其他机构");

        Agency em = agencies.findAgency(t.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        for (UnitKind kind : UnitKind.values()) {
            OrgUnit u = agencies.createUnit(province, em.id(), kind, kind.label());
            assertThat(u.agencyId()).isEqualTo(em.id());
        }
        agencies.createUnit(province, em.id(), UnitKind.INDUSTRY_SUPERVISION, "危化品监管股");
        assertThat(agencies.units(province, em.id())).hasSize(UnitKind.values().length + 1);
        assertThatThrownBy(() -> agencies.createUnit(province, em.id(), UnitKind.LEGAL, "法制机构"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.CONFLICT));
        assertThatThrownBy(() -> UnitKind.parse("NOPE")).satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.BAD_INPUT));
        assertThatThrownBy(() -> AgencyKind.parse(null)).satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.BAD_INPUT));

        OrgUnit legal = agencies.units(em.id()).stream().filter(u -> u.kind() == UnitKind.LEGAL).findFirst().orElseThrow();
        assertThat(agencies.renameUnit(province, legal.id(), "法制股").name()).isEqualTo("法制股");
        assertThatThrownBy(() -> agencies.retire(province, em.id()))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-RETIRE-UNITS");
        agencies.units(em.id()).forEach(u -> agencies.retireUnit(province, u.id()));
        Agency retired = agencies.retire(province, em.id());
        assertThat(retired.active()).isFalse();
        assertThat(agencies.findAgency(t.id(), AgencyKind.EMERGENCY_MANAGEMENT)).isEmpty();
        // the kind is free again after retirement
        assertThat(agencies.create(province, t.id(), AgencyKind.EMERGENCY_MANAGEMENT, "新应急管理部门").active()).isTrue();
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action)).contains(
                "org.agency.created", "org.unit.created", "org.unit.renamed", "org.unit.retired", "org.agency.retired");
    }

    @Test
    @DisplayName("ORG-02 agency and unit names are checked; agencies cannot be set up in a retired division")
    void agencyRefusals() {
        Actor province = admin(jurisdictions, "140000");
        Jurisdiction t = jurisdictions.add(province, byCode(jurisdictions, "140927").id(), freshTownshipCode("140927"), "待撤镇");
        assertThatThrownBy(() -> agencies.create(province, t.id(), AgencyKind.JUSTICE, ""))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.BAD_INPUT));
        assertThatThrownBy(() -> agencies.create(province, t.id(), AgencyKind.JUSTICE, "x".repeat(51)))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.BAD_INPUT));
        assertThatThrownBy(() -> agencies.create(province, 987_654_321L, AgencyKind.JUSTICE, "司法所"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(Kind.NOT_FOUND));
        jurisdictions.retire(province, t.id(), null, "撤销");
        assertThatThrownBy(() -> agencies.create(province, t.id(), AgencyKind.JUSTICE, "司法所"))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-PARENT-RETIRED");
        assertThat(agencies.list(t.id())).isEmpty();
    }

    // ---- ORG-04 on real data ----

    @Test
    @DisplayName("ORG-04 the route of a county agency goes county → city → province through the same kind; a missing level is a clear configuration error")
    void routeFromData() {
        Jurisdiction province = byCode(jurisdictions, "140000");
        Jurisdiction xinzhou = byCode(jurisdictions, "140900");
        Jurisdiction shenchi = byCode(jurisdictions, "140927");
        Jurisdiction wutai = byCode(jurisdictions, "140922");
        Agency p = ensureAgency(agencies, province, AgencyKind.MINE_SAFETY);
        Agency c = ensureAgency(agencies, xinzhou, AgencyKind.MINE_SAFETY);
        Agency s = ensureAgency(agencies, shenchi, AgencyKind.MINE_SAFETY);
        EscalationRoute route = agencies.escalationRoute(s.id());
        assertThat(route.steps()).extracting(EscalationRoute.Step::agencyId).containsExactly(s.id(), c.id(), p.id());
        assertThat(agencies.nextLevelUp(s.id())).contains(c);
        assertThat(agencies.nextLevelUp(p.id())).isEmpty();

        // Wutai has the agency but Xinzhou has no justice department unless someone created it: use a kind nobody seeds above
        Actor admin = admin(jurisdictions, "140000");
        Jurisdiction town = jurisdictions.add(admin, wutai.id(), freshTownshipCode("140922"), "路线测试镇");
        Agency other = agencies.create(admin, town.id(), AgencyKind.OTHER, "路线测试镇其他机构");
        assertThatThrownBy(() -> agencies.escalationRoute(other.id())).extracting(e -> ((BusinessException) e).code())
                .isEqualTo("ORG-04-KIND");
        Agency gov = agencies.create(admin, town.id(), AgencyKind.GOVERNMENT, "路线测试镇人民政府");
        if (agencies.findAgency(wutai.id(), AgencyKind.GOVERNMENT).isEmpty()) {
            assertThatThrownBy(() -> agencies.escalationRoute(gov.id()))
                    .isInstanceOf(BusinessException.class).hasMessageContaining("五台县尚未设立人民政府")
                    .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-04-MISSING");
            assertThatThrownBy(() -> agencies.nextLevelUp(gov.id())).hasMessageContaining("五台县尚未设立人民政府");
        }
    }

    @Test
    @DisplayName("ORG-03 trusted start-up creation is audited as system")
    void systemCreation() {
        Jurisdiction t = jurisdictions.add(admin(jurisdictions, "140000"), byCode(jurisdictions, "140922").id(),
                freshTownshipCode("140922"), "系统创建镇");
        events.clear();
        agencies.create(t.id(), AgencyKind.EMERGENCY_MANAGEMENT, "系统创建镇应急办");
        assertThat(events.stream(AuditableEvent.class)).singleElement().extracting(AuditableEvent::actor).isEqualTo("system");
        assertThat(TestActors.actor("x", 1, "/1/").hasPermission("org:manage")).isFalse();
    }
}
