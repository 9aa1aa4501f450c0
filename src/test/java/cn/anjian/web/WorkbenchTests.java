package cn.anjian.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.IntegrationTest;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.cases.CaseWorkbench;
import cn.anjian.identity.internal.IdentityPrincipal;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.workflow.InboxFilter;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 12: the workbench home page — counts that equal the lists they link to, per role; external roles see their own work. */
@IntegrationTest
class WorkbenchTests {

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired DeadlineQueries deadlines;
    @Autowired Workflows workflows;

    IdentityPrincipal user(String name) {
        return (IdentityPrincipal) users.actor(name).orElseThrow();
    }

    static RequestPostProcessor as(IdentityPrincipal p) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(p, null,
                p.permissions().stream().map(SimpleGrantedAuthority::new).toList()));
    }

    String html(IdentityPrincipal p, String url) throws Exception {
        return mvc.perform(get(url).with(as(p))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static long count(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*<div class=\"count[^\"]*\">(\\d+)</div>").matcher(html);
        assertThat(m.find()).as(id + " in " + html).isTrue();
        return Long.parseLong(m.group(1));
    }

    long casesInStage(IdentityPrincipal p, CaseStage s) {
        return jdbc.sql("SELECT count(*) FROM enf_case WHERE scope_path LIKE :p AND stage = :s")
                .param("p", p.scope().pattern()).param("s", s.name()).query(Long.class).single();
    }

    long insertCase(IdentityPrincipal p, String number) {
        return jdbc.sql("""
                        INSERT INTO enf_case (case_number, agency_id, scope_path, kind, source, basis_title, basis_number,
                                              basis_date, party_name, party_kind, title, place, stage, opened_at, opened_by)
                        VALUES (:n, :a, :p, 'INSPECTION', 'ANNUAL_PLAN', '年度计划', '计划〔2026〕1号', DATE '2026-03-01',
                                '工作台测试', 'CITIZEN', '检查', '某地', 'DECISION', now(), 'workbench_test') RETURNING id""")
                .param("n", number).param("a", p.agencyId()).param("p", p.scope().path()).query(Long.class).single();
    }

    @Test
    @DisplayName("ORG-03 a head's and an officer's case counts by stage equal the scoped case list of that stage; a new case counts once, in its county only")
    void caseCounts() throws Exception {
        IdentityPrincipal director = user("zz_director");
        IdentityPrincipal officer = user("zz_officer");
        IdentityPrincipal otherCounty = user("sc_unithead");
        long otherBefore = count(html(otherCounty, "/cases/workbench"), "count-stage-decision");
        long before = count(html(director, "/cases/workbench"), "count-stage-decision");
        insertCase(director, "工作台测试案〔2026〕1号");
        for (IdentityPrincipal p : List.of(director, officer)) {
            String card = html(p, "/cases/workbench");
            for (CaseStage s : CaseWorkbench.OPEN_STAGES) {
                assertThat(count(card, "count-stage-" + s.name().toLowerCase())).as(p.username() + " " + s)
                        .isEqualTo(casesInStage(p, s));
                assertThat(card).contains("href=\"/cases?stage=" + s.name() + "\"");
            }
        }
        assertThat(count(html(director, "/cases/workbench"), "count-stage-decision")).isEqualTo(before + 1);
        assertThat(count(html(otherCounty, "/cases/workbench"), "count-stage-decision")).isEqualTo(otherBefore);
        // the chart is for heads (case:decide) only
        assertThat(html(director, "/cases/workbench")).contains("id=\"cases-by-month\"").contains("data-chart=");
        assertThat(html(officer, "/cases/workbench")).doesNotContain("cases-by-month");
        assertThat(html(director, "/")).contains("echarts.common.min.js").contains("/js/workbench.js");
        assertThat(html(officer, "/")).doesNotContain("echarts");
    }

    @Test
    @DisplayName("CAL-06 deadline and to-do counts equal the lists they link to, for a head and an officer")
    void deadlineAndInboxCounts() throws Exception {
        for (String name : List.of("zz_director", "zz_officer")) {
            IdentityPrincipal p = user(name);
            String html = html(p, "/calendar/deadlines/counts");
            long overdue = deadlines.list(p, new DeadlineQueries.Filter(List.of(DeadlineState.OVERDUE), null, null, null,
                    null, null), 0, 1).total();
            assertThat(count(html, "count-overdue")).isEqualTo(overdue);
            assertThat(html).contains("href=\"/calendar/deadlines?state=OVERDUE\"").contains("/calendar/deadlines?state=OPEN&amp;dueFrom=");
            String inbox = html(p, "/workflow/inbox/counts");
            assertThat(count(inbox, "count-inbox"))
                    .isEqualTo(workflows.inbox(p, InboxFilter.all(), PageRequest.of(0, 1)).getTotalElements());
            assertThat(html(p, "/notifications/counts")).contains("id=\"count-unread\"");
        }
        assertThat(count(html(user("zz_director"), "/calendar/deadlines/counts"), "count-overdue")).isPositive();
    }

    @Test
    @DisplayName("issue 12: external roles (technical inspector, social supervisor, expert) get no bureau-wide case figures")
    void externalRoles() throws Exception {
        for (String name : List.of("zz_inspector", "zz_supervisor", "zz_expert")) {
            IdentityPrincipal p = user(name);
            mvc.perform(get("/cases/workbench").with(as(p))).andExpect(status().isForbidden());
            String home = html(p, "/");
            assertThat(home).doesNotContain("panel-cases").doesNotContain("echarts").contains("待我处理");
        }
        assertThat(html(user("zz_unithead"), "/")).contains("panel-cases").contains("在办案件（按阶段）");
    }
}
