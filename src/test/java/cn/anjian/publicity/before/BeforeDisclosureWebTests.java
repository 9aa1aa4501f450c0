package cn.anjian.publicity.before;

import static cn.anjian.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Disclosure before enforcement on the portal and in the back office (PUB-01, PUB-03, PUB-10). */
@IntegrationTest
class BeforeDisclosureWebTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ActingUsers users;
    @Autowired DisclosureItems items;
    @Autowired Clock clock;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    TestActor user(String username, String... extra) {
        Actor a = users.actor(username).orElseThrow();
        Set<String> perms = new HashSet<>(Set.of(extra));
        for (String p : new String[]{"portal:content", "home:view"}) {
            if (a.hasPermission(p)) {
                perms.add(p);
            }
        }
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), perms);
    }

    long unit(Actor a) {
        return items.units(a).get(0).id();
    }

    long spotCheck(TestActor office, String title, boolean publish) {
        long id = items.create(office, BeforeKind.SPOT_CHECK, new DisclosureItems.Input(title, null, String.valueOf(unit(office)),
                "0", Map.of("basis", "《安全生产法》第六十二条", "content", "抽查内容", "method", "随机抽取", "targets", "工贸企业")));
        if (publish) {
            items.publish(office, id);
        }
        return id;
    }

    /** An anonymous public GET: 200, cacheable, an ETag, no cookie, nothing internal. */
    MvcResult anonymous(MockHttpServletRequestBuilder req, String address) throws Exception {
        MvcResult r = mvc.perform(req.with(from(address)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=300"))
                .andExpect(header().exists("ETag"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(r.getRequest().getSession(false)).isNull();
        // (the officer list shows names as typed: other tests' officers carry rule IDs in their names)
        String html = r.getResponse().getContentAsString();
        assertThat(html).doesNotContain("zz_").doesNotContain("SPOT_CHECK").doesNotContain("PUBLISHED");
        if (!r.getRequest().getRequestURI().endsWith("/officers")) {
            assertThat(html).doesNotContain("PUB-0").doesNotContain("PUB-1");
        }
        return r;
    }

    @Test
    @DisplayName("PUB-01 the before-enforcement pages need no login, are cacheable with an ETag (304 on revalidation), per agency and for the province")
    void publicPages() throws Exception {
        TestActor zz = user("zz_office");
        String title = "测试抽查事项 " + System.nanoTime();
        spotCheck(zz, title, true);
        MvcResult index = anonymous(get("/public/before").param("portal", "140525"), "10.40.0.1");
        assertThat(index.getResponse().getContentAsString()).contains("权责清单", "随机抽查事项", "行政许可服务指南",
                "执法人员名单", "执法事项与裁量基准", "年度监督检查计划", "行政处罚程序");
        MvcResult county = anonymous(get("/public/before/spot-checks").param("portal", "140525"), "10.40.0.1");
        assertThat(county.getResponse().getContentAsString()).contains(title, "抽查依据", "抽查对象", "承办机构");
        // the province aggregates its subtree; another county's portal does not show it
        assertThat(anonymous(get("/public/before/spot-checks"), "10.40.0.1").getResponse().getContentAsString()).contains(title);
        assertThat(anonymous(get("/public/before/spot-checks").param("portal", "140927"), "10.40.0.1").getResponse()
                .getContentAsString()).doesNotContain(title);
        mvc.perform(get("/public/before/spot-checks").param("portal", "140525").header("If-None-Match",
                county.getResponse().getHeader("ETag")).with(from("10.40.0.1"))).andExpect(status().isNotModified());
        anonymous(get("/public/before/procedures/penalty").param("portal", "140525"), "10.40.0.1");
        anonymous(get("/public/before/catalogue"), "10.40.0.1");
        mvc.perform(get("/public/before/nothing").with(from("10.40.0.1"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/before/procedures/other").with(from("10.40.0.1"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/before").param("portal", "999999").with(from("10.40.0.1"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/before").param("portal", "abc' OR 1=1").with(from("10.40.0.1"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PUB-01 a draft or an unpublished item does not exist for the public (404); published it shows with its owning unit (PUB-10)")
    void onlyPublished() throws Exception {
        TestActor zz = user("zz_office");
        long id = spotCheck(zz, "草稿抽查事项", false);
        mvc.perform(get("/public/before/items/" + id).with(from("10.40.0.2"))).andExpect(status().isNotFound());
        items.publish(zz, id);
        String unitName = items.units(zz).get(0).name();
        assertThat(anonymous(get("/public/before/items/" + id), "10.40.0.2").getResponse().getContentAsString())
                .contains("草稿抽查事项", unitName, "泽州县应急管理局");
        items.unpublish(zz, id);
        mvc.perform(get("/public/before/items/" + id).with(from("10.40.0.2"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PUB-01 the officer list shows names and numbers of currently valid certificates only, never an ID card or phone")
    void officers() throws Exception {
        LocalDate today = LocalDate.now(clock);
        record Cert(long personId, String number, String idCard) {
        }
        Cert valid = jdbc.sql("""
                        SELECT c.person_id, c.number, p.id_card FROM off_certificate c JOIN off_officer o ON o.person_id = c.person_id
                        JOIN per_person p ON p.id = c.person_id
                        WHERE o.scope_path LIKE (SELECT scope_path FROM org_agency_view WHERE name = '泽州县应急管理局') || '%'
                          AND c.status = 'VALID' AND c.valid_from <= :d AND c.valid_to >= :d ORDER BY c.id LIMIT 1""")
                .param("d", today).query((rs, n) -> new Cert(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
        String revoked = "PUBT" + (System.nanoTime() % 1_000_000);
        String expired = revoked + "X";
        jdbc.sql("""
                        INSERT INTO off_certificate (person_id, number, kind, issuer, valid_from, valid_to, status, created_at)
                        VALUES (:p, :n1, 'SUPERVISION', '山西省人民政府', :from, :to, 'REVOKED', now()),
                               (:p, :n2, 'SUPERVISION', '山西省人民政府', :from, :yesterday, 'VALID', now())""")
                .param("p", valid.personId()).param("n1", revoked).param("n2", expired).param("from", today.minusYears(3))
                .param("to", today.plusYears(1)).param("yesterday", today.minusDays(1)).update();
        StringBuilder all = new StringBuilder();
        for (int page = 0; page < 20; page++) {
            MvcResult r = anonymous(get("/public/before/officers").param("portal", "140525").param("page", String.valueOf(page)),
                    "10.40.0.3");
            String html = r.getResponse().getContentAsString();
            all.append(html);
            if (!html.contains("下一页")) {
                break;
            }
        }
        assertThat(all.toString()).contains(valid.number()).doesNotContain(revoked).doesNotContain(expired)
                .doesNotContain(valid.idCard());
    }

    @Test
    @DisplayName("PUB-10/ORG-03 the back office needs portal:content (403 without), lists only the actor's scope and answers 404 for another county's item")
    void backOfficeScope() throws Exception {
        TestActor zz = user("zz_office");
        TestActor sc = user("sc_office");
        long id = spotCheck(zz, "泽州县范围内的抽查事项", false);
        mvc.perform(get("/publicity/before").with(as(user("zz_officer", "home:view")))).andExpect(status().isForbidden());
        mvc.perform(get("/publicity/before").with(as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("泽州县范围内的抽查事项")));
        mvc.perform(get("/publicity/before").with(as(sc))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("泽州县范围内的抽查事项"))));
        mvc.perform(get("/publicity/before/" + id).with(as(sc))).andExpect(status().isNotFound());
        mvc.perform(post("/publicity/before/" + id + "/publish").with(as(sc)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/publicity/before/export").with(as(zz))).andExpect(status().isOk());
        mvc.perform(get("/publicity/before").param("sort", "secret,asc").with(as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/publicity/before").param("kind", "XYZ").with(as(zz))).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("PUB-03 on the page: a guide missing a field is saved as a draft but its publication is refused (nothing changed); every change is audited")
    void guideThroughThePage() throws Exception {
        TestActor zz = user("zz_office");
        MvcResult created = mvc.perform(post("/publicity/before").param("kind", "LICENCE_GUIDE").with(as(zz)).with(csrf())
                        .param("title", "测试许可服务指南").param("unitId", String.valueOf(unit(zz))).param("sortOrder", "1")
                        .param("values[basis]", "《安全生产许可证条例》第二条").param("values[phone]", "0356-3025566"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        mvc.perform(post("/publicity/before/" + id + "/publish").with(as(zz)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM pub_before_item WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DRAFT");
        mvc.perform(get("/publicity/before/" + id).with(as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("承诺办结时限"))).andExpect(content().string(containsString("发布前还须填写")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'publicity.before-item.drafted' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'publicity.before-item.published' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isZero();
        // a form without title and unit shows both errors at once, 400
        mvc.perform(post("/publicity/before").param("kind", "POWER").with(as(zz)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请更正标出的 2 处")));
    }
}
