package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.anjian.IntegrationTest;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Issue 14, the uncached search's JVM cost: the portal's search page is written from Java ({@link PortalSearchView}). It
 * must stay byte-identical to what the former template ({@code templates/publicity/test/portal-search-reference.html},
 * through the real {@code public-layout}) renders from the same model: masked names and characters to escape, the
 * province's and a county's portal (hidden field, footer), pages with and without links, a page past the end, more
 * hits than are counted, nothing found, and refused queries (missing, too long).
 */
@IntegrationTest
class PortalSearchHtmlTests {

    private static final AtomicLong N = new AtomicLong();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ISpringTemplateEngine engine;
    @Autowired ApplicationContext context;
    @Autowired ConversionService conversions;
    @Autowired ServletContext servletContext;

    /** {@code n} live entries of 泽州县 titled tag + party, one minute apart, and one withdrawn (never shown). */
    void publish(String tag, String party, int n) {
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, withdrawn_at, withdrawal_reason, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT',
                    :t || :party || '第' || g || '号行政处罚结果', '内容',
                    TIMESTAMPTZ '2021-03-01 08:00:00+08' + g * INTERVAL '1 minute',
                    CASE WHEN g = 0 THEN TIMESTAMPTZ '2024-03-01 08:00:00+08' END,
                    CASE WHEN g = 0 THEN '公示满三年，经承办机构负责人批准撤下' END, 'test', 'search-html', :sid || '-' || g
                FROM generate_series(0, :n) g JOIN org_agency_view a ON a.name = '泽州县应急管理局'""")
                .param("t", tag).param("party", party).param("n", n)
                .param("sid", "sh" + Long.toString(System.nanoTime(), 36) + N.incrementAndGet()).update();
    }

    /** The page as served and the former template's rendering of the same model; the served page's status. */
    int same(MockHttpServletRequestBuilder request) throws Exception {
        // a parameter of its own: never a kept rendering of an earlier test (the page cache), always this model
        MvcResult r = mvc.perform(request.param("nocache", Long.toString(N.incrementAndGet())).with(q -> {
            q.setRemoteAddr("10.20.9.16");
            return q;
        })).andReturn();
        assertThat(r.getModelAndView()).isNotNull();
        Map<String, Object> vars = new HashMap<>(r.getModelAndView().getModel());
        vars.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        var exchange = JakartaServletWebApplication.buildApplication(servletContext).buildExchange(r.getRequest(), r.getResponse());
        String before = engine.process("publicity/test/portal-search-reference", new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, vars));
        String served = r.getResponse().getContentAsString();
        assertThat(served).isEqualTo(before);
        assertThat(r.getResponse().getContentLength()).isEqualTo(served.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        return r.getResponse().getStatus();
    }

    @Test
    @DisplayName("PUB-12 the portal's search page built in Java is the former template's HTML: masked names, escaping, portals, pages, more than the cap, nothing found, refused queries")
    void sameHtml() throws Exception {
        String tag = "检索对照" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        publish(tag, "张**（公民）", 45); // 45 live: 3 pages
        publish(tag, "A&B <煤业> \"引号\" '单引号' {x} 50%有限公司", 1);
        String zezhou = jdbc.sql("SELECT j.code FROM org_jurisdiction_view j JOIN org_agency_view a ON a.jurisdiction_id = j.id"
                + " WHERE a.name = '泽州县应急管理局'").query(String.class).single();

        assertThat(same(get("/public/search").param("q", tag))).isEqualTo(200);
        same(get("/public/search").param("q", tag).param("page", "1")); // both links
        same(get("/public/search").param("q", tag).param("page", "2")); // the last page
        same(get("/public/search").param("q", tag).param("page", "9")); // past the end: the last page
        same(get("/public/search").param("q", tag + "张**").param("portal", zezhou)); // a county's portal, a masked name
        same(get("/public/search").param("q", "A&B <煤业> \"引号\" '单引号' {x} 50%").param("portal", zezhou)); // one page, no links
        same(get("/public/search").param("q", "  " + tag + "不存在的单位名称 ")); // nothing found
        assertThat(same(get("/public/search"))).isEqualTo(400); // refused: no text
        assertThat(same(get("/public/search").param("q", "长".repeat(51)).param("portal", zezhou))).isEqualTo(400); // too long
        same(get("/public/search").param("q", "<script>&amp;").param("page", "-3"));

        String capped = "超千对照" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        publish(capped, "王**（公民）", 1_010); // more hits than are counted: "1000 条以上"
        same(get("/public/search").param("q", capped));
        same(get("/public/search").param("q", capped).param("page", "49"));

        String last = mvc.perform(get("/public/search").param("q", tag).param("page", "2").param("nocache", "x" + N.incrementAndGet()))
                .andReturn().getResponse().getContentAsString(); // the oldest: the escaped company's entry is on the last page
        assertThat(last).contains("张**（公民）", "A&amp;B &lt;煤业&gt; &quot;引号&quot;", "共 46 条，第 3 / 3 页")
                .doesNotContain(tag + "张**（公民）第0号");
    }
}
