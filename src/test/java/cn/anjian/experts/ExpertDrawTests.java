package cn.anjian.experts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.experts.draws.DrawRequest;
import cn.anjian.experts.draws.DrawView;
import cn.anjian.experts.draws.Draws;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** EXP-07 / EXP-08 on the 晋城市 (city) pool: filters, avoidance with reasons, rotation, replay, too few, audit, scope. */
@IntegrationTest
class ExpertDrawTests {

    static final String[] PERMS = {"expert:read", "expert:manage", "expert:draw", "enterprise:read"};

    @Autowired MockMvc mvc;
    @Autowired ExpertRegistry registry;
    @Autowired Draws draws;
    @Autowired Enterprises enterprises;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    TestActor jc;
    long target;
    String targetName;
    List<Long> law = new ArrayList<>();

    TestActor actor(String code, String... perms) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        return new TestActor(870_000 + j.id(), "draw_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(perms));
    }

    long admit(int n, ExpertLevel level, Long employer) {
        return registry.admit(jc, new NewExpert("法律专家" + n, IdCardNumber.complete("14050019750101" + String.format("%03d", n)).value(),
                "13800002222", "律师", level, employer == null ? "某律师事务所" : targetName, employer, "LAW", List.of("LW_ADMIN"), null, null));
    }

