package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.IntegrationTest;
import cn.anjian.publicity.notices.PublicationKind;
import cn.anjian.publicity.notices.Publications;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14 performance: the public pages' ETag comes from the portal's revision before anything is rendered (a 304
 * costs no rendering, no session, no security), the rendering is kept under it, and a publication changes it at once.
 */
@IntegrationTest
class PublicPageCacheTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Publications publications;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    record Ag(long id, long jurisdictionId, String scopePath, String name) {
    }

    Ag zezhou() {
        return jdbc.sql("SELECT id, jurisdiction_id, scope_path, name FROM org_agency_view WHERE name = '泽州县应急管理局'")
                .query((rs, n) -> new Ag(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).single();
    }

    long publish(String title) {
        Ag a = zezhou();
        return publications.publish(new Publications.NewPublication(a.id(), a.name(), a.jurisdictionId(), a.scopePath(),
                PublicationKind.PENALTY_RESULT, title, title + "，依法公示。", "test", "page-cache", title));
    }

    @Test
    @DisplayName("a revalidation with the current ETag is a 304 with the same ETag and no body; the next plain GET is served from the kept rendering")
    void revalidation() throws Exception {
        MvcResult first = mvc.perform(get("/public").with(from("10.60.0.1"))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=300"))
                .andExpect(header().doesNotExist("Set-Cookie")).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"p");
        assertThat(first.getResponse().getHeader(PublicPageCache.HEADER)).isIn("miss", "hit");

        MvcResult revalidated = mvc.perform(get("/public").header("If-None-Match", etag).with(from("10.60.0.1")))
                .andExpect(status().isNotModified()).andExpect(header().string("ETag", etag))
                .andExpect(header().string(PublicPageCache.HEADER, "revalidated")).andReturn();
        assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(revalidated.getRequest().getSession(false)).isNull();

        MvcResult again = mvc.perform(get("/public").with(from("10.60.0.1"))).andExpect(status().isOk())
                .andExpect(header().string("ETag", etag)).andExpect(header().string(PublicPageCache.HEADER, "hit"))
                .andExpect(header().string("Cache-Control", "public, max-age=300"))
                .andExpect(header().exists("Content-Security-Policy")).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        // a weak or listed validator matches too; another one does not
        mvc.perform(get("/public").header("If-None-Match", "\"x\", W/" + etag).with(from("10.60.0.1"))).andExpect(status().isNotModified());
        mvc.perform(get("/public").header("If-None-Match", "\"p0.0.0\"").with(from("10.60.0.1"))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("PUB-11 a publication changes the ETag at once: the old validator gets the new page (200), never a stale 304 or a stale kept copy")
    void publicationChangesTheEtag() throws Exception {
        MvcResult before = mvc.perform(get("/public/notices").param("kind", "PENALTY_RESULT").with(from("10.60.0.2")))
                .andExpect(status().isOk()).andReturn();
        String etag = before.getResponse().getHeader("ETag");
        mvc.perform(get("/public/notices").param("kind", "PENALTY_RESULT").with(from("10.60.0.2")))
                .andExpect(header().string(PublicPageCache.HEADER, "hit"));

        publish("缓存测试甲公司行政处罚结果");
        MvcResult after = mvc.perform(get("/public/notices").param("kind", "PENALTY_RESULT").header("If-None-Match", etag)
                .with(from("10.60.0.2"))).andExpect(status().isOk()).andReturn();
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(after.getResponse().getContentAsString()).contains("缓存测试甲公司行政处罚结果");
    }

    @Test
    @DisplayName("PUB-11 another node's change (a row written straight into the table, no event on this node) reaches this node within the revision TTL")
    void otherNodesChange() throws Exception {
        long id = publish("缓存测试乙公司行政处罚结果");
        String etag = mvc.perform(get("/public/notices/" + id).with(from("10.60.0.3"))).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        jdbc.sql("UPDATE pub_publication SET content = '缓存测试：另一节点更正的内容' WHERE id = :id").param("id", id).update();
        Thread.sleep(1_200); // anjian.portal.revision-ttl = 1 s
        MvcResult r = mvc.perform(get("/public/notices/" + id).header("If-None-Match", etag).with(from("10.60.0.3")))
                .andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("另一节点更正的内容");
    }

    @Test
    @DisplayName("a request with a session (a signed-in user) or credentials is never answered from or kept in the page cache")
    void signedInNeverCached() throws Exception {
        mvc.perform(get("/public").with(from("10.60.0.4"))).andExpect(status().isOk());
        MvcResult withSession = mvc.perform(get("/public").cookie(new Cookie("SESSION", "c2Vzc2lvbg")).with(from("10.60.0.4")))
                .andReturn();
        assertThat(withSession.getResponse().getHeader(PublicPageCache.HEADER)).isNull();
        assertThat(withSession.getResponse().getHeader("ETag")).satisfiesAnyOf(e -> assertThat(e).isNull(),
                e -> assertThat(e).doesNotStartWith("\"p"));
        MvcResult withToken = mvc.perform(get("/public").header("Authorization", "Bearer nope").with(from("10.60.0.4"))).andReturn();
        assertThat(withToken.getResponse().getHeader(PublicPageCache.HEADER)).isNull();
        // a page with a form and a per-visitor captcha is not on the list
        MvcResult complaint = mvc.perform(get("/public/complaints/new").with(from("10.60.0.4"))).andReturn();
        assertThat(complaint.getResponse().getHeader(PublicPageCache.HEADER)).isNull();
        // a refusal (400) is not kept
        MvcResult bad = mvc.perform(get("/public/notices").param("from", "nope").with(from("10.60.0.4"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getHeader(PublicPageCache.HEADER)).isNull();
    }
}
