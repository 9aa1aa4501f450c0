package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 20: the named, long-lived monitoring token of a Prometheus server. */
class MonitoringTokenTests extends IdentityTestSupport {

    @Autowired
    MonitoringTokenService tokens;

    private record Admin(long userId, IdentityPrincipal principal) {
    }

    private Admin admin(String city) {
        var j = fx.jurisdiction(city, null);
        long agency = fx.agency(j, city + "应急管理局");
        long id = fx.user(IdentityFixtures.unique("mon"), agency, false, "SYS_ADMIN");
        return new Admin(id, fx.principal(id));
    }

    private LocalDate today() {
        return clock.instant().atZone(Zones.SHANGHAI).toLocalDate();
    }

    private int status(String path, String token) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn().getResponse().getStatus();
    }

    @Test
    @DisplayName("IAM-01 a monitoring token opens /actuator/prometheus and no other endpoint; stored only as SHA-256; last use recorded")
    void validOnlyForPrometheus() throws Exception {
        Admin a = admin("监控甲市");
        var issued = tokens.issue(a.principal(), "普罗米修斯甲", today().plusDays(30));
        assertThat(issued.token()).startsWith(MonitoringTokenService.PREFIX).hasSizeGreaterThanOrEqualTo(49);
        assertThat(count("select count(*) from iam_monitoring_token where token_hash = '" + ApiTokenService.hash(issued.token()) + "'")).isEqualTo(1);
        assertThat(count("select count(*) from iam_monitoring_token where token_hash = '" + issued.token() + "'")).isZero();
        assertThat(auditCount("iam.monitor-token.issued")).isEqualTo(1);

        MockHttpServletResponse metrics = mvc.perform(get("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token())).andReturn().getResponse();
        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString(StandardCharsets.UTF_8)).contains("anjian_cases_opened_total");
        assertThat(metrics.getCookie("SESSION")).isNull();
        assertThat(count("select count(*) from iam_monitoring_token where id = " + issued.id() + " and last_used_at is not null")).isEqualTo(1);

        // nowhere else: the API (401 like any unknown credential), pages (to the login), other actuator endpoints
        assertThat(status("/api/v1/auth/me", issued.token())).isEqualTo(401);
        assertThat(status("/api/v1/settings", issued.token())).isEqualTo(401);
        assertThat(status("/api/v1/calendar/deadlines", issued.token())).isEqualTo(401);
        assertThat(status("/", issued.token())).isEqualTo(302);
        assertThat(status("/admin/monitoring-tokens", issued.token())).isEqualTo(302);
        assertThat(status("/actuator/info", issued.token())).isNotEqualTo(200);
        assertThat(status("/v3/api-docs", issued.token())).isNotEqualTo(200);
        // a wrong one on the metrics: 401, never anonymous
        assertThat(status("/actuator/prometheus", issued.token() + "x")).isEqualTo(401);
    }

    @Test
    @DisplayName("IAM-01 an expired token is refused: good through its expiry day (Beijing time), 401 the next day")
    void expiry() throws Exception {
        Admin a = admin("监控乙市");
        var issued = tokens.issue(a.principal(), "普罗米修斯乙", today().plusDays(1));
        assertThat(status("/actuator/prometheus", issued.token())).isEqualTo(200);
        clock.set(today().plusDays(1).atTime(23, 59));
        assertThat(status("/actuator/prometheus", issued.token())).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(status("/actuator/prometheus", issued.token())).isEqualTo(401);
    }

    @Test
    @DisplayName("IAM-01 the expiry date is required and at most a year ahead: tomorrow and a year ahead pass, today and a year and a day are refused")
    void expiryBounds() {
        Admin a = admin("监控丙市");
        LocalDate today = today();
        assertThat(tokens.issue(a.principal(), "明天到期", today.plusDays(1)).id()).isPositive();
        assertThat(tokens.issue(a.principal(), "一年到期", today.plusYears(1)).id()).isPositive();
        for (LocalDate bad : new LocalDate[]{null, today, today.minusDays(3), today.plusYears(1).plusDays(1)}) {
            assertThatThrownBy(() -> tokens.issue(a.principal(), "被拒" + bad, bad)).isInstanceOf(BusinessException.class)
                    .extracting("code").isEqualTo("IAM-MONITOR-TOKEN-EXPIRY");
        }
        assertThat(count("select count(*) from iam_monitoring_token where name like '被拒%'")).isZero();
        assertThatThrownBy(() -> tokens.issue(a.principal(), " ", today.plusDays(5)))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("IAM-MONITOR-TOKEN-NAME");
        assertThatThrownBy(() -> tokens.issue(a.principal(), "明天到期", today.plusDays(5)))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("IAM-MONITOR-TOKEN-DUPLICATE");
    }

    @Test
    @DisplayName("ORG-03 revocation: the token stops at once, audited; twice is a conflict; another jurisdiction's admin gets 404")
    void revoke() throws Exception {
        Admin a = admin("监控丁市");
        Admin other = admin("监控戊市");
        var issued = tokens.issue(a.principal(), "普罗米修斯丁", today().plusDays(90));
        assertThatThrownBy(() -> tokens.revoke(other.principal(), issued.id())).isInstanceOf(BusinessException.class)
                .extracting("kind").isEqualTo(BusinessException.Kind.NOT_FOUND);
        assertThat(status("/actuator/prometheus", issued.token())).isEqualTo(200);
        assertThat(tokens.list(other.principal(), null, null, MonitoringTokenService.SORT.parse(null), 0, 20).rows())
                .noneMatch(r -> r.id() == issued.id());

        mvc.perform(post("/admin/monitoring-tokens/" + issued.id() + "/revoke").with(fx.as(a.userId())).with(csrf()));
        assertThat(status("/actuator/prometheus", issued.token())).isEqualTo(401);
        assertThat(auditCount("iam.monitor-token.revoked")).isEqualTo(1);
        assertThatThrownBy(() -> tokens.revoke(a.principal(), issued.id())).isInstanceOf(BusinessException.class)
                .extracting("code").isEqualTo("IAM-MONITOR-TOKEN-REVOKED");
        var revoked = tokens.list(a.principal(), null, MonitoringTokenService.Status.REVOKED,
                MonitoringTokenService.SORT.parse(null), 0, 20).rows();
        assertThat(revoked).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(MonitoringTokenService.Status.REVOKED));
    }

    @Test
    @DisplayName("IAM-07 the page: every form error at once, inline; the secret shown once on the answer and never in the list; 403 without the permission")
    void page() throws Exception {
        Admin a = admin("监控己市");
        MockHttpServletResponse bad = mvc.perform(post("/admin/monitoring-tokens").with(fx.as(a.userId())).with(csrf())
                .param("name", "").param("expiresOn", "2026-02-30")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        String badPage = bad.getContentAsString(StandardCharsets.UTF_8);
        assertThat(badPage).contains("id=\"name\"").containsPattern("is-invalid[\\s\\S]*is-invalid");

        MockHttpServletResponse far = mvc.perform(post("/admin/monitoring-tokens").with(fx.as(a.userId())).with(csrf())
                .param("name", "太久").param("expiresOn", today().plusYears(2).toString())).andReturn().getResponse();
        assertThat(far.getStatus()).isEqualTo(422); // a rule's refusal, shown next to its field
        assertThat(far.getContentAsString(StandardCharsets.UTF_8)).contains("最长有效一年");

        MockHttpServletResponse ok = mvc.perform(post("/admin/monitoring-tokens").with(fx.as(a.userId())).with(csrf())
                .param("name", "页面签发").param("expiresOn", today().plusDays(60).toString())).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        String shown = ok.getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains(MonitoringTokenService.PREFIX, "credentials_file");
        String token = shown.substring(shown.indexOf(MonitoringTokenService.PREFIX)).split("<")[0];
        assertThat(status("/actuator/prometheus", token)).isEqualTo(200);

        String list = mvc.perform(get("/admin/monitoring-tokens").with(fx.as(a.userId()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("页面签发").doesNotContain(token);
        assertThat(mvc.perform(get("/admin/monitoring-tokens/export").with(fx.as(a.userId()))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/admin/monitoring-tokens").param("status", "nonsense").with(fx.as(a.userId())))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        var j = fx.jurisdiction("监控庚市", null);
        long officer = fx.user(IdentityFixtures.unique("offm"), fx.agency(j, "监控庚局"), false, "OFFICER");
        assertThat(mvc.perform(get("/admin/monitoring-tokens").with(fx.as(officer))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
