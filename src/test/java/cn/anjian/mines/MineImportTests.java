package cn.anjian.mines;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MC-01, MC-04: the Excel imports of mines and commissioners — all-or-nothing, through the registry's own gates. */
@IntegrationTest
class MineImportTests {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1000));
    static final String[] PERMS = {"mine:read", "mine:manage", "enterprise:read", "enterprise:manage", "personnel:read",
            "personnel:manage"};
    static final List<String> MINE_HEAD = List.of("统一社会信用代码*", "矿山类型*", "年采剥量（吨）", "所属矿山统一社会信用代码",
            "生产状态*", "监管层级*", "纬度", "经度", "作业场所", "系统");
    static final List<String> PERSON_HEAD = List.of("身份证号码*", "人员身份*", "符合第七条条件*", "检查工作表培训通过日期", "专业",
            "常驻地纬度*", "常驻地经度*", "工作电话", "可派驻状态");
    static TestActor here;
    static TestActor there;

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired People people;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void world() {
        if (here != null) {
            return;
        }
        Jurisdiction province = jurisdictions.findByCode("140000").orElseThrow();
        String city = null;
        for (int n = 60; n < 80 && city == null; n++) {
            if (jurisdictions.findByCode("14" + n + "00").isEmpty()) {
                city = "14" + n + "00";
            }
        }
        var admin = TestActors.actor("mine-import-admin", province.id(), province.path(), "org:read", "org:manage");
        Jurisdiction c = jurisdictions.add(admin, province.id(), city, "导入测试市" + city.substring(2, 4));
        here = actor(jurisdictions.add(admin, c.id(), city.substring(0, 4) + "01", "导入甲县"));
        there = actor(jurisdictions.add(admin, c.id(), city.substring(0, 4) + "02", "导入乙县"));
    }

    TestActor actor(Jurisdiction j) {
        Agency a = agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理局");
        return new TestActor(880_000 + j.id(), "mine_import_" + j.code(), "导入测试" + j.code(), a.id(), a.name(), null,
                j.id(), new Scope(j.path()), Set.of(PERMS));
    }

    String enterprise(TestActor who, String name) {
        String code = CreditCode.complete("91140927MF"
                + String.format("%07d", SEQ.incrementAndGet() * 7919L % 10_000_000)).value();
        enterprises.create(who, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, Industry.NON_COAL_MINE,
                "导入测试镇", new BigDecimal("36.1"), new BigDecimal("112.9"), null, RiskGrade.B, EnterpriseStatus.OPERATING));
        return code;
    }

    String person(TestActor who, String name) {
        String card = IdCards.next(true);
        people.create(who, NewPerson.basic(name, card, "13800005555"));
        return card;
    }

    static byte[] workbook(String sheet, List<String> head, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter w = FastExcel.write(out).build()) {
            w.write(rows, FastExcel.writerSheet(0, sheet).head(head.stream().map(List::of).toList()).build());
        }
        return out.toByteArray();
    }

    static List<String> mine(String code, String kind, String tonnes, String parent) {
        return List.of(code, kind, tonnes, parent, "正常生产", "县级", "", "", "一采区；二采区", "通风系统");
    }

    MvcResult upload(String path, TestActor who, byte[] file) throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("file", "m.xlsx", null, file)).with(csrf())
                .with(TestActors.as(who))).andReturn();
    }

    long mines(String code) {
        return jdbc.sql("""
                SELECT count(*) FROM mine_mine m JOIN ent_enterprise_view e ON e.id = m.enterprise_id WHERE e.credit_code = :c""")
                .param("c", code).query(Long.class).single();
    }

    @Test
    @DisplayName("MC-01 a good file registers every row through the registry, an attached pond after its parent, each audited")
    void goodMines() throws Exception {
        String coal = enterprise(here, "导入煤业");
        String iron = enterprise(here, "导入铁矿");
        String pit = enterprise(here, "导入石料");
        String pond = enterprise(here, "导入尾矿库");
        byte[] file = workbook("矿山", MINE_HEAD, List.of(mine(coal, "煤矿", "", ""), mine(iron, "地下开采非煤矿山", "", ""),
                mine(pit, "露天开采非煤矿山", "600,000", ""), mine(pond, "尾矿库", "", iron)));
        mvc.perform(multipart("/api/v1/mines/import").file(new MockMultipartFile("file", "m.xlsx", null, file)).with(csrf())
                        .with(TestActors.as(here)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(4));
        for (String c : List.of(coal, iron, pit, pond)) {
            assertThat(mines(c)).isEqualTo(1);
        }
        assertThat(jdbc.sql("""
                SELECT p.enterprise_id = (SELECT id FROM ent_enterprise_view WHERE credit_code = :iron)
                  FROM mine_mine m JOIN mine_mine p ON p.id = m.parent_mine_id
                 WHERE m.enterprise_id = (SELECT id FROM ent_enterprise_view WHERE credit_code = :pond)""")
                .param("iron", iron).param("pond", pond).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT annual_stripping_tonnes FROM mine_mine m JOIN ent_enterprise_view e ON e.id = m.enterprise_id"
                + " WHERE e.credit_code = :c").param("c", pit).query(Long.class).single()).isEqualTo(600_000L);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'mines.mine.registered' AND actor = :u")
                .param("u", here.username()).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("MC-01 one bad row (unknown kind, open pit without tonnes, pond on a coal mine, duplicate, another county) imports nothing and names row, column and reason")
    void badMines() throws Exception {
        String coal = enterprise(here, "导入甲煤业");
        String pit = enterprise(here, "导入甲石料");
        String pond = enterprise(here, "导入甲尾矿库");
        String other = enterprise(there, "乙县煤业");
        String odd = enterprise(here, "导入甲其他");
        byte[] file = workbook("矿山", MINE_HEAD, List.of(mine(coal, "煤矿", "", ""), mine(odd, "煤炭", "", ""),
                mine(pit, "露天开采非煤矿山", "", ""), mine(pond, "尾矿库", "", coal), mine(coal, "煤矿", "", ""),
                mine(other, "煤矿", "", "")));
        MvcResult r = upload("/api/v1/mines/import", here, file);
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        String body = r.getResponse().getContentAsString();
        assertThat(body).contains("IMPORT-REJECTED");
        List<Map<String, Object>> errors = com.jayway.jsonpath.JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> e.get("row") + "|" + e.get("column")).containsExactlyInAnyOrder(
                "3|矿山类型*", "4|年采剥量（吨）", "5|所属矿山统一社会信用代码", "6|统一社会信用代码*", "7|统一社会信用代码*");
        assertThat(message(errors, 3)).contains("不是可选值");
        assertThat(message(errors, 4)).contains("露天开采非煤矿山须填写年采剥量");
        assertThat(message(errors, 5)).contains("非煤矿山");
        assertThat(message(errors, 6)).contains("已登记为矿山");
        assertThat(message(errors, 7)).contains("管辖范围");
        for (String c : List.of(coal, pit, pond, other, odd)) {
            assertThat(mines(c)).isZero();
        }
        // the page lists the same errors inline, nothing stored
        mvc.perform(multipart("/mines/import").file(new MockMultipartFile("file", "m.xlsx", null, file)).with(csrf())
                        .with(TestActors.as(here)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("import-errors")))
                .andExpect(content().string(containsString("露天开采非煤矿山须填写年采剥量")));
        assertThat(mines(coal)).isZero();
    }

    static String message(List<Map<String, Object>> errors, int row) {
        return errors.stream().filter(e -> ((Number) e.get("row")).intValue() == row).map(e -> (String) e.get("message"))
                .findFirst().orElse("");
    }

    @Test
    @DisplayName("MC-01 bad files are 4xx, never 500: text, NUL bytes, oversized, empty, a NUL character in a cell, a wrong header")
    void badFiles() throws Exception {
        assertThat(upload("/api/v1/mines/import", here, "矿山,煤矿\n".getBytes()).getResponse().getStatus()).isEqualTo(400);
        assertThat(upload("/api/v1/mines/import", here, new byte[2048]).getResponse().getStatus()).isEqualTo(400);
        assertThat(upload("/api/v1/mines/import", here, new byte[0]).getResponse().getStatus()).isEqualTo(400);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertThat(upload("/api/v1/mines/commissioners/import", here, big).getResponse().getStatus()).isEqualTo(400);
        assertThat(upload("/mines/import", here, "not excel".getBytes()).getResponse().getStatus()).isEqualTo(400);
        String code = enterprise(here, "导入控制字符");
        MvcResult nul = upload("/api/v1/mines/import", here, workbook("矿山", MINE_HEAD,
                List.of(List.of(code, "煤矿", "", "", "正常生产", "县级", "", "", "一采区\u202E", ""))));
        assertThat(nul.getResponse().getStatus()).isEqualTo(422);
        assertThat(nul.getResponse().getContentAsString()).contains("文字方向").contains("作业场所");
        MvcResult header = upload("/api/v1/mines/import", here, workbook("矿山", List.of("名称"), List.of(List.of("x"))));
        assertThat(header.getResponse().getStatus()).isEqualTo(422);
        assertThat(header.getResponse().getContentAsString()).contains("表头应为");
        assertThat(mines(code)).isZero();
        TestActor reader = new TestActor(here.userId() + 1, "mine_import_reader", "只读", here.agencyId(), here.agencyName(), null,
                here.jurisdictionId(), here.scope(), Set.of("mine:read"));
        assertThat(upload("/api/v1/mines/import", reader, workbook("矿山", MINE_HEAD, List.of(mine(code, "煤矿", "", ""))))
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    @DisplayName("MC-01 MC-04 the templates download with Chinese headers and an example row; the pages open for managers only")
    void templatesAndPages() throws Exception {
        for (String path : List.of("/mines/import/template.xlsx", "/mines/commissioners/import/template.xlsx")) {
            byte[] xlsx = mvc.perform(get(path).with(TestActors.as(here))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(0).doReadSync();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get(0)).isIn("统一社会信用代码*", "身份证号码*");
        }
        mvc.perform(get("/mines/import").with(TestActors.as(here))).andExpect(status().isOk())
                .andExpect(content().string(containsString("下载导入模板")));
        mvc.perform(get("/mines/commissioners/import").with(TestActors.as(here))).andExpect(status().isOk());
    }

    static List<String> commissioner(String card, String employment, String conditions, String specialties, String phone,
                                     String availability) {
        return List.of(card, employment, conditions, "2026-03-15", specialties, "36.10", "112.90", phone, availability);
    }

    long commissioners(String card) {
        return jdbc.sql("SELECT count(*) FROM mine_commissioner c JOIN per_person p ON p.id = c.person_id WHERE p.id_card = :c")
                .param("c", card).query(Long.class).single();
    }

    @Test
    @DisplayName("MC-04 MC-05 a good commissioners file selects each person with specialties, work phone and availability")
    void goodCommissioners() throws Exception {
        String a = person(here, "导入专员甲");
        String b = person(here, "导入专员乙");
        byte[] file = workbook("监管专员", PERSON_HEAD, List.of(commissioner(a, "在编人员", "是", "采煤、通风", "0356-1234567", ""),
                commissioner(b, "公开招聘的编外人员", "是", "地测", "", "因岗位变动、身体等原因不能正常履职")));
        mvc.perform(multipart("/api/v1/mines/commissioners/import").file(new MockMultipartFile("file", "c.xlsx", null, file))
                        .with(csrf()).with(TestActors.as(here)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        assertThat(jdbc.sql("""
                SELECT c.specialties || '|' || c.work_phone || '|' || c.availability FROM mine_commissioner c
                  JOIN per_person p ON p.id = c.person_id WHERE p.id_card = :c""").param("c", a).query(String.class).single())
                .isEqualTo("MINING,VENTILATION|0356-1234567|AVAILABLE");
        assertThat(jdbc.sql("""
                SELECT c.availability FROM mine_commissioner c JOIN per_person p ON p.id = c.person_id WHERE p.id_card = :c""")
                .param("c", b).query(String.class).single()).isEqualTo("UNABLE");
    }

    @Test
    @DisplayName("MC-04 one bad commissioner row (not in budget, art. 7 unmet, unknown person, another county, bad specialty, twice) imports nobody")
    void badCommissioners() throws Exception {
        String ok = person(here, "导入专员丙");
        String outside = person(there, "乙县人员");
        String notBudget = person(here, "导入专员丁");
        String noConditions = person(here, "导入专员戊");
        String specialty = person(here, "导入专员己");
        List<List<String>> rows = new ArrayList<>(List.of(commissioner(ok, "在编人员", "是", "采煤", "", ""),
                commissioner(notBudget, "其他人员", "是", "", "", ""),
                commissioner(noConditions, "在编人员", "否", "", "", ""),
                commissioner(IdCards.next(false), "在编人员", "是", "", "", ""),
                commissioner(outside, "在编人员", "是", "", "", ""),
                commissioner(specialty, "在编人员", "是", "爆破", "12345", ""),
                commissioner(ok, "在编人员", "是", "采煤", "", "")));
        MvcResult r = upload("/api/v1/mines/commissioners/import", here, workbook("监管专员", PERSON_HEAD, rows));
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        List<Map<String, Object>> errors = com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$.errors");
        assertThat(errors).extracting(e -> e.get("row") + "|" + e.get("column")).containsExactlyInAnyOrder(
                "3|人员身份*", "4|符合第七条条件*", "5|身份证号码*", "6|身份证号码*", "7|专业", "7|工作电话", "8|身份证号码*");
        assertThat(message(errors, 3)).contains("第五条");
        assertThat(message(errors, 4)).contains("第七条");
        assertThat(message(errors, 8)).contains("已是监管专员");
        for (String c : List.of(ok, outside, notBudget, noConditions, specialty)) {
            assertThat(commissioners(c)).isZero();
        }
    }
}
