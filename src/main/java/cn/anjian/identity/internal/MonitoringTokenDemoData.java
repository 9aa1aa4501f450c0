package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo (issue 20): the province's and 泽州县's system administrators find monitoring tokens on 监控令牌 — one in use each,
 * and at 泽州县 a revoked one. The secrets are thrown away (a demo token scrapes nothing). Once.
 */
@Component
@RequiredArgsConstructor
class MonitoringTokenDemoData {

    private static final Logger log = LoggerFactory.getLogger(MonitoringTokenDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final MonitoringTokenService tokens;
    private final JdbcClient jdbc;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor sx = users.actor("sx_sysadmin").orElse(null);
        Actor zz = users.actor("zz_sysadmin").orElse(null);
        if (sx == null || zz == null || jdbc.sql("select count(*) from iam_monitoring_token").query(Long.class).single() > 0) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
            tokens.issue(sx, "省厅 Prometheus 监控服务器", today.plusMonths(11));
            tokens.issue(zz, "泽州县机房监控", today.plusDays(90));
            long old = tokens.issue(zz, "旧监控服务器（已停用）", today.plusDays(30)).id();
            tokens.revoke(zz, old);
            log.info("Monitoring token demo loaded");
        } catch (RuntimeException e) {
            log.warn("Monitoring token demo not loaded: {}", e.toString());
        }
    }
}
