package cn.anjian.org;

import cn.anjian.IntegrationTest;

import static cn.anjian.org.OrgFixtures.admin;
import static cn.anjian.org.OrgFixtures.byCode;
import static cn.anjian.org.OrgFixtures.ensureAgency;
import static cn.anjian.org.OrgFixtures.freshTownshipCode;
import static cn.anjian.org.OrgFixtures.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.TestActors.TestActor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.anjian.TestActors;

@IntegrationTest
class OrgApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;

    private long divisions() {
        return jdbc.sql("SELECT count(*) FROM org_jurisdiction").query(Long.class).single();
    }

    @Test
    @DisplayName("ORG-01 API reads: a division, its children, its ancestors, search by name/code and level")
    void reads() throws Exception {
        TestActor r = reader(jurisdictions, "140525");
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        Jurisdiction shenchi = byCode(jurisdictions, "140927");
        // reference data is public across the province: a Zezhou reader sees Shenchi
        mvc.perform(get("/api/v1/org/jurisdictions/{id}", shenchi.id()).with(TestActors.as(r)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("神池县")).andExpect(jsonPath("$.code").value("140927"))
                .andExpect(jsonPath("$.level").value(3));
        mvc.perform(get("/api/v1/org/jurisdictions/{id}/children", zezhou.id()).with(TestActors.as(r)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].code", hasItem("140525100")));
        mvc.perform(get("/api/v1/org/jurisdictions/{id}/ancestors", zezhou.id()).with(TestActors.as(r)))
                .andExpect(jsonPath("$[*].code", org.hamcrest.Matchers.contains("140000", "140500")));
        mvc.perform(get("/api/v1/org/jurisdictions").param("q", "忻州").param("level", "2").with(TestActors.as(r)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].code").value("140900"));
        mvc.perform(get("/api/v1/org/jurisdictions").param("q", "140922").with(TestActors.as(r)))
                .andExpect(jsonPath("$[0].name").value("五台县"));
    }

    @Test
    @DisplayName("ORG-01 API bad input: unknown id 404, 'abc' 400, bad level 400, all problem+json in Chinese")
    void badReads() throws Exception {
        TestActor r = reader(jurisdictions, "140000");
        mvc.perform(get("/api/v1/org/jurisdictions/999999999").with(TestActors.as(r)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT-FOUND")).andExpect(jsonPath("$.detail", containsString("不存在")));
        mvc.perform(get("/api/v1/org/jurisdictions/abc").with(TestActors.as(r))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/org/jurisdictions/99999999999999999999999").with(TestActors.as(r))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/org/jurisdictions/999999999/children").with(TestActors.as(r))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/org/jurisdictions").param("level", "abc").with(TestActors.as(r))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/org/jurisdictions").param("level", "9").with(TestActors.as(r)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ORG-LEVEL"));
        mvc.perform(get("/api/v1/org/jurisdictions").param("q", "x".repeat(10_000)).with(TestActors.as(r)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/org/agencies").with(TestActors.as(r))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/org/agencies").param("jurisdictionId", "abc").with(TestActors.as(r))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/org/agencies/999999999").with(TestActors.as(r))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/org/jurisdictions/1")).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/org/jurisdictions/1").with(TestActors.as(TestActors.actor("nobody", 1, "/1/", "home:view"))))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("ORG-01 API administration: add 201, rename, retire; bad input 400/404/409 and nothing changes")
    void administration() throws Exception {
        TestActor a = admin(jurisdictions, "140525");
        Jurisdiction zezhou = byCode(jurisdictions, "140525");
        String code = freshTownshipCode("140525");
        String body = "{\"parentId\":" + zezhou.id() + ",\"code\":\"" + code + "\",\"name\":\"接口新镇\"}";
        String location = mvc.perform(post("/api/v1/org/jurisdictions").with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("接口新镇"))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        long before = divisions();
        mvc.perform(post("/api/v1/org/jurisdictions").with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ORG-CODE-DUPLICATE"));
        mvc.perform(post("/api/v1/org/jurisdictions").with(TestActors.as(a)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + zezhou.id() + ",\"code\":\"" + freshTownshipCode("140525") + "\",\"name\":\"" + "长".repeat(10_000) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ORG-NAME"));
        mvc.perform(post("/api/v1/org/jurisdictions").with(TestActors.as(a)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":999999999,\"code\":\"140525999\",\"name\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/org/jurisdictions").with(TestActors.as(a)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":\"abc\",\"code\":\"140525999\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/org/jurisdictions").with(TestActors.as(a)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"140525999\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("parentId")));
        mvc.perform(post("/api/v1/org/jurisdictions").with(TestActors.as(a)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + zezhou.id() + ",\"code\":\"12345\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("区划代码")));
        mvc.perform(post("/api/v1/org/jurisdictions").with(TestActors.as(a)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/org/jurisdictions").with(TestActors.as(reader(jurisdictions, "140525"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        assertThat(divisions()).isEqualTo(before);

        mvc.perform(put("/api/v1/org/jurisdictions/{id}", id).with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"接口街道\",\"reason\":\"撤镇设街道\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("接口街道")).andExpect(jsonPath("$.code").value(code));
        mvc.perform(get("/api/v1/org/jurisdictions/{id}/history", id).with(TestActors.as(a)))
                .andExpect(jsonPath("$[0].changeType").value("RENAMED")).andExpect(jsonPath("$[0].oldName").value("接口新镇"));
        mvc.perform(post("/api/v1/org/jurisdictions/{id}/retire", id).with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/org/jurisdictions/{id}/retire", id).with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"区划调整\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETIRED"));
        mvc.perform(post("/api/v1/org/jurisdictions/{id}/retire", zezhou.id()).with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("ORG-RETIRE-CHILDREN"));
    }

    @Test
    @DisplayName("ORG-03 API: a Zezhou admin cannot rename a Shenchi division or agency, nor read its units (404, nothing changes)")
    void scopeOnApi() throws Exception {
        TestActor a = admin(jurisdictions, "140525");
        Jurisdiction shenchi = byCode(jurisdictions, "140927");
        Agency agency = ensureAgency(agencies, shenchi, AgencyKind.EMERGENCY_MANAGEMENT);
        mvc.perform(put("/api/v1/org/jurisdictions/{id}", shenchi.id()).with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"改名县\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("行政区划不存在或不在您的管辖范围内"));
        mvc.perform(put("/api/v1/org/agencies/{id}", agency.id()).with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"改名局\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/org/agencies/{id}/units", agency.id()).with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"LEGAL\",\"name\":\"法制股\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/org/agencies/{id}/units", agency.id()).with(TestActors.as(a))).andExpect(status().isNotFound());
        // agencies themselves are public reference data
        mvc.perform(get("/api/v1/org/agencies").param("jurisdictionId", String.valueOf(shenchi.id())).with(TestActors.as(a)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem((int) agency.id())));
        assertThat(jurisdictions.get(shenchi.id()).name()).isEqualTo("神池县");
        assertThat(agencies.get(agency.id()).name()).isEqualTo(agency.name());
    }

    @Test
    @DisplayName("ORG-02 API: create an agency and its units; wrong kind 400, duplicate kind 409")
    void agencyApi() throws Exception {
        TestActor a = admin(jurisdictions, "140525");
        Jurisdiction t = jurisdictions.add(a, byCode(jurisdictions, "140525").id(), freshTownshipCode("140525"), "接口机构镇");
        String body = "{\"jurisdictionId\":" + t.id() + ",\"kind\":\"EMERGENCY_MANAGEMENT\",\"name\":\"接口机构镇应急管理办公室\"}";
        String loc = mvc.perform(post("/api/v1/org/agencies").with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("EMERGENCY_MANAGEMENT"))
                .andExpect(jsonPath("$.scopePath").value(t.path())).andExpect(header().exists("Location"))
                .andReturn().getResponse().getHeader("Location");
        long agencyId = Long.parseLong(loc.substring(loc.lastIndexOf('/') + 1));
        mvc.perform(post("/api/v1/org/agencies").with(TestActors.as(a)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/org/agencies").with(TestActors.as(a)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jurisdictionId\":" + t.id() + ",\"kind\":\"POLICE\",\"name\":\"派出所\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ORG-AGENCY-KIND"));
        mvc.perform(post("/api/v1/org/agencies/{id}/units", agencyId).with(TestActors.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"LEGAL\",\"name\":\"法制股\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("LEGAL"));
        mvc.perform(get("/api/v1/org/agencies/{id}/units", agencyId).with(TestActors.as(a)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("法制股"));
        mvc.perform(post("/api/v1/org/agencies/abc/units").with(TestActors.as(a)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"LEGAL\",\"name\":\"x\"}")).andExpect(status().isBadRequest());
    }
}
