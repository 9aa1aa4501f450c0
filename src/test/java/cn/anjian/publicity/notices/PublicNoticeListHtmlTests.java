package cn.anjian.publicity.notices;

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
 * Issue 14, the uncached list page's JVM cost: the public notices list builds its rows ({@link NoticeRowsHtml}), filter
 * options and pager in Java. The page must stay byte-identical to what the former template
 * ({@code templates/publicity/test/notices-reference.html}, the template before the change) renders from the same data:
 * masked names and characters to escape, a changed (revised) and a withdrawn entry, page 2, another order, a selected
 * agency and kind, an empty result, a refused filter, and the whole list. Since the whole page is written from Java
 * ({@link NoticeListView}: the layout's chrome, the form, the links), this pins the layout's part too.
 */
@IntegrationTest
class PublicNoticeListHtmlTests {

    private static final AtomicLong N = new AtomicLong();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Publications publications;
    @Autowired PublicNoticeQueries queries;
    @Autowired cn.anjian.org.Agencies agencies;
    @Autowired ISpringTemplateEngine engine;
    @Autowired ApplicationContext context;
    @Autowired ConversionService conversions;
    @Autowired ServletContext servletContext;

    long notice(long agency, String kind, String title, int hour) {
        return jdbc.sql("""
                        INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                            published_at, source_module, source_type, source_id)
                        SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, :kind, :t, '内容',
                               TIMESTAMPTZ '2026-02-01 08:00:00+08' + :h * INTERVAL '1 hour', 'test', 'list-html', :sid
                        FROM org_agency a WHERE a.id = :a RETURNING id""")
                .param("sid", "lh" + System.nanoTime() + "-" + N.incrementAndGet()).param("a", agency).param("kind", kind).param("t", title).param("h", hour).query(Long.class).single();
    }

    /** The page as served and the former template's rendering of the same model. */
    void same(MockHttpServletRequestBuilder request) throws Exception {
        // a parameter of its own: never a kept rendering of an earlier test (the page cache), always this model
        MvcResult r = mvc.perform(request.param("nocache", Long.toString(N.incrementAndGet()))).andReturn();
        assertThat(r.getModelAndView()).isNotNull();
        Map<String, Object> vars = new HashMap<>(r.getModelAndView().getModel());
        vars.put("owners", queries.owners());
        vars.put("kinds", PublicationKind.values());
        vars.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        var exchange = JakartaServletWebApplication.buildApplication(servletContext).buildExchange(r.getRequest(), r.getResponse());
        String before = engine.process("publicity/test/notices-reference", new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, vars));
        assertThat(r.getResponse().getContentAsString()).isEqualTo(before);
    }

    @Test
    @DisplayName("PUB-12 the public list's rows, options and pager built in Java are the former template's HTML: masked names, escaping, a revised and a withdrawn entry, pages, orders, filters, nothing found")
    void sameHtml() throws Exception {
        long zezhou = jdbc.sql("SELECT jurisdiction_id FROM org_agency_view WHERE name = '泽州县应急管理局'").query(Long.class).single();
        long owner = agencies.create(zezhou, cn.anjian.org.AgencyKind.OTHER, "公示对照测试单位" + System.nanoTime()).id();
        String tag = "对照" + System.nanoTime();
        for (int i = 1; i <= 23; i++) {
            notice(owner, i % 3 == 0 ? "INSPECTION_RESULT" : "PENALTY_RESULT", tag + "张**（公民）第" + i + "号行政处罚结果", i);
        }
        notice(owner, "PENALTY_RESULT", tag + "A&B <煤业> \"引号\" '单引号' 有限公司行政处罚结果", 30);
        long revised = notice(owner, "PENALTY_RESULT", tag + "李**（公民）行政处罚结果（已更正）", 31);
        publications.revise(revised, "原决定已变更：罚款改为警告。");
        long withdrawn = notice(owner, "PENALTY_RESULT", tag + "已撤回的行政处罚结果", 32);
        publications.withdraw(withdrawn, "公示期满三年");
        String a = Long.toString(owner);

        same(get("/public/notices").param("agencyId", a));
        same(get("/public/notices").param("agencyId", a).param("page", "1"));
        same(get("/public/notices").param("agencyId", a).param("kind", "PENALTY_RESULT").param("sort", "title,asc").param("size", "50"));
        same(get("/public/notices").param("q", tag).param("from", "2026-02-01").param("to", "2026-02-28"));
        same(get("/public/notices").param("agencyId", a).param("kind", "COERCIVE_RESULT")); // nothing found
        same(get("/public/notices").param("q", "不存在的公告标题" + tag));
        same(get("/public/notices").param("agencyId", "0" + a).param("kind", "INSPECTION_RESULT")); // a selected agency only by its plain id
        same(get("/public/notices").param("from", "nope")); // a refused filter: the form with its message
        same(get("/public/notices").param("q", "A&B <煤业> \"引号\" '单引号' {x} 50%").param("kind", "NOPE").param("sort", "title,desc")
                .param("size", "100").param("page", "3")); // text to escape and encode, an unknown kind, a page past the end
        same(get("/public/notices").param("agencyId", a).param("to", "2026-01-01").param("from", "2026-02-01")); // refused: from after to
        same(get("/public/notices"));
        String page = mvc.perform(get("/public/notices").param("agencyId", a).param("nocache", "x" + N.incrementAndGet()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("张**（公民）", "A&amp;B &lt;煤业&gt; &quot;引号&quot;", "李**（公民）行政处罚结果（已更正）")
                .doesNotContain("已撤回的行政处罚结果");
    }
}
