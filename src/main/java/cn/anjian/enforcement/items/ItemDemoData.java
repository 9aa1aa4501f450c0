package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

import java.util.Optional;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.DemoDataSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CASE-17 demo: the penalty case awaiting its decision (兰花煤化工, hot work without a safety supervisor) rests on the
 * item 安全生产法 art. 101 with the benchmark 较重 (50,000–80,000 yuan: the 80,000-yuan fine legal review's demo
 * examines lies inside it), chosen by the demo officer through the same gate as the page. Idempotent: a case that has a choice (or a decision) is left alone. The catalogue itself is
 * reference data (V17_41).
 */
@Component
@RequiredArgsConstructor
class ItemDemoData {

    private static final Logger log = LoggerFactory.getLogger(ItemDemoData.class);
    static final String CASE_TITLE = "兰花煤化工泽州分公司违规动火作业举报案";
    static final String ITEM = "AQ-CF-101";

    private final Environment environment;
    private final ActingUsers users;
    private final CaseItems caseItems;
    private final JdbcClient jdbc;

    @EventListener
    void onDemoCases(DemoCasesReady ready) {
        if (!DemoDataSwitch.enabled(environment)) {
            return;
        }
        Optional<CaseRef> c = ready.cases().stream().filter(x -> x.title().equals(CASE_TITLE)).findFirst();
        Optional<Actor> officer = users.actor("zz_officer");
        if (c.isEmpty() || officer.isEmpty() || caseItems.decided(c.get().id())
                || jdbc.sql("SELECT EXISTS (SELECT 1 FROM enf_case_item WHERE case_id = :c)").param("c", c.get().id())
                .query(Boolean.class).single()) {
            return;
        }
        Optional<Long> item = jdbc.sql("SELECT id FROM enf_item WHERE code = :c").param("c", ITEM).query(Long.class).optional();
        Optional<Integer> seq = item.flatMap(i -> jdbc.sql("""
                        SELECT seq FROM enf_item_benchmark WHERE item_id = :i AND circumstance = 'SERIOUS' AND violation LIKE '%动火%'""")
                .param("i", i).query(Integer.class).optional());
        if (item.isEmpty()) {
            return;
        }
        try {
            caseItems.choose(officer.get(), c.get().id(), item.get(), seq.orElse(null), null);
            log.info("Demo case “{}” rests on enforcement item {}", CASE_TITLE, ITEM);
        } catch (BusinessException e) {
            log.warn("Demo enforcement item not chosen: {} {}", e.code(), e.getMessage());
        }
    }
}
