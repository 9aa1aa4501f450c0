package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.kernel.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public portal's home, channels, search and certificate check (PUB-01, PUB-02), cacheable and rate-limited. */
@IntegrationTest
class PortalWebTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    record Ag(long id, long jurisdictionId, String scopePath, String code) {
    }

    Ag agency(String name) {
        return jdbc.sql("SELECT a.id, a.jurisdiction_id, a.scope_path, j.code FROM org_agency_view a JOIN org_jurisdiction_view j ON j.id = a.jurisdiction_id WHERE a.name = :n")
                .param("n", name).query((rs, n) -> new Ag(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).single();
    }

    TestActors.TestActor office(Ag a) {
        return new TestActors.TestActor(990_001, "zz_office_t", "办公室", a.id(), "泽州县应急管理局", null, a.jurisdictionId(),
                new Scope(a.scopePath()), Set.of("portal:manage"));
    }

    @Test
    @DisplayName("PUB-01 the home page needs no login, names the agency and its channels, is cacheable with an ETag and sets no cookie")
    void home() throws Exception {
        MvcResult r = mvc.perform(get("/public").with(from("10.20.0.1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=300"))
                .andExpect(header().exists("ETag"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(containsString("监督渠道")))
                .andExpect(content().string(containsString("12345")))
                .andExpect(content().string(containsString("主办单位")))
                .andExpect(content().string(containsString("执法证件查询")))
                .andExpect(content().string(containsString("下级部门公示")))
                .andReturn();
        assertThat(r.getRequest().getSession(false)).isNull();
        String etag = r.getResponse().getHeader("ETag");
        mvc.perform(get("/public").header("If-None-Match", etag).with(from("10.20.0.1"))).andExpect(status().isNotModified());
        // nothing internal: no login names, no rule IDs
        assertThat(r.getResponse().getContentAsString()).doesNotContain("zz_").doesNotContain("PUB-0");
        // the login page links to the portal
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/public\"")));
    }

    @Test
    @DisplayName("PUB-01 each agency has its own portal by division code; an unknown code is 404")
    void agencyPortal() throws Exception {
        Ag zz = agency("泽州县应急管理局");
        mvc.perform(get("/public/" + zz.code()).with(from("10.20.0.2")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("泽州县应急管理局 执法公示")));
        mvc.perform(get("/public/999999").with(from("10.20.0.2"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PUB-01 the agency keeps its channels in the back office (audited); a bad phone is refused, nothing changed; another agency is 404")
    void channels() throws Exception {
        Ag zz = agency("泽州县应急管理局");
        TestActors.TestActor me = office(zz);
        mvc.perform(post("/publicity/channels").with(TestActors.as(me)).with(csrf()).param("phone", "123")
                        .param("email", "jd@zezhou.gov.cn"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("监督电话格式不正确")));
        mvc.perform(get("/public/" + zz.code()).with(from("10.20.0.3"))).andExpect(content().string(not(containsString("jd@zezhou.gov.cn"))));
        mvc.perform(post("/publicity/channels").with(TestActors.as(me)).with(csrf()).param("phone", "0356-3021234")
                        .param("email", "jd@zezhou.gov.cn").param("address", "泽州县金村镇府前路 1 号").param("hotline", "12345")
                        .param("sponsor", "泽州县应急管理局").param("contact", "0356-3021000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/" + zz.code()).with(from("10.20.0.3")))
                .andExpect(content().string(containsString("0356-3021234")))
                .andExpect(content().string(containsString("jd@zezhou.gov.cn")))
                .andExpect(content().string(containsString("泽州县金村镇府前路 1 号")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'publicity.portal-channel.changed' AND subject_id = :a")
                .param("a", String.valueOf(zz.id())).query(Long.class).single()).isPositive();
        Ag other = agency("神池县应急管理局");
        mvc.perform(get("/publicity/channels").param("agencyId", String.valueOf(other.id())).with(TestActors.as(me)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PUB-02 the certificate check: a valid number shows 有效 with the holder and agency; unknown is 404; nothing else of the person")
    void certificateCheck() throws Exception {
        var cert = jdbc.sql("""
                        SELECT c.number, p.name, p.id_card, p.phone FROM off_certificate c JOIN per_person p ON p.id = c.person_id
                        WHERE c.status = 'VALID' AND c.valid_from <= current_date AND c.valid_to >= current_date ORDER BY c.id LIMIT 1""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
        mvc.perform(get("/public/certificates").with(from("10.20.0.4")))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "public, max-age=300"));
        MvcResult r = mvc.perform(get("/public/certificates").param("number", cert[0]).with(from("10.20.0.4")))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("有效（")))
                .andExpect(content().string(containsString(cert[1])))
                .andReturn();
        assertThat(r.getResponse().getContentAsString()).doesNotContain(cert[2]);
        if (cert[3] != null) {
            assertThat(r.getResponse().getContentAsString()).doesNotContain(cert[3]);
        }
        mvc.perform(get("/public/certificates").param("number", "不存在的编号").with(from("10.20.0.4")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("没有查到该编号的执法证件")));
        mvc.perform(get("/public/certificates").param("number", "x".repeat(41)).with(from("10.20.0.4")))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("PUB-02 a revoked or expired certificate reads 无效 with its status")
    void invalidCertificate() throws Exception {
        var number = jdbc.sql("SELECT number FROM off_certificate WHERE status <> 'VALID' OR valid_to < current_date ORDER BY id LIMIT 1")
                .query(String.class).optional();
        if (number.isEmpty()) {
            long id = jdbc.sql("SELECT id FROM off_certificate ORDER BY id DESC LIMIT 1").query(Long.class).single();
            String n = "TEST-EXPIRED-" + id;
            jdbc.sql("""
                    INSERT INTO off_certificate (person_id, number, kind, issuer, valid_from, valid_to, status, created_at)
                    SELECT person_id, :n, kind, issuer, DATE '2015-01-01', DATE '2020-01-01', 'VALID', now() FROM off_certificate WHERE id = :id""")
                    .param("n", n).param("id", id).update();
            number = java.util.Optional.of(n);
        }
        mvc.perform(get("/public/certificates").param("number", number.get()).with(from("10.20.0.5")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("无效：")));
    }

    @Test
    @DisplayName("Issue 14 abuse resistance: look-ups by number are limited per address (the 21st in a minute answers 429), others unaffected")
    void lookupLimit() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/public/certificates").param("number", "N" + i).with(from("10.20.1.1"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/public/certificates").param("number", "N21").with(from("10.20.1.1")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(get("/public/track").param("code", "JDAAAAAAAAAAAAAAAA").with(from("10.20.1.1")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/public/certificates").param("number", "N21").with(from("10.20.1.2"))).andExpect(status().isNotFound());
        // the home page is not a look-up
        mvc.perform(get("/public").with(from("10.20.1.1"))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("PUB-01 the search box: blank is refused with 400, a text finds published entries of the portal")
    void search() throws Exception {
        mvc.perform(get("/public/search").param("q", " ").with(from("10.20.0.6"))).andExpect(status().isBadRequest());
        mvc.perform(get("/public/search").param("q", "公告").with(from("10.20.0.6"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("共 ")));
    }

    void publish(Ag a, String kind, String title, String at) {
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, :k, :t, '内容', CAST(:at AS timestamptz), 'test', 'portal-scope', :t
                FROM org_agency a WHERE a.id = :a""").param("a", a.id()).param("k", kind).param("t", title).param("at", at).update();
    }

    @Test
    @DisplayName("PUB-01 the search box of an agency's portal finds its subtree's entries, newest first, and never another city's, however many that city has")
    void searchScope() throws Exception {
        Ag zezhou = agency("泽州县应急管理局");
        Ag jincheng = agency("晋城市应急管理局");
        Ag xinzhou = agency("忻州市应急管理局");
        String tag = "范围检索" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        publish(zezhou, "PENALTY_RESULT", tag + "（泽州甲）", "2026-03-01T08:00:00+08:00");
        publish(zezhou, "PENALTY_RESULT", tag + "（泽州乙）", "2026-03-02T08:00:00+08:00");
        for (int i = 0; i < 3; i++) {
            publish(xinzhou, "PENALTY_RESULT", tag + "（忻州" + i + "）", "2026-03-03T08:00:00+08:00");
        }
        String province = mvc.perform(get("/public/search").param("q", tag).with(from("10.20.0.7"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(province).contains("共 5 条", tag + "（忻州0）", tag + "（泽州甲）");
        for (String code : new String[] {jincheng.code(), zezhou.code()}) {
            String page = mvc.perform(get("/public/search").param("q", tag).param("portal", code).with(from("10.20.0.7")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("共 2 条").doesNotContain("忻州0");
            assertThat(page.indexOf(tag + "（泽州乙）")).isLessThan(page.indexOf(tag + "（泽州甲）")).isPositive();
        }
        mvc.perform(get("/public/search").param("q", tag + "（泽州").param("portal", xinzhou.code()).with(from("10.20.0.7")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有找到相关公示信息")));
    }
}