    /** Eight law experts: #0 employed by the target, #1 declared a current relation, #2 a relation that ended 4 years ago. */
    @BeforeEach
    void setUp() {
        jc = actor("140500", PERMS);
        var e = enterprises.search(jc, EnterpriseFilter.none(), 0, 1).items().get(0);
        target = e.id();
        targetName = e.name();
        for (int i = 0; i < 8; i++) {
            law.add(admit(i, i < 6 ? ExpertLevel.SENIOR : ExpertLevel.INTERMEDIATE, i == 0 ? target : null));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), cn.anjian.kernel.Zones.SHANGHAI);
        registry.declareConflict(jc, law.get(1), target, "配偶在该单位任职", today.minusYears(1), null);
        registry.declareConflict(jc, law.get(2), target, "曾为该单位提供评价服务", today.minusYears(8), today.minusYears(4));
    }

    @AfterEach
    void clean() {
        for (String t : List.of("exp_draw", "exp_field_leader")) {
            jdbc.sql("DELETE FROM " + t + " WHERE agency_id = :a").param("a", jc.agencyId()).update();
        }
        for (String t : List.of("exp_dispatch", "exp_conflict", "exp_expert_sub")) {
            jdbc.sql("DELETE FROM " + t + " WHERE expert_id IN (SELECT id FROM exp_expert WHERE agency_id = :a)").param("a", jc.agencyId()).update();
        }
        jdbc.sql("DELETE FROM exp_expert WHERE agency_id = :a").param("a", jc.agencyId()).update();
    }

    @Test
    @DisplayName("EXP-08 a conflicted expert is never selected: employer and declared relation excluded with their reasons; a relation beyond the 3-year look-back is not")
    void avoidance() {
        for (long seed = 0; seed < 30; seed++) {
            DrawView d = draws.draw(jc, new DrawRequest("LAW", "LW_ADMIN", null, 6, target, seed));
            assertThat(d.selected()).extracting(DrawView.Pick::expertId).doesNotContain(law.get(0), law.get(1)).hasSize(6);
            assertThat(d.excluded()).extracting(DrawView.Exclusion::expertId).containsExactlyInAnyOrder(law.get(0), law.get(1));
            assertThat(d.candidates()).extracting(DrawView.Candidate::expertId).contains(law.get(2)).hasSize(6);
        }
        DrawView d = draws.draw(jc, new DrawRequest("LAW", null, null, 1, target, 1L));
        assertThat(d.excluded()).filteredOn(x -> x.expertId() == law.get(0)).singleElement()
                .satisfies(x -> assertThat(x.reason()).isEqualTo("任职单位为任务对象单位：" + targetName));
        assertThat(d.excluded()).filteredOn(x -> x.expertId() == law.get(1)).singleElement()
                .satisfies(x -> assertThat(x.reason()).startsWith("申报利害关系：配偶在该单位任职（").endsWith(" 至 今）"));
        // without a target nobody is excluded
        assertThat(draws.draw(jc, new DrawRequest("LAW", null, null, 8, null, 1L)).excluded()).isEmpty();
    }

    @Test
    @DisplayName("EXP-07 level filter and too few: 6 asked, 2 intermediate eligible → 422 naming how many and why; nothing stored")
    void tooFew() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM exp_draw").query(Long.class).single();
        assertThatThrownBy(() -> draws.draw(jc, new DrawRequest("LAW", null, "INTERMEDIATE", 3, null, 5L)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("EXP-07");
                    assertThat(e.getMessage()).contains("只有 2 名").contains("3 名");
                });
        // boundary: 6 eligible of 8 with the target → 6 succeeds, 7 refused saying why the other 2 were excluded
        assertThat(draws.draw(jc, new DrawRequest("LAW", null, null, 6, target, 9L)).selected()).hasSize(6);
        mvc.perform(post("/api/v1/experts/draws").with(TestActors.as(jc)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"LAW\",\"subSpecialty\":null,\"level\":null,\"count\":7,\"targetEnterpriseId\":" + target + ",\"seed\":null}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("EXP-07"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("只有 6 名"),
                        org.hamcrest.Matchers.containsString("2 名因回避被排除"), org.hamcrest.Matchers.containsString("任职单位为任务对象单位 1 名"),
                        org.hamcrest.Matchers.containsString("申报利害关系 1 名"))));
        assertThat(jdbc.sql("SELECT count(*) FROM exp_draw").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("EXP-07 rotation: the experts with fewer dispatches in the past 12 months are drawn first; a dispatch 13 months ago does not count")
    void rotation() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), cn.anjian.kernel.Zones.SHANGHAI);
        for (int i = 0; i < 6; i++) {
            registry.recordDispatch(jc, law.get(i), null, today.minusMonths(2), "测试任务");
        }
        registry.recordDispatch(jc, law.get(6), null, today.minusMonths(13), "一年多以前的任务");
        for (long seed = 0; seed < 20; seed++) {
            DrawView d = draws.draw(jc, new DrawRequest("LAW", null, null, 2, null, seed));
            assertThat(d.selected()).extracting(DrawView.Pick::expertId).containsExactlyInAnyOrder(law.get(6), law.get(7));
        }
    }

    /**
     * The selection of fixed seeds on a fixed pool, pinned as positions in {@link #law}: recorded with the draw as it was
     * before the candidate query read each expert's dispatches in one probe (two correlated subqueries then), so the
     * rewrite provably selects the same experts in the same order.
     */
    @Test
    @DisplayName("EXP-07 EXP-08 fixed seeds on a fixed pool select exactly the pinned experts, in order, with and without a target")
    void pinnedSelection() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), cn.anjian.kernel.Zones.SHANGHAI);
        int[][] dispatches = {{}, {2, 5}, {3}, {1}, {14}, {}, {6, 13, 20}, {}}; // months ago, per law expert
        for (int i = 0; i < dispatches.length; i++) {
            for (int monthsAgo : dispatches[i]) {
                registry.recordDispatch(jc, law.get(i), null, today.minusMonths(monthsAgo), "测试任务");
            }
        }
        java.util.Map<String, List<Integer>> drawn = new java.util.TreeMap<>();
        for (long seed : new long[] {0, 1, 7, 42, 123_456_789}) {
            drawn.put("all-" + seed, positions(draws.draw(jc, new DrawRequest("LAW", null, null, 6, null, seed))));
            drawn.put("target-" + seed, positions(draws.draw(jc, new DrawRequest("LAW", "LW_ADMIN", null, 4, target, seed))));
        }
        // never dispatched in random order, then 0 in the window (last 14 months ago), then 1 by age, then 2; the target
        // excludes #0 (employer) and #1 (declared relation)
        assertThat(drawn).isEqualTo(java.util.Map.of(
                "all-0", List.of(0, 7, 5, 4, 6, 2), "all-1", List.of(7, 0, 5, 4, 6, 2), "all-7", List.of(7, 5, 0, 4, 6, 2),
                "all-42", List.of(0, 7, 5, 4, 6, 2), "all-123456789", List.of(7, 0, 5, 4, 6, 2),
                "target-0", List.of(7, 5, 4, 6), "target-1", List.of(5, 7, 4, 6), "target-7", List.of(7, 5, 4, 6),
                "target-42", List.of(5, 7, 4, 6), "target-123456789", List.of(7, 5, 4, 6)));
    }

    private List<Integer> positions(DrawView d) {
        return d.selected().stream().map(p -> law.indexOf(p.expertId())).toList();
    }

    @Test
    @DisplayName("EXP-07 tiebreak: equal counts → never dispatched first, then the least recently dispatched; the snapshot keeps the date and replays identically, an older snapshot without it still reads")
    void tiebreak() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), cn.anjian.kernel.Zones.SHANGHAI);
        for (int i = 0; i < 6; i++) { // one dispatch each within the window, law 5 the longest ago
            registry.recordDispatch(jc, law.get(i), null, today.minusMonths(1 + i), "测试任务");
        }
        registry.recordDispatch(jc, law.get(6), null, today.minusMonths(13), "一年多以前的任务");
        for (long seed = 0; seed < 10; seed++) {
            DrawView d = draws.draw(jc, new DrawRequest("LAW", null, null, 4, null, seed));
            assertThat(d.selected()).extracting(DrawView.Pick::expertId).containsExactly(law.get(7), law.get(6), law.get(5), law.get(4));
            assertThat(d.candidates()).filteredOn(c -> c.expertId() == law.get(6)).singleElement()
                    .satisfies(c -> assertThat(c.lastDispatched()).isEqualTo(today.minusMonths(13)));
            assertThat(draws.replay(jc, d.id()).same()).isTrue();
        }
        // a snapshot stored before the date was kept reads (no date for anyone); DrawRuleTests shows it orders as before
        DrawView d = draws.draw(jc, new DrawRequest("LAW", null, null, 5, null, 42L));
        storeAsArrays(d, false);
        assertThat(draws.get(jc, d.id()).candidates()).hasSize(8).allSatisfy(c -> assertThat(c.lastDispatched()).isNull());
    }

    @Test
    @DisplayName("EXP-07 API: POST draws answers id, seed, selected, excluded; GET replay returns the same selection; audited; ORG-03 404 elsewhere")
    void apiAndReplay() throws Exception {
        String body = mvc.perform(post("/api/v1/experts/draws").with(TestActors.as(jc)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"LAW\",\"subSpecialty\":\"LW_ADMIN\",\"level\":null,\"count\":3,\"targetEnterpriseId\":" + target + ",\"seed\":null}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seed").isNumber())
                .andExpect(jsonPath("$.selected.length()").value(3))
                .andExpect(jsonPath("$.selected[0].expertId").isNumber())
                .andExpect(jsonPath("$.selected[0].name").isString())
                .andExpect(jsonPath("$.excluded.length()").value(2))
                .andExpect(jsonPath("$.excluded[0].reason").isString())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String selected = body.replaceAll(".*(\"selected\":\\[[^\\]]*\\]).*", "$1");
        // the pool changes after the draw (a selected expert removed, new dispatches): the replay still uses the snapshot
        registry.remove(jc, law.get(7));
        registry.recordDispatch(jc, law.get(3), null, LocalDate.ofInstant(clock.instant(), cn.anjian.kernel.Zones.SHANGHAI), "之后的任务");
        String replay = mvc.perform(get("/api/v1/experts/draws/" + id + "/replay").with(TestActors.as(jc)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.identical").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(replay).contains(selected);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'experts.draw.made' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/experts/draws/" + id + "/replay").with(TestActors.as(actor("140900", PERMS))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/experts/draws").with(TestActors.as(jc)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"LAW\",\"count\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("EXP-COUNT"));
        mvc.perform(post("/api/v1/experts/draws").with(TestActors.as(jc)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"NOPE\",\"count\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("EXP-FIELD"));
        mvc.perform(post("/api/v1/experts/draws").with(TestActors.as(actor("140500", "expert:read"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"LAW\",\"count\":1}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("EXP-07 the snapshot is one packed value with its hash; the draw answers what is stored; a packed snapshot changed afterwards does not replay as identical")
    void compactSnapshot() {
        DrawView d = draws.draw(jc, new DrawRequest("LAW", null, null, 3, target, 7L));
        var row = jdbc.sql("""
                SELECT octet_length(candidate_pack) AS bytes, candidate_ids IS NULL AND candidate_dispatches IS NULL
                       AND candidate_last IS NULL AS no_arrays, candidate_hash
                FROM exp_draw WHERE id = :id""").param("id", d.id()).query().singleRow();
        assertThat(d.candidates()).hasSize(6);
        assertThat((Integer) row.get("bytes")).isBetween(2 + 6 * 3, 2 + 6 * 3 + 12); // format, count, ~3 bytes a candidate
        assertThat(row).containsEntry("no_arrays", true);
        assertThat((String) row.get("candidate_hash")).hasSize(64);
        assertThat(draws.get(jc, d.id())).isEqualTo(d);
        assertThat(draws.replay(jc, d.id()).same()).isTrue();
        // the last byte is the last candidate's last dispatch (0: none); made "tomorrow", the hash tells the change
        assertThat(d.candidates().get(5).lastDispatched()).isNull();
        jdbc.sql("UPDATE exp_draw SET candidate_pack = set_byte(candidate_pack, octet_length(candidate_pack) - 1, 2) WHERE id = :id")
                .param("id", d.id()).update();
        assertThat(draws.get(jc, d.id()).candidates().get(5).lastDispatched()).isEqualTo(d.day().plusDays(1));
        assertThat(draws.replay(jc, d.id()).same()).isFalse();
    }

    @Test
    @DisplayName("EXP-07 a packed snapshot and the same snapshot stored as the older arrays read and replay to the same selection; a changed array snapshot does not replay as identical")
    void packedAndArraySnapshotsReplayAlike() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), cn.anjian.kernel.Zones.SHANGHAI);
        int[][] dispatches = {{}, {2, 5}, {3}, {1}, {14}, {}, {6, 13, 20}, {0}}; // months ago; dates before, in and out of the window
        for (int i = 0; i < dispatches.length; i++) {
            for (int monthsAgo : dispatches[i]) {
                registry.recordDispatch(jc, law.get(i), null, today.minusMonths(monthsAgo), "测试任务");
            }
        }
        for (long seed : new long[] {0, 1, 7, 42, 123_456_789}) {
            DrawView packed = draws.draw(jc, new DrawRequest("LAW", null, null, 5, seed == 7 ? target : null, seed));
            assertThat(packed.candidates()).filteredOn(c -> c.lastDispatched() != null).hasSizeGreaterThan(3);
            Draws.Replay fromPack = draws.replay(jc, packed.id());
            assertThat(fromPack.same()).isTrue();
            assertThat(fromPack.selected()).isEqualTo(packed.selected());
            String hash = jdbc.sql("SELECT candidate_hash FROM exp_draw WHERE id = :id").param("id", packed.id()).query(String.class).single();
            storeAsArrays(packed, true);
            assertThat(jdbc.sql("SELECT candidate_pack IS NULL AND candidate_hash = :h FROM exp_draw WHERE id = :id")
                    .param("id", packed.id()).param("h", hash).query(Boolean.class).single()).isTrue();
            assertThat(draws.get(jc, packed.id())).isEqualTo(packed);
            Draws.Replay fromArrays = draws.replay(jc, packed.id());
            assertThat(fromArrays.same()).isTrue();
            assertThat(fromArrays.selected()).isEqualTo(fromPack.selected());
        }
        // one more dispatch for a candidate who was not selected: the rerun still selects the same, the hash tells the change
        DrawView d = draws.draw(jc, new DrawRequest("LAW", null, null, 3, target, 7L));
        storeAsArrays(d, true);
        int notSelected = d.candidates().indexOf(d.candidates().stream().filter(c -> !c.selected()).findFirst().orElseThrow()) + 1;
        jdbc.sql("UPDATE exp_draw SET candidate_dispatches[" + notSelected + "] = candidate_dispatches[" + notSelected + "] + 1 WHERE id = :id")
                .param("id", d.id()).update();
        Draws.Replay r = draws.replay(jc, d.id());
        assertThat(r.selected()).isEqualTo(d.selected());
        assertThat(r.same()).isFalse();
    }

    /** Rewrites a draw's snapshot the way draws stored between V20_86 and V20_91 hold it: three arrays, the same hash. */
    private void storeAsArrays(DrawView d, boolean withDates) {
        jdbc.sql("""
                UPDATE exp_draw SET candidate_pack = NULL, candidate_ids = cast(:ids AS bigint[]),
                       candidate_dispatches = cast(:n AS int[]), candidate_last = cast(:last AS date[])
                WHERE id = :id""")
                .param("id", d.id())
                .param("ids", literal(d.candidates().stream().map(c -> String.valueOf(c.expertId()))))
                .param("n", literal(d.candidates().stream().map(c -> String.valueOf(c.dispatches()))))
                .param("last", literal(d.candidates().stream()
                        .map(c -> withDates && c.lastDispatched() != null ? c.lastDispatched().toString() : "NULL")))
                .update();
    }

    private static String literal(java.util.stream.Stream<String> values) {
        return values.collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    @Test
    @DisplayName("EXP-07 pages: the draw form refuses inline, a draw shows candidates and each exclusion with its reason, 复核 confirms it")
    void pages() throws Exception {
        mvc.perform(post("/experts/draws").with(TestActors.as(jc)).with(csrf()).param("field", "").param("count", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请选择行业领域")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("须为 1–20 的整数")));
        mvc.perform(post("/experts/draws").with(TestActors.as(jc)).with(csrf()).param("field", "LAW").param("count", "9"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("只有 8 名")));
        DrawView d = draws.draw(jc, new DrawRequest("LAW", null, null, 2, target, 42L));
        mvc.perform(get("/experts/draws/" + d.id()).with(TestActors.as(jc)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("任职单位为任务对象单位：" + targetName)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("复核")));
        mvc.perform(post("/experts/draws/" + d.id() + "/replay").with(TestActors.as(jc)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("复核一致")));
    }
}
