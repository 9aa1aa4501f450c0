package cn.anjian.org;

import cn.anjian.IntegrationTest;

import static cn.anjian.org.OrgFixtures.admin;
import static cn.anjian.org.OrgFixtures.byCode;
import static cn.anjian.org.OrgFixtures.ensureAgency;
import static cn.anjian.org.OrgFixtures.freshTownshipCode;
import static cn.anjian.org.OrgFixtures.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DivisionPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("ORG-01 the page shows the tree root, lazy children per node, search results and a detail panel")
    void browse() throws Exception {
        TestActor r = reader(jurisdictions, "140525");
        Jurisdiction province = byCode(jurisdictions, "140000");
        mvc.perform(get("/org/divisions").with(TestActors.as(r)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("山西省"), containsString("hx-get=\"/org/divisions/" + province.id() + "/children\""))));
        mvc.perform(get("/org/divisions/{id}/children", province.id()).with(TestActors.as(r)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("晋城市"), containsString("忻州市"), not(containsString("<html")))));
        mvc.perform(get("/org/divisions").param("q", "神池").with(TestActors.as(r)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("140927")));
        Jurisdiction taigu = byCode(jurisdictions, "140703");
        mvc.perform(get("/org/divisions").param("selected", String.valueOf(taigu.id())).with(TestActors.as(r)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("太谷区"), containsString("太谷县"), containsString("晋中市"))));
        mvc.perform(get("/org/divisions/{id}/panel", byCode(jurisdictions, "140171").id()).with(TestActors.as(r)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("统计区")));
    }

    @Test
    @DisplayName("ORG-01 bad ids on pages: 'abc' 400, unknown 404, never a 500")
    void badIds() throws Exception {
        TestActor r = reader(jurisdictions, "140000");
        mvc.perform(get("/org/divisions").param("selected", "abc").with(TestActors.as(r))).andExpect(status().isBadRequest());
        mvc.perform(get("/org/divisions").param("selected", "999999999").with(TestActors.as(r))).andExpect(status().isNotFound());
        mvc.perform(get("/org/divisions/abc/children").with(TestActors.as(r))).andExpect(status().isBadRequest());
        mvc.perform(get("/org/divisions/999999999/panel").with(TestActors.as(r))).andExpect(status().isNotFound());
        mvc.perform(get("/org/divisions").param("q", "%_\\'\"<script>").with(TestActors.as(r))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    @DisplayName("ORG-03 management forms only for org:manage inside the scope; units are hidden outside the scope")
    void formsOnlyInScope() throws Exception {
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        Jurisdiction shenchi = byCode(jurisdictions, "140927");
        Agency shenchiAgency = ensureAgency(agencies, shenchi, AgencyKind.EMERGENCY_MANAGEMENT);
        if (agencies.units(shenchiAgency.id()).stream().noneMatch(u -> u.name().equals("神池测试法制股"))) {
            agencies.createUnit(shenchiAgency.id(), UnitKind.LEGAL, "神池测试法制股");
        }
        TestActor zezhouAdmin = admin(jurisdictions, "140525");
        mvc.perform(get("/org/divisions").param("selected", String.valueOf(zezhou.id())).with(TestActors.as(zezhouAdmin)))
                .andExpect(content().string(containsString("id=\"form-rename\"")));
        mvc.perform(get("/org/divisions").param("selected", String.valueOf(shenchi.id())).with(TestActors.as(zezhouAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(shenchiAgency.name()), not(containsString("id=\"form-rename\"")),
                        not(containsString("神池测试法制股")))));
        mvc.perform(get("/org/divisions").param("selected", String.valueOf(shenchi.id()))
                        .with(TestActors.as(admin(jurisdictions, "140900"))))
                .andExpect(content().string(allOf(containsString("神池测试法制股"), containsString("id=\"form-rename\""))));
        mvc.perform(get("/org/divisions").param("selected", String.valueOf(zezhou.id())).with(TestActors.as(reader(jurisdictions, "140525"))))
                .andExpect(content().string(not(containsString("id=\"form-rename\""))));
    }

    @Test
    @DisplayName("ORG-03 page: a Zezhou admin posting a rename of a Shenchi division gets 404 and nothing changes")
    void scopeOnPage() throws Exception {
        Jurisdiction shenchi = byCode(jurisdictions, "140927");
        Jurisdiction township = jurisdictions.children(shenchi.id()).get(0);
        mvc.perform(post("/org/divisions/{id}/rename", township.id()).param("name", "被改名镇")
                        .with(TestActors.as(admin(jurisdictions, "140525"))).with(csrf()))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("不在您的管辖范围内")));
        mvc.perform(post("/org/divisions/{id}/rename", township.id()).param("name", "被改名镇")
                        .with(TestActors.as(reader(jurisdictions, "140927"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jurisdictions.get(township.id())).isEqualTo(township);
    }

    @Test
    @DisplayName("ORG-01 page forms: add, rename, retire with confirmation and reason; refusals inline in Chinese with a 4xx")
    void forms() throws Exception {
        TestActor a = admin(jurisdictions, "140525");
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        long before = jdbc.sql("SELECT count(*) FROM org_jurisdiction").query(Long.class).single();
        mvc.perform(post("/org/divisions/{id}/children", zezhou.id()).param("code", "99").param("name", "页面镇")
                        .with(TestActors.as(a)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("区划代码“99”不正确"), containsString("is-invalid"), containsString("页面镇"))));
        mvc.perform(post("/org/divisions/{id}/children", zezhou.id()).param("code", freshTownshipCode("140525")).param("name", "名".repeat(10_000))
                        .with(TestActors.as(a)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能超过 50 个字")));
        mvc.perform(post("/org/divisions/{id}/children", zezhou.id()).param("code", "140525100").param("name", "重复镇")
                        .with(TestActors.as(a)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("已被在用的区划使用")));
        assertThat(jdbc.sql("SELECT count(*) FROM org_jurisdiction").query(Long.class).single()).isEqualTo(before);

        String code = freshTownshipCode("140525");
        mvc.perform(post("/org/divisions/{id}/children", zezhou.id()).param("code", code).param("name", "页面镇")
                        .with(TestActors.as(a)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashMessage", containsString("已新增")));
        Jurisdiction added = byCode(jurisdictions, code);
        mvc.perform(post("/org/divisions/{id}/rename", added.id()).param("name", "页面街道").param("code", code).param("reason", "")
                        .with(TestActors.as(a)).with(csrf()))
                .andExpect(redirectedUrl("/org/divisions?selected=" + added.id()));
        assertThat(jurisdictions.get(added.id()).name()).isEqualTo("页面街道");

        mvc.perform(post("/org/divisions/{id}/retire", added.id()).param("reason", "合并")
                        .with(TestActors.as(a)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请勾选确认")));
        mvc.perform(post("/org/divisions/{id}/retire", added.id()).param("confirm", "yes").param("reason", " ")
                        .with(TestActors.as(a)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写原因")));
        mvc.perform(post("/org/divisions/{id}/retire", added.id()).param("confirm", "yes").param("reason", "合并")
                        .param("successorCode", "nope").with(TestActors.as(a)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("找不到代码为 nope")));
        assertThat(jurisdictions.get(added.id()).active()).isTrue();
        mvc.perform(post("/org/divisions/{id}/retire", added.id()).param("confirm", "yes").param("reason", "合并")
                        .param("successorCode", "140525100").with(TestActors.as(a)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jurisdictions.get(added.id()).active()).isFalse();
        // shown greyed with its date in its parent's children
        mvc.perform(get("/org/divisions/{id}/children", zezhou.id()).with(TestActors.as(a)))
                .andExpect(content().string(allOf(containsString("页面街道"), containsString("已撤销 "))));
    }

    @Test
    @DisplayName("ORG-02 page forms: set up an agency and a unit, rename and retire them; wrong kind is refused inline")
    void agencyForms() throws Exception {
        TestActor a = admin(jurisdictions, "140525");
        Jurisdiction t = jurisdictions.add(a, byCode(jurisdictions, "140525").id(), freshTownshipCode("140525"), "页面机构镇");
        mvc.perform(post("/org/divisions/{id}/agencies", t.id()).param("kind", "BOGUS").param("name", "x")
                        .with(TestActors.as(a)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("机构类型不正确")));
        mvc.perform(post("/org/divisions/{id}/agencies", t.id()).param("kind", "GOVERNMENT").param("name", "页面机构镇人民政府")
                .with(TestActors.as(a)).with(csrf())).andExpect(status().is3xxRedirection());
        Agency gov = agencies.findAgency(t.id(), AgencyKind.GOVERNMENT).orElseThrow();
        mvc.perform(post("/org/divisions/agencies/{id}/units", gov.id()).param("kind", "GENERAL_OFFICE").param("name", "党政办")
                .with(TestActors.as(a)).with(csrf())).andExpect(status().is3xxRedirection());
        OrgUnit unit = agencies.units(gov.id()).get(0);
        mvc.perform(post("/org/divisions/units/{id}/rename", unit.id()).param("name", "")
                        .with(TestActors.as(a)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("名称不能为空")));
        mvc.perform(post("/org/divisions/units/{id}/rename", unit.id()).param("name", "党政综合办公室")
                .with(TestActors.as(a)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/org/divisions/agencies/{id}/retire", gov.id()).with(TestActors.as(a)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("在用内设机构")));
        mvc.perform(post("/org/divisions/units/{id}/retire", unit.id()).with(TestActors.as(a)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/org/divisions/agencies/{id}/rename", gov.id()).param("name", "页面机构镇政府")
                .with(TestActors.as(a)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/org/divisions/agencies/{id}/retire", gov.id()).with(TestActors.as(a)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(agencies.get(gov.id()).active()).isFalse();
        mvc.perform(get("/org/divisions").param("selected", String.valueOf(t.id())).with(TestActors.as(a)))
                .andExpect(content().string(allOf(containsString("页面机构镇政府"), containsString("党政综合办公室"), containsString("已撤销"))));
    }
}
