package cn.anjian.enterprises;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.internal.EnterpriseImport;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EnterprisesTests {

    static final AtomicInteger SEQ = new AtomicInteger();
    static final String[] PERMS = {"enterprise:read", "enterprise:manage", "enterprise:import"};

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired Conflicts conflicts;
    @Autowired Blacklist blacklist;
    @Autowired Jurisdictions jurisdictions;
    @Autowired JdbcClient jdbc;
    @Autowired EnterpriseRepository repository;

    TestActor zz;
    TestActor sc;
    TestActor readOnly;
    Jurisdiction zzJ;

    @BeforeEach
    void setUp() {
        zzJ = jurisdictions.findByCode("140525").orElseThrow();
        Jurisdiction scJ = jurisdictions.findByCode("140927").orElseThrow();
        zz = TestActors.actor("ent_zz", zzJ.id(), zzJ.path(), PERMS);
        sc = TestActors.actor("ent_sc", scJ.id(), scJ.path(), PERMS);
        readOnly = TestActors.actor("ent_ro", zzJ.id(), zzJ.path(), "enterprise:read");
    }

    static String newCode(String county) {
        // "MA" plus digits: letters make the lowercase check meaningful; the demo codes use other numbers
        return CreditCode.complete("91" + county + "MA" + String.format("%07d", SEQ.incrementAndGet() * 7919 % 10_000_000)).value();
    }

    EnterpriseForm form(String name, String code) {
        return new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE, "泽州县某镇",
                new BigDecimal("35.5"), new BigDecimal("112.8"), null, RiskGrade.B, EnterpriseStatus.OPERATING);
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM ent_enterprise").query(Long.class).single();
    }

    @Test
    @DisplayName("ORG-03 a county sees its own enterprises only; another county's id answers 404 on page and API")
    void scope() throws Exception {
        EnterpriseView mine = enterprises.create(zz, form("泽州县测试煤业有限公司", newCode("140525")));
        assertThat(enterprises.get(zz, mine.id()).scopePath()).isEqualTo(zzJ.path());
        assertThatThrownBy(() -> enterprises.get(sc, mine.id())).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThat(enterprises.search(sc, EnterpriseFilter.none(), 0, 200).items()).extracting(EnterpriseView::scopePath)
                .allMatch(p -> p.startsWith(sc.scope().path())).isNotEmpty();
        assertThat(enterprises.search(sc, new EnterpriseFilter("泽州县测试煤业", null, null, null, null), 0, 20).total()).isZero();
        assertThat(enterprises.search(zz, new EnterpriseFilter(mine.creditCode(), null, null, null, null), 0, 20).items())
                .extracting(EnterpriseView::id).containsExactly(mine.id());
        mvc.perform(get("/api/v1/enterprises/" + mine.id()).with(TestActors.as(sc))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + mine.id()).with(TestActors.as(sc))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + mine.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("泽州县测试煤业有限公司")));
        mvc.perform(get("/enterprises").param("industry", "COAL_MINE").param("riskGrade", "B").with(TestActors.as(zz)))
                .andExpect(status().isOk());
        // a division outside the actor's scope cannot be chosen
        EnterpriseForm elsewhere = new EnterpriseForm("越权登记", newCode("140927"), EnterpriseKind.LEGAL_PERSON, Industry.OTHER,
                null, null, null, sc.jurisdictionId(), RiskGrade.D, EnterpriseStatus.OPERATING);
        assertThatThrownBy(() -> enterprises.create(zz, elsewhere)).hasMessageContaining("不在您的管辖范围内");
    }

    @Test
    @DisplayName("one live holder per credit code, citizens have none, stale version and read-only users are refused")
    void gates() throws Exception {
        String code = newCode("140525");
        EnterpriseView e = enterprises.create(zz, form("泽州县唯一代码测试公司", code));
        long before = count();
        assertThatThrownBy(() -> enterprises.create(zz, form("重复代码", code))).hasMessageContaining("已登记");
        assertThatThrownBy(() -> enterprises.create(zz, new EnterpriseForm("张三", code, EnterpriseKind.CITIZEN, Industry.OTHER,
                null, null, null, null, RiskGrade.D, EnterpriseStatus.OPERATING))).hasMessageContaining("公民没有统一社会信用代码");
        EnterpriseView citizen = enterprises.create(zz, new EnterpriseForm("李四（个人烟花零售）", null, EnterpriseKind.CITIZEN,
                Industry.FIREWORKS, null, null, null, null, RiskGrade.D, EnterpriseStatus.OPERATING));
        assertThat(citizen.creditCode()).isNull();
        assertThatThrownBy(() -> enterprises.update(zz, e.id(), e.version() + 1, form("改名", code)))
                .hasMessageContaining("已被他人修改");
        EnterpriseView closed = enterprises.update(zz, e.id(), e.version(), new EnterpriseForm("已关闭", code,
                EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE, null, null, null, null, RiskGrade.B, EnterpriseStatus.CLOSED));
        assertThat(closed.version()).isEqualTo(e.version() + 1);
        assertThat(closed.jurisdictionId()).isEqualTo(e.jurisdictionId());
        // a closed entity frees its code
        enterprises.create(zz, form("同代码重新登记", code));
        assertThat(count()).isEqualTo(before + 2);
        mvc.perform(post("/api/v1/enterprises").with(TestActors.as(readOnly)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("an edit with a stale version answers 409 ENT-STALE and changes nothing; of two concurrent edits the second save is refused")
    void staleVersion() throws Exception {
        EnterpriseView e = enterprises.create(zz, form("泽州县版本测试煤业", newCode("140525")));
        EnterpriseView changed = enterprises.update(zz, e.id(), e.version(), form("泽州县版本测试煤业（更名）", e.creditCode()));
        String body = """
                {"name":"过期表单","creditCode":"%s","kind":"LEGAL_PERSON","industry":"COAL_MINE","riskGrade":"A",
                 "status":"SUSPENDED"}""".formatted(e.creditCode());
        mvc.perform(put("/api/v1/enterprises/" + e.id()).param("version", String.valueOf(e.version()))
                        .with(TestActors.as(zz)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ENT-STALE"));
        assertThat(enterprises.get(zz, e.id())).isEqualTo(changed);

        // two users loaded the same version: the first save wins, the second fails on @Version
        Enterprise first = repository.findById(e.id()).orElseThrow();
        Enterprise second = repository.findById(e.id()).orElseThrow();
        EnterpriseForm renamed = new EnterpriseForm("并发一", e.creditCode(), EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE,
                null, null, null, zzJ.id(), RiskGrade.B, EnterpriseStatus.OPERATING);
        first.edit(changed.version(), renamed, zzJ.path(), java.time.Instant.now());
        repository.save(first);
        second.edit(changed.version(), renamed, zzJ.path(), java.time.Instant.now());
        assertThatThrownBy(() -> repository.save(second))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(enterprises.get(zz, e.id()).version()).isEqualTo(changed.version() + 1);
        assertThatThrownBy(() -> first.edit(changed.version(), renamed, zzJ.path(), java.time.Instant.now()))
                .isInstanceOfSatisfying(BusinessException.class, x -> assertThat(x.code()).isEqualTo("ENT-STALE"));
    }

    @Test
    @DisplayName("bad input answers 4xx with a Chinese message and changes nothing (API and page)")
    void badInput() throws Exception {
        long before = count();
        String valid = newCode("140525");
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String[] bodies = {
            "{\"name\":\"甲\",\"creditCode\":\"" + wrongCheck + "\",\"kind\":\"LEGAL_PERSON\",\"industry\":\"COAL_MINE\",\"riskGrade\":\"A\",\"status\":\"OPERATING\"}",
            "{\"name\":\"甲\",\"creditCode\":\"" + valid.toLowerCase() + "\",\"kind\":\"LEGAL_PERSON\",\"industry\":\"COAL_MINE\",\"riskGrade\":\"A\",\"status\":\"OPERATING\"}",
            "{\"name\":\"甲\",\"creditCode\":\"" + valid + "\",\"kind\":\"LEGAL_PERSON\",\"industry\":\"GOLD\",\"riskGrade\":\"A\",\"status\":\"OPERATING\"}",
            "{\"name\":\"甲\",\"creditCode\":\"" + valid + "\",\"kind\":\"LEGAL_PERSON\",\"industry\":\"COAL_MINE\",\"riskGrade\":\"A\",\"status\":\"OPERATING\",\"latitude\":91,\"longitude\":100}",
            "{\"name\":\"甲\",\"creditCode\":\"" + valid + "\",\"kind\":\"LEGAL_PERSON\",\"industry\":\"COAL_MINE\",\"riskGrade\":\"A\",\"status\":\"OPERATING\",\"latitude\":1e400,\"longitude\":100}",
            "{\"name\":\"" + "长".repeat(201) + "\",\"creditCode\":\"" + valid + "\",\"kind\":\"LEGAL_PERSON\",\"industry\":\"COAL_MINE\",\"riskGrade\":\"A\",\"status\":\"OPERATING\"}",
            "{\"name\":\"甲\",\"creditCode\":\"" + valid + "\",\"kind\":\"LEGAL_PERSON\",\"industry\":\"COAL_MINE\",\"riskGrade\":\"A\",\"status\":\"OPERATING\",\"jurisdictionId\":99999999}",
            "{\"name\":",
            "{}"};
        for (String body : bodies) {
            mvc.perform(post("/api/v1/enterprises").with(TestActors.as(zz)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(post("/api/v1/enterprises").with(TestActors.as(zz)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(bodies[0])).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("校验位错误")));
        mvc.perform(get("/api/v1/enterprises").param("industry", "GOLD").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/enterprises/abc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/enterprises/99999999").with(TestActors.as(zz))).andExpect(status().isNotFound());
        // the page re-renders the form with the message next to the field
        mvc.perform(post("/enterprises").with(TestActors.as(zz)).with(csrf()).param("name", "乙").param("creditCode", wrongCheck)
                        .param("kind", "LEGAL_PERSON").param("industry", "COAL_MINE").param("riskGrade", "A").param("status", "OPERATING")
                        .param("latitude", "abc"))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("须为数字，例如 35.49")));
        mvc.perform(post("/enterprises").with(TestActors.as(zz)).with(csrf()).param("name", "乙").param("creditCode", wrongCheck)
                        .param("kind", "LEGAL_PERSON").param("industry", "COAL_MINE").param("riskGrade", "A").param("status", "OPERATING"))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("校验位错误")));
        EnterpriseView e = enterprises.create(zz, form("泽州县坏日期测试公司", newCode("140525")));
        mvc.perform(post("/enterprises/" + e.id() + "/conflicts").with(TestActors.as(zz)).with(csrf())
                .param("personId", "12").param("personName", "王五").param("relation", "RELATIVE").param("fromDate", "2026-02-30"))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("须为有效日期")));
        mvc.perform(post("/api/v1/enterprises/" + e.id() + "/conflicts").with(TestActors.as(zz)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":1,\"personName\":\"王\",\"relation\":\"RELATIVE\",\"fromDate\":\"2026-02-30\"}"))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before + 1);
        assertThat(conflicts.of(zz, e.id())).isEmpty();
    }

    @Test
    @DisplayName("conflicts register: a relation counts when it overlaps the look-back window, boundary exactly N years inclusive")
    void conflictsLookBack() {
        EnterpriseView e = enterprises.create(zz, form("泽州县回避测试煤业", newCode("140525")));
        LocalDate day = LocalDate.of(2026, 6, 15);
        conflicts.add(zz, e.id(), new NewConflict(501L, "周某", Relation.EMPLOYEE, LocalDate.of(2015, 1, 1), day.minusYears(3), null));
        assertThat(conflicts.conflicted(501L, e.id(), day, 3)).isTrue();                 // ended exactly 3 years ago
        assertThat(conflicts.conflicted(501L, e.id(), day.plusDays(1), 3)).isFalse();    // one day more
        assertThat(conflicts.conflicted(501L, e.id(), day, 2)).isFalse();
        assertThat(conflicts.conflicted(502L, e.id(), day, 3)).isFalse();                // another person
        // a relation that starts after the day does not count yet; an open one counts
        conflicts.add(zz, e.id(), new NewConflict(503L, "吴某", Relation.RELATIVE, day.plusDays(1), null, null));
        assertThat(conflicts.conflicted(503L, e.id(), day, 3)).isFalse();
        assertThat(conflicts.conflicted(503L, e.id(), day.plusDays(1), 0)).isTrue();
        assertThatThrownBy(() -> conflicts.add(zz, e.id(), new NewConflict(504L, "郑某", Relation.OTHER, day, day.minusDays(1), null)))
                .hasMessageContaining("不能早于");
        assertThatThrownBy(() -> conflicts.add(sc, e.id(), new NewConflict(504L, "郑某", Relation.OTHER, day, null, null)))
                .hasMessageContaining("不存在或不在您的管辖范围内");
        assertThatThrownBy(() -> conflicts.conflicted(501L, e.id(), day, -1)).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("CAP-07 an enterprise is put on the joint-punishment blacklist with grounds, decision and dates, audited, removed with a reason")
    void cap07() throws Exception {
        EnterpriseView e = enterprises.create(zz, form("泽州县失信测试煤业", newCode("140525")));
        long audits = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'enterprise.blacklist.%'").query(Long.class).single();
        assertThatThrownBy(() -> blacklist.put(zz, e.id(), new NewListing(" ", "泽应急〔2026〕1 号", LocalDate.of(2026, 1, 1), null)))
                .hasMessageContaining("事实和依据");
        assertThatThrownBy(() -> blacklist.put(zz, e.id(), new NewListing("重大事故隐患拒不整改", null, LocalDate.of(2026, 1, 1), null)))
                .hasMessageContaining("文号");
        BlacklistEntry b = blacklist.put(zz, e.id(), new NewListing("重大事故隐患拒不整改", "泽应急〔2026〕1 号",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        assertThat(b.live()).isTrue();
        assertThat(enterprises.get(zz, e.id()).blacklisted()).isTrue();
        assertThat(enterprises.search(zz, new EnterpriseFilter(null, null, null, null, true), 0, 200).items())
                .extracting(EnterpriseView::id).contains(e.id());
        assertThat(blacklist.live(zz)).extracting(BlacklistEntry::id).contains(b.id());
        assertThat(blacklist.live(sc)).extracting(BlacklistEntry::id).doesNotContain(b.id());
        assertThatThrownBy(() -> blacklist.put(zz, e.id(), new NewListing("再次", "文号", LocalDate.of(2026, 2, 1), null)))
                .hasMessageContaining("已在失信联合惩戒黑名单中");
        assertThatThrownBy(() -> blacklist.remove(zz, b.id(), b.version(), "")).hasMessageContaining("理由");
        assertThatThrownBy(() -> blacklist.remove(sc, b.id(), b.version(), "整改完成")).hasMessageContaining("不存在");
        mvc.perform(post("/api/v1/enterprises/blacklist/" + b.id() + "/removal").with(TestActors.as(zz)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + b.version() + ",\"reason\":\"信用修复完成\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.removalReason").value("信用修复完成"));
        assertThat(enterprises.get(zz, e.id()).blacklisted()).isFalse();
        assertThat(blacklist.of(zz, e.id())).singleElement().satisfies(x -> assertThat(x.removedBy()).isEqualTo("ent_zz"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'enterprise.blacklist.%'").query(Long.class).single())
                .isEqualTo(audits + 2);
    }

    static byte[] workbook(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter w = FastExcel.write(out).build()) {
            w.write(rows, FastExcel.writerSheet(0, EnterpriseImport.SHEET).head(List.of("名称*", "统一社会信用代码", "主体类型*",
                    "行业类别*", "地址", "纬度", "经度", "行政区划代码", "风险等级*", "经营状态*").stream().map(List::of).toList()).build());
        }
        return out.toByteArray();
    }

    static List<String> row(String name, String code, String industry, String lat, String division) {
        return new ArrayList<>(List.of(name, code, "法人", industry, "泽州县", lat, lat.isEmpty() ? "" : "112.8", division, "B", "正常生产经营"));
    }

    @Test
    @DisplayName("Excel import is all-or-nothing: one bad row stores nothing and every error is reported with row and column")
    void importAllOrNothing() throws Exception {
        long before = count();
        String c1 = newCode("140525");
        String c2 = newCode("140525");
        String bad = c2.substring(0, 17) + (c2.charAt(17) == '0' ? '1' : '0');
        byte[] file = workbook(List.of(row("导入甲煤业", c1, "煤矿", "35.5", "140525"), row("导入乙煤业", bad, "煤矿", "35.5", ""),
                row("导入丙煤业", c2, "金矿", "95", "140927"), row("导入丁煤业", c1, "煤矿", "35.5", "")));
        mvc.perform(multipart("/api/v1/enterprises/import").file(new MockMultipartFile("file", "e.xlsx", null, file))
                        .with(TestActors.as(zz)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3)).andExpect(jsonPath("$.errors[0].column").value("统一社会信用代码"))
                .andExpect(jsonPath("$.errors[1].row").value(4)).andExpect(jsonPath("$.errors[1].column").value("行业类别*"))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].message").value(org.hamcrest.Matchers.hasItem("与本文件前面的行重复")));
        assertThat(count()).isEqualTo(before);
        // the same gate as the API: a division out of scope is refused for the row
        byte[] outOfScope = workbook(List.of(row("导入戊煤业", c1, "煤矿", "35.5", "140927")));
        mvc.perform(multipart("/enterprises/import").file(new MockMultipartFile("file", "e.xlsx", null, outOfScope))
                        .with(TestActors.as(zz)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(org.hamcrest.Matchers.containsString("行政区划代码")));
        mvc.perform(multipart("/api/v1/enterprises/import").file(new MockMultipartFile("file", "e.xlsx", null, "not excel".getBytes()))
                .with(TestActors.as(zz)).with(csrf())).andExpect(status().isUnprocessableContent());
        assertThat(count()).isEqualTo(before);
        byte[] good = workbook(List.of(row("导入甲煤业", c1, "煤矿", "35.5", "140525"), row("导入丙煤业", c2, "非煤矿山", "", "")));
        mvc.perform(multipart("/api/v1/enterprises/import").file(new MockMultipartFile("file", "e.xlsx", null, good))
                .with(TestActors.as(zz)).with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
        assertThat(count()).isEqualTo(before + 2);
        mvc.perform(get("/enterprises/import/template").with(TestActors.as(zz))).andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/enterprises/import").file(new MockMultipartFile("file", "e.xlsx", null, good))
                .with(TestActors.as(readOnly)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("demo data: Zezhou and Shenchi enterprises with valid credit codes, one conflict, one blacklisted")
    void demo() {
        assertThat(enterprises.search(zz, EnterpriseFilter.none(), 0, 200).items())
                .filteredOn(v -> v.creditCode() != null && v.creditCode().substring(8, 11).equals("314")).hasSize(10)
                .allSatisfy(v -> assertThat(CreditCode.check(v.creditCode())).isEqualTo(v.creditCode()));
        assertThat(enterprises.search(sc, new EnterpriseFilter("神池县", null, null, null, null), 0, 200).total()).isGreaterThanOrEqualTo(6);
        assertThat(blacklist.live(zz)).extracting(BlacklistEntry::decisionDoc).contains("泽应急罚〔2024〕17 号");
    }
}
