package cn.anjian.publicity.before;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.org.OrgUnit;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: what 泽州县应急管理局 and 山西省应急管理厅 disclose before enforcement (PUB-01, PUB-03) — units and duties, power
 * list items, spot-check items, licence guides (the province's), procedures for each case kind — drafted and published
 * by each agency's general office ({@code zz_office}, {@code sx_office}) through the service, so the same gates apply.
 * Idempotent: an agency that already has items is left alone.
 */
@Component
@RequiredArgsConstructor
class BeforeDemoData {

    private static final Logger log = LoggerFactory.getLogger(BeforeDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final DisclosureItems items;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        for (String user : List.of("zz_office", "sx_office")) {
            Actor a = users.actor(user).orElse(null);
            if (a == null || jdbc.sql("SELECT count(*) FROM pub_before_item WHERE agency_id = :a").param("a", a.agencyId())
                    .query(Long.class).single() > 0) {
                continue;
            }
            try {
                tx.executeWithoutResult(s -> BeforeDemoContent.of(user.startsWith("zz")).forEach(d -> load(a, d)));
                log.info("Disclosure-before demo items of {} loaded", a.agencyName());
            } catch (RuntimeException e) {
                log.warn("Disclosure-before demo items not loaded: {}", e.getMessage());
            }
        }
    }

    private void load(Actor a, BeforeDemoContent.Demo d) {
        OrgUnit unit = items.units(a).stream().filter(u -> u.name().startsWith(d.unitPrefix())).findFirst()
                .orElse(items.units(a).get(0));
        Map<String, String> values = new LinkedHashMap<>(d.values());
        long id = items.create(a, d.kind(), new DisclosureItems.Input(d.title(), d.caseKind(), String.valueOf(unit.id()),
                String.valueOf(d.order()), values));
        items.publish(a, id);
    }
}
