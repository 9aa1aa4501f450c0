package cn.anjian.personnel.officers;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PersonnelFixtures;
import cn.anjian.personnel.PostStatus;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OfficerWebTests {

    static final String OFFICERS = "执法人员";
    static final String TRAININGS = "培训记录";
    static final List<String> OFFICER_HEAD = List.of("姓名*", "身份证号码*", "联系电话", "学历", "专业", "内设机构", "入职日期", "岗位状态*", "岗位变动日期");
    static final List<String> TRAINING_HEAD = List.of("身份证号码*", "课程名称*", "培训类别*", "学时*", "开始日期*", "结束日期*", "集中脱产*", "考试结果", "考试日期", "考试成绩", "出勤情况");

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired OfficerService officers;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired MutableClock clock;

    TestActor zz;
    TestActor sc;
    TestActor province;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2025, 3, 4, 10, 0));
        zz = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
        sc = PersonnelFixtures.hr(jurisdictions, agencies, "140927");
        province = PersonnelFixtures.hr(jurisdictions, agencies, "140000");
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    static byte[] workbook(List<List<String>> officerRows, List<List<String>> trainingRows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter w = FastExcel.write(out).build()) {
            w.write(officerRows, FastExcel.writerSheet(0, OFFICERS).head(OFFICER_HEAD.stream().map(List::of).toList()).build());
            w.write(trainingRows, FastExcel.writerSheet(1, TRAININGS).head(TRAINING_HEAD.stream().map(List::of).toList()).build());
        }
        return out.toByteArray();
    }

    static String badCard() {
        String good = IdCards.next(true);
        char last = good.charAt(17);
        return good.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    private long officer() {
        PersonView p = people.create(zz, NewPerson.basic("网页测试", IdCards.next(true), null));
        officers.register(zz, p.id(), new NewOfficer(null, LocalDate.of(2024, 1, 1), PostStatus.OFF_POST, null));
        return p.id();
    }

    @Test
    @DisplayName("import all-or-nothing: one bad row imports nothing and lists (sheet, row, column, message); API gives problem+json")
    void importAllOrNothing() throws Exception {
        String good1 = IdCards.next(true);
        String good2 = IdCards.next(false);
        String bad = badCard();
        byte[] file = workbook(List.of(
                List.of("王强", good1, "13800000001", "大学本科", "安全工程", "", "2020-07-01", "在岗", "2020-09-01"),
                List.of("李丽", good2, "", "", "", "", "", "不在岗", ""),
                List.of("赵六", bad, "", "", "", "", "", "在岗", "")),
                List.of(List.of(good1, "年度轮训", "年度轮训", "abc", "2025-01-06", "2025-01-08", "是", "未考试")));
        mvc.perform(multipart("/api/v1/personnel/officers/import").file(new MockMultipartFile("file", "o.xlsx", null, file))
                        .with(csrf()).with(TestActors.as(zz)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("IMPORT-REJECTED"))
                .andExpect(jsonPath("$.totalErrors").value(2))
                .andExpect(jsonPath("$.errors[0].sheet").value(OFFICERS))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("身份证号码*"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("校验位")))
                .andExpect(jsonPath("$.errors[1].sheet").value(TRAININGS))
                .andExpect(jsonPath("$.errors[1].column").value("学时*"));
        assertThat(people.findByIdCard(zz, good1)).isEmpty();
        assertThat(people.findByIdCard(zz, good2)).isEmpty();

        // the page shows the same list
        mvc.perform(multipart("/personnel/officers/import").file(new MockMultipartFile("file", "o.xlsx", null, file))
                        .with(csrf()).with(TestActors.as(zz)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("未导入任何数据")))
                .andExpect(content().string(containsString("校验位")));

        byte[] fixed = workbook(List.of(
                List.of("王强", good1, "13800000001", "大学本科", "安全工程", "", "2020-07-01", "在岗", "2020-09-01"),
                List.of("李丽", good2, "", "", "", "", "", "不在岗", "")),
                List.of(List.of(good1, "年度轮训", "年度轮训", "24", "2025-01-06", "2025-01-08", "是", "未考试")));
        mvc.perform(multipart("/api/v1/personnel/officers/import").file(new MockMultipartFile("file", "o.xlsx", null, fixed))
                        .with(csrf()).with(TestActors.as(zz)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officers").value(2))
                .andExpect(jsonPath("$.trainings").value(1));
        long id = people.findByIdCard(zz, good1).orElseThrow().id();
        assertThat(officers.get(zz, id).yearHours()).isEqualByComparingTo("24");
    }

    @Test
    @DisplayName("Issue 12 defect 11: the import refuses a 7-digit phone and reports each error in its own column")
    void importPhoneAndColumns() throws Exception {
        String card = IdCards.next(true);
        byte[] file = workbook(List.of(
                List.of("王强", card, "1234567", "大学本科", "安".repeat(101), "", "2020-07-01", "在岗", "2020-09-01")),
                List.of());
        mvc.perform(multipart("/api/v1/personnel/officers/import").file(new MockMultipartFile("file", "o.xlsx", null, file))
                        .with(csrf()).with(TestActors.as(zz)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.totalErrors").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("联系电话"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("区号")))
                .andExpect(jsonPath("$.errors[1].column").value("专业"));
        assertThat(people.findByIdCard(zz, card)).isEmpty();
    }

    @Test
    @DisplayName("import: a workbook with only the officers sheet works; a wrong header is refused at row 1")
    void importOneSheetAndWrongHeader() throws Exception {
        String card = IdCards.next(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter w = FastExcel.write(out).build()) {
            w.write(List.of(List.of("孙悟", card, "", "", "", "", "", "不在岗", "")),
                    FastExcel.writerSheet(0, OFFICERS).head(OFFICER_HEAD.stream().map(List::of).toList()).build());
        }
        mvc.perform(multipart("/api/v1/personnel/officers/import").with(csrf()).with(TestActors.as(zz))
                        .file(new MockMultipartFile("file", "o.xlsx", null, out.toByteArray())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.officers").value(1));
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        try (ExcelWriter w = FastExcel.write(bad).build()) {
            w.write(List.of(List.of("x")), FastExcel.writerSheet(0, OFFICERS).head(List.of(List.of("名字"))).build());
        }
        mvc.perform(multipart("/api/v1/personnel/officers/import").with(csrf()).with(TestActors.as(zz))
                        .file(new MockMultipartFile("file", "o.xlsx", null, bad.toByteArray())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("表头应为")));
    }

    @Test
    @DisplayName("identical refusals through page, API and import: bad ID-card checksum, zero class hours")
    void identicalRefusals() throws Exception {
        String bad = badCard();
        String expected = "身份证号码校验位不正确，请核对后重新填写";
        mvc.perform(post("/api/v1/personnel/people").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"张三\",\"idCard\":\"" + bad + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(expected));
        mvc.perform(post("/personnel/officers/new").with(csrf()).with(TestActors.as(zz))
                        .param("name", "张三").param("idCard", bad).param("post", "OFF_POST"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString(expected)));
        mvc.perform(multipart("/api/v1/personnel/officers/import").with(csrf()).with(TestActors.as(zz))
                        .file(new MockMultipartFile("file", "o.xlsx", null,
                                workbook(List.<List<String>>of(List.of("张三", bad, "", "", "", "", "", "在岗", "")), List.of()))))
                .andExpect(jsonPath("$.errors[0].message").value(expected));

        long id = officer();
        String card = people.revealPii(zz, id).idCard();
        String hours = "学时须大于 0 且不超过 2000";
        mvc.perform(post("/api/v1/personnel/officers/" + id + "/trainings").with(csrf()).with(TestActors.as(zz))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"course\":\"轮训\",\"kind\":\"REFRESHER\",\"classHours\":0,\"startDate\":\"2025-01-06\",\"endDate\":\"2025-01-08\",\"centralised\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(hours));
        mvc.perform(post("/personnel/officers/" + id + "/trainings").with(csrf()).with(TestActors.as(zz))
                        .param("course", "轮训").param("kind", "REFRESHER").param("classHours", "0")
                        .param("startDate", "2025-01-06").param("endDate", "2025-01-08").param("centralised", "true"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString(hours)));
        mvc.perform(multipart("/api/v1/personnel/officers/import").with(csrf()).with(TestActors.as(zz))
                        .file(new MockMultipartFile("file", "o.xlsx", null, workbook(List.of(),
                                List.of(List.of(card, "轮训", "年度轮训", "0", "2025-01-06", "2025-01-08", "是", ""))))))
                .andExpect(jsonPath("$.errors[0].message").value(hours));
        assertThat(officers.get(zz, id).trainings()).isEmpty();
    }

    @Test
    @DisplayName("OFF-01 refusal through API (422) and page (inline, 422), nothing stored")
    void off01Web() throws Exception {
        long id = officer();
        officers.addTraining(zz, id, OfficerFixtures.preJob("79", true, LocalDate.of(2025, 2, 1)));
        mvc.perform(post("/api/v1/personnel/officers/" + id + "/certificates").with(csrf()).with(TestActors.as(zz))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"晋W" + id + "\",\"kind\":\"ENFORCEMENT\",\"issuer\":\"山西省人民政府\",\"validFrom\":\"2025-03-01\",\"validTo\":\"2030-02-28\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("OFF-01"))
                .andExpect(jsonPath("$.detail").value(containsString("不足 80 学时")));
        mvc.perform(post("/personnel/officers/" + id + "/certificates").with(csrf()).with(TestActors.as(zz))
                        .param("number", "晋W" + id).param("kind", "ENFORCEMENT").param("issuer", "山西省人民政府")
                        .param("validFrom", "2025-03-01").param("validTo", "2030-02-28"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不足 80 学时")))
                .andExpect(content().string(containsString("value=\"晋W" + id + "\"")));
        assertThat(officers.get(zz, id).certificates()).isEmpty();
    }

    @Test
    @DisplayName("malformed input answers 4xx: bad ids, impossible dates, unknown enums, unknown ids, out of scope")
    void malformed() throws Exception {
        long id = officer();
        mvc.perform(get("/api/v1/personnel/officers/abc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/personnel/officers/999999999").with(TestActors.as(zz))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/personnel/officers/" + id).with(TestActors.as(sc))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/personnel/officers/" + id).with(TestActors.as(province))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/personnel/officers/" + id + "/trainings").with(csrf()).with(TestActors.as(zz))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"course\":\"x\",\"kind\":\"REFRESHER\",\"classHours\":8,\"startDate\":\"2026-02-30\",\"endDate\":\"2025-01-08\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/personnel/officers/" + id + "/trainings").with(csrf()).with(TestActors.as(zz))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"NOPE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/personnel/officers/" + id + "/trainings").with(csrf()).with(TestActors.as(zz))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"course\":\"x\",\"kind\":\"REFRESHER\",\"classHours\":1e12,\"startDate\":\"2025-01-06\",\"endDate\":\"2025-01-08\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/personnel/officers/" + id + "/trainings").with(csrf()).with(TestActors.as(zz))
                        .param("course", "x").param("kind", "REFRESHER").param("classHours", "8")
                        .param("startDate", "2026-02-30").param("endDate", "2025-01-08"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须为有效日期")));
        mvc.perform(get("/personnel/officers").param("unitId", "x").with(TestActors.as(zz))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不是有效编号")));
        mvc.perform(get("/api/v1/personnel/officers").param("post", "X").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/personnel/officers/shortfalls").param("year", "99999").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/personnel/officers/import").with(csrf()).with(TestActors.as(zz))
                        .file(new MockMultipartFile("file", "o.xlsx", null, "not excel".getBytes())))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].message").value(containsString("不是有效的 Excel")));
        assertThat(officers.get(zz, id).trainings()).isEmpty();
    }

    @Test
    @DisplayName("duplicate person via API: 409 with the existing id; pages list and show people in scope only")
    void peopleApiAndPages() throws Exception {
        String card = IdCards.next(true);
        MvcResult r = mvc.perform(post("/api/v1/personnel/people").with(csrf()).with(TestActors.as(zz))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"周杰\",\"idCard\":\"" + card + "\",\"phone\":\"13912345678\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.phoneMasked").value("139****5678")).andReturn();
        long id = people.findByIdCard(zz, card).orElseThrow().id();
        mvc.perform(post("/api/v1/personnel/people").with(csrf()).with(TestActors.as(zz))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"周杰\",\"idCard\":\"" + card + "\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.existingId").value(id));
        mvc.perform(get("/personnel/people").param("name", "周杰").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("周杰")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(card))));
        mvc.perform(get("/personnel/people/" + id).with(TestActors.as(sc))).andExpect(status().isNotFound());
        mvc.perform(post("/personnel/people/" + id + "/reveal").with(csrf()).with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(card)));
        TestActor reader = PersonnelFixtures.actor(jurisdictions, agencies, "140525", "personnel:read");
        mvc.perform(post("/personnel/people/" + id + "/reveal").with(csrf()).with(TestActors.as(reader)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/personnel/people").param("name", "周杰").with(TestActors.as(sc)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/personnel/people").param("name", "周杰").with(TestActors.as(province)))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
    }

    @Test
    @DisplayName("pages render: officers list with filters, officer page, person page, reports, import page and template")
    void pagesRender() throws Exception {
        long id = officer();
        mvc.perform(get("/personnel/officers").param("certificate", "NONE").param("shortfall", "true").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("执法人员与证件")));
        mvc.perform(get("/personnel/officers/" + id).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("未取得山西省行政执法证")));
        mvc.perform(get("/personnel/people/" + id).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("执法人员页")));
        mvc.perform(get("/personnel/officers/shortfalls").with(TestActors.as(zz))).andExpect(status().isOk());
        mvc.perform(get("/personnel/officers/new").with(TestActors.as(zz))).andExpect(status().isOk());
        mvc.perform(get("/personnel/officers/import").with(TestActors.as(zz))).andExpect(status().isOk());
        MvcResult t = mvc.perform(get("/personnel/officers/import/template.xlsx").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment"))).andReturn();
        assertThat(t.getResponse().getContentAsByteArray().length).isGreaterThan(1000);
        TestActor noImport = PersonnelFixtures.actor(jurisdictions, agencies, "140525", "personnel:read");
        mvc.perform(get("/personnel/officers/import").with(TestActors.as(noImport))).andExpect(status().isForbidden());
    }
}
