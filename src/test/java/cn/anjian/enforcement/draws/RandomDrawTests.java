package cn.anjian.enforcement.draws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.Cases;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.NewConflict;
import cn.anjian.enterprises.Relation;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CASE-06 on the demo organisation of 泽州县 (demo officers and enterprises), acting as zz_unithead. */
@IntegrationTest
class RandomDrawTests {

    static final AtomicInteger SEQ = new AtomicInteger(300);

    @Autowired RandomDraws draws;
    @Autowired Enterprises enterprises;
    @Autowired Conflicts conflicts;
    @Autowired People people;
    @Autowired EnforcerEligibility eligibility;
    @Autowired Cases cases;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired java.time.Clock clock;

    Actor head;
    TestActor web;

    @BeforeEach
    void setUp() {
        head = users.actor("zz_unithead").orElseThrow();
        web = new TestActor(head.userId(), head.username(), head.displayName(), head.agencyId(), head.agencyName(),
                head.unitId(), head.jurisdictionId(), head.scope(), Set.of("case:read", "plan:manage", "case:manage"));
    }

    long enterprise(String name, Industry industry, RiskGrade risk) {
        String code = CreditCode.complete("91140525MC" + String.format("%07d", SEQ.incrementAndGet() * 7901 % 10_000_000)).value();
        return enterprises.create(head, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, industry, "泽州县测试镇",
                new BigDecimal("35.5"), new BigDecimal("112.8"), null, risk, EnterpriseStatus.OPERATING)).id();
    }

    /** The agency's officers eligible today, by person id (the draw's officer pool). */
    List<Long> eligibleOfficers() {
        LocalDate day = LocalDate.now(clock);
        // every page: other test classes add officers to this agency, and the first 100 are not all of them
        List<Long> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var items = people.search(head, new PersonFilter(null, null, head.agencyId(), PersonRole.OFFICER), page, 100).items();
            items.forEach(p -> ids.add(p.id()));
            if (items.size() < 100) {
                break;
            }
        }
        return ids.stream().filter(id -> eligibility.check(id, day).mayEnforce()).sorted().toList();
    }

    long draws() {
        return jdbc.sql("SELECT count(*) FROM enf_draw").query(Long.class).single();
    }

    @Test
    @DisplayName("CASE-06 seed, pools and result are stored; 复核 replays them to exactly the stored result; tampering is detected")
    void storedAndReproducible() throws Exception {
        long id = draws.draw(head, new RandomDraws.NewDraw("复核测试", null, null, EnterpriseStatus.OPERATING, 3, null, 2));
        DrawViews.Draw d = draws.get(head, id);
        assertThat(d.algorithm()).isEqualTo(DrawAlgorithm.NAME);
        assertThat(d.drawnBy()).isEqualTo("zz_unithead");
        assertThat(d.poolSize()).isGreaterThanOrEqualTo(3);
        assertThat(draws.targets(id)).allMatch(t -> !t.status().equals("CLOSED")).allMatch(t -> t.status().equals("OPERATING"));
        assertThat(draws.officers(id)).extracting(DrawViews.Officer::personId).containsExactlyElementsOf(eligibleOfficers());
        List<DrawViews.Row> rows = draws.rows(d);
        assertThat(rows).hasSize(3);
        assertThat(rows).allMatch(r -> !r.staffed() || r.officers().size() == 2);

        mvc.perform(post("/plans/draws/{id}/verify", id).with(TestActors.as(web)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(draws.get(head, id).lastVerifiedOk()).isTrue();
        assertThat(draws.verify(head, id).matches()).isTrue();

        // a stored result that is not what the seed gives is caught
        int other = (rows.get(0).target().pos() + 1) % d.poolSize();
        jdbc.sql("UPDATE enf_draw_result SET target_pos = :p WHERE draw_id = :d AND rank = 0").param("p", other).param("d", id).update();
        DrawViews.Verification bad = draws.verify(head, id);
        assertThat(bad.matches()).isFalse();
        assertThat(bad.differences()).isNotEmpty();
        assertThat(draws.get(head, id).lastVerifiedOk()).isFalse();
    }

    @Test
    @DisplayName("CASE-06 the API gives seed, pools, conflicts and result, enough to replay the draw elsewhere")
    void api() throws Exception {
        long id = draws.draw(head, new RandomDraws.NewDraw("接口测试", null, null, null, 2, null, 2));
        DrawViews.Draw d = draws.get(head, id);
        mvc.perform(get("/api/v1/draws/{id}", id).with(TestActors.as(web)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.seed").value(d.seed()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.algorithm").value(DrawAlgorithm.NAME))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.result.length()").value(2))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.targetPool.length()").value(d.poolSize()));
        mvc.perform(post("/api/v1/draws/{id}/verification", id).with(TestActors.as(web)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.matches").value(true));
        mvc.perform(get("/api/v1/draws/999999999").with(TestActors.as(web)))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code").value("NOT-FOUND"));
        mvc.perform(get("/api/v1/draws/abc").with(TestActors.as(web))).andExpect(status().isBadRequest());
        TestActor reader = new TestActor(head.userId(), head.username(), head.displayName(), head.agencyId(), head.agencyName(),
                null, head.jurisdictionId(), head.scope(), Set.of("case:read"));
        mvc.perform(post("/api/v1/draws/{id}/verification", id).with(TestActors.as(reader)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("CASE-06 avoidance is respected; a target without two eligible non-conflicted officers is reported and gets no case")
    void avoidanceAndUnstaffed() {
        List<Long> officers = eligibleOfficers();
        assertThat(officers).hasSizeGreaterThanOrEqualTo(3);
        long e1 = enterprise("回避测试烟花爆竹甲" + SEQ.get(), Industry.FIREWORKS, RiskGrade.D);
        long e2 = enterprise("回避测试烟花爆竹乙" + SEQ.get(), Industry.FIREWORKS, RiskGrade.D);
        LocalDate from = LocalDate.now(clock).minusYears(1);
        long conflictedWithE1 = officers.get(0);
        conflicts.add(head, e1, new NewConflict(conflictedWithE1, "某人", Relation.RELATIVE, from, null, "测试"));
        // all officers but one are conflicted with e2
        for (Long o : officers.subList(0, officers.size() - 1)) {
            conflicts.add(head, e2, new NewConflict(o, "某人", Relation.EMPLOYEE, from, null, "测试"));
        }
        long id = draws.draw(head, new RandomDraws.NewDraw("回避测试", Industry.FIREWORKS, RiskGrade.D, EnterpriseStatus.OPERATING,
                null, 100, 2));
        DrawViews.Draw d = draws.get(head, id);
        List<DrawViews.Row> rows = draws.rows(d);
        assertThat(rows).extracting(r -> r.target().enterpriseId()).containsExactlyInAnyOrder(e1, e2);
        DrawViews.Row r1 = rows.stream().filter(r -> r.target().enterpriseId() == e1).findFirst().orElseThrow();
        DrawViews.Row r2 = rows.stream().filter(r -> r.target().enterpriseId() == e2).findFirst().orElseThrow();
        assertThat(r1.staffed()).isTrue();
        assertThat(r1.officers()).hasSize(2).extracting(DrawViews.Officer::personId).doesNotContain(conflictedWithE1);
        assertThat(r2.staffed()).isFalse();
        assertThat(r2.officers()).isEmpty();
        assertThat(d.unstaffedCount()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM enf_draw_exclusion WHERE draw_id = :d").param("d", id).query(Long.class).single())
                .isEqualTo(officers.size());
        assertThat(draws.verify(head, id).matches()).isTrue();

        List<CaseRef> opened = draws.generateCases(head, id);
        assertThat(opened).hasSize(1);
        CaseRef c = cases.ref(opened.get(0).id(), head);
        assertThat(c.enterpriseId()).isEqualTo(e1);
        assertThat(c.teamPersonIds()).containsExactlyInAnyOrderElementsOf(
                r1.officers().stream().map(DrawViews.Officer::personId).toList());
        assertThat(jdbc.sql("SELECT source FROM enf_case WHERE id = :id").param("id", c.id()).query(String.class).single())
                .isEqualTo(CaseSource.RANDOM_DRAW.name());
        assertThat(draws.rows(d).stream().filter(r -> r.caseId() != null)).hasSize(1);
        assertThatThrownBy(() -> draws.generateCases(head, id)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("DRAW-CASES-DONE");
    }

    @Test
    @DisplayName("CASE-06 the result is published once on the public portal with masked officer names")
    void published() throws Exception {
        long id = draws.draw(head, new RandomDraws.NewDraw("公开测试", Industry.COAL_MINE, null, null, 2, null, 2));
        mvc.perform(post("/plans/draws/{id}/publish", id).with(TestActors.as(web)).with(csrf())).andExpect(status().is3xxRedirection());
        String content = jdbc.sql("SELECT content FROM pub_publication WHERE source_type = 'random-draw' AND source_id = :id")
                .param("id", String.valueOf(id)).query(String.class).single();
        for (DrawViews.Row r : draws.rows(draws.get(head, id))) {
            assertThat(content).contains(r.target().name());
            r.officers().forEach(o -> assertThat(content).doesNotContain(o.name()));
        }
        mvc.perform(post("/plans/draws/{id}/publish", id).with(TestActors.as(web)).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void refusalsAreFourHundredsAndStoreNothing() throws Exception {
        long before = draws();
        String[][] bad = {{"officersPerTarget", "1"}, {"officersPerTarget", "x"}, {"amount", ""}, {"amount", "abc"},
                {"amount", "999999"}, {"amount", "0"}, {"title", ""}, {"industry", "GOLD"}, {"status", "CLOSED"}};
        for (String[] b : bad) {
            java.util.Map<String, String> form = new java.util.LinkedHashMap<>(java.util.Map.of("title", "错误输入", "mode", "count",
                    "amount", "2", "officersPerTarget", "2"));
            form.put(b[0], b[1]);
            var request = post("/plans/draws").with(TestActors.as(web)).with(csrf());
            form.forEach(request::param);
            mvc.perform(request).andExpect(status().isBadRequest());
        }
        // an empty pool and a count above the pool are rule refusals (422)
        mvc.perform(post("/plans/draws").with(TestActors.as(web)).with(csrf()).param("title", "空名录").param("mode", "count")
                        .param("amount", "1").param("officersPerTarget", "2").param("industry", "FIREWORKS").param("riskGrade", "A"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("没有可抽查的生产经营单位")));
        mvc.perform(post("/plans/draws").with(TestActors.as(web)).with(csrf()).param("title", "超额").param("mode", "count")
                        .param("amount", "400").param("officersPerTarget", "2"))
                .andExpect(status().isUnprocessableContent());
        // an agency without two eligible officers cannot draw (the city bureau has no officers of its own)
        Actor city = users.actor("jc_unithead").orElseThrow();
        assertThatThrownBy(() -> draws.draw(city, new RandomDraws.NewDraw("人员不足", null, null, null, 1, null, 2)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("DRAW-OFFICERS");
        assertThat(draws()).isEqualTo(before);

        mvc.perform(get("/plans/draws/999999999").with(TestActors.as(web))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/draws").param("page", "-1").with(TestActors.as(web))).andExpect(status().isBadRequest());
        Actor sc = users.actor("sc_unithead").orElseThrow();
        long mine = draws.draw(head, new RandomDraws.NewDraw("范围测试", null, null, null, 1, null, 2));
        assertThatThrownBy(() -> draws.get(sc, mine)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND);
    }
}
