package cn.anjian.supervision;

import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** COR-01..04 and CAP-10 pages render for 泽州县 with the demo records (no template error, no raw code), bad filters 400. */
@IntegrationTest
class SupervisionPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;

    TestActor zz() {
        Actor a = users.actor("zz_director").orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(), a.jurisdictionId(),
                a.scope(), Set.of("supervision:read", "supervision:manage", "capacity:read", "capacity:manage", "home:view"));
    }

    long id(String table) {
        return jdbc.sql("SELECT min(id) FROM " + table + " WHERE scope_path LIKE :p").param("p", zz().scope().pattern())
                .query(Long.class).single();
    }

    @Test
    @DisplayName("COR-01 COR-02 COR-03 COR-04 the supervision pages and exports render for the county")
    void supervisionPages() throws Exception {
        for (String url : new String[]{"/supervision/checks", "/supervision/checks/new", "/supervision/checks/" + id("sup_check"),
                "/supervision/orders", "/supervision/orders/" + id("sup_order"), "/supervision/violations", "/supervision/tolerance",
                "/supervision/tolerance/new", "/supervision/tolerance/" + id("sup_tolerance"), "/supervision/checks?timing=PERIODIC&sort=title,asc"}) {
            mvc.perform(get(url).with(TestActors.as(zz()))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("COR-0"))));
        }
        for (String url : new String[]{"/supervision/checks/export", "/supervision/orders/export", "/supervision/violations/export",
                "/supervision/tolerance/export"}) {
            mvc.perform(get(url).with(TestActors.as(zz()))).andExpect(status().isOk());
        }
        mvc.perform(get("/supervision/orders").param("status", "XYZ").with(TestActors.as(zz()))).andExpect(status().isBadRequest());
        mvc.perform(get("/supervision/orders/export").param("sort", "nope,asc").with(TestActors.as(zz()))).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("CAP-10 the dashboard shows red and green with explanations at county, city and province; the drill-downs render")
    void capacityPages() throws Exception {
        mvc.perform(get("/reporting/capacity").with(TestActors.as(zz()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("bg-green-lt")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("bg-red-lt")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("CAP-0"))));
        for (String url : new String[]{"/reporting/capacity/bodies", "/reporting/capacity/bodies/" + id("rep_body"),
                "/reporting/capacity/officers", "/reporting/capacity/workstations", "/reporting/capacity/vetoes",
                "/reporting/capacity/bodies/export", "/reporting/capacity/officers/export", "/reporting/capacity/workstations/export",
                "/reporting/capacity/vetoes/export"}) {
            mvc.perform(get(url).with(TestActors.as(zz()))).andExpect(status().isOk());
        }
        mvc.perform(get("/reporting/capacity/bodies").param("kind", "XYZ").with(TestActors.as(zz()))).andExpect(status().isBadRequest());
        long shenchi = jdbc.sql("SELECT id FROM org_jurisdiction WHERE code = '140927'").query(Long.class).single();
        mvc.perform(get("/reporting/capacity").param("j", String.valueOf(shenchi)).with(TestActors.as(zz()))).andExpect(status().isNotFound());
    }
}
