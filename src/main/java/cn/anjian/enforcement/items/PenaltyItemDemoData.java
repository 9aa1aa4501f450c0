package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

import java.util.Optional;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CASE-17 demo, step of the hearing case ({@link DemoCasesReady#HEARING_CASE}): the confined-space work without a
 * site supervisor rests on 安全生产法 art. 101 (third item) with the benchmark 较轻 (5,000–20,000 yuan: the party
 * put it right on the spot), so the notified 20,000-yuan fine lies inside it. Chosen by the demo officer through the
 * same gate as the page, while the case awaits its decision; a case with a choice (or a decision) is left alone.
 */
@Component
@RequiredArgsConstructor
class PenaltyItemDemoData {

    private static final Logger log = LoggerFactory.getLogger(PenaltyItemDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final Cases cases;
    private final CaseItems caseItems;
    private final JdbcClient jdbc;

    @EventListener
    @Order(DemoCasesReady.HEARING_CASE_ITEM)
    void onDemoCases(DemoCasesReady ready) {
        Optional<CaseRef> c = cases.findByTitle(DemoCasesReady.HEARING_CASE);
        Optional<Actor> officer = users.actor("zz_officer");
        if (!DemoDataSwitch.enabled(environment) || c.isEmpty() || officer.isEmpty() || c.get().stage() != CaseStage.DECISION) {
            return;
        }
        try {
            if (caseItems.decided(c.get().id()) || jdbc.sql("SELECT EXISTS (SELECT 1 FROM enf_case_item WHERE case_id = :c)")
                    .param("c", c.get().id()).query(Boolean.class).single()) {
                return;
            }
            Optional<Long> item = jdbc.sql("SELECT id FROM enf_item WHERE code = :c").param("c", ItemDemoData.ITEM).query(Long.class).optional();
            Optional<Integer> seq = item.flatMap(i -> jdbc.sql("""
                            SELECT seq FROM enf_item_benchmark WHERE item_id = :i AND circumstance = 'MINOR'""")
                    .param("i", i).query(Integer.class).optional());
            if (item.isPresent()) {
                caseItems.choose(officer.get(), c.get().id(), item.get(), seq.orElse(null), null);
                log.info("Demo case “{}” rests on enforcement item {}", DemoCasesReady.HEARING_CASE, ItemDemoData.ITEM);
            }
        } catch (RuntimeException e) { // a demo loader never stops the application from starting
            log.warn("Demo enforcement item of the hearing case not chosen: {}", e.getMessage());
        }
    }
}
