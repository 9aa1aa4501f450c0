package cn.anjian.publicity.decisions;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.List;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Demo (issue 14): Zezhou's drafted results after enforcement on the portal — up to three drafts (a citizen's first, his
 * name masked, when the demo cases have one) submitted by {@code zz_officer}, reviewed by {@code zz_office} and approved by
 * {@code zz_director} on the disclosure flow; the last one then revoked with its explanation (PUB-08) and approved again,
 * so the portal shows a correction. The citizen's decision is enforcement's demo case "张某非法储存烟花爆竹举报案". The drafts are written by the drafting listener after the demo decisions commit (asynchronously),
 * so a start without drafts yet tries again a few times, ten seconds apart. Nothing is done once Zezhou has a
 * published decision entry.
 */
@Component
@RequiredArgsConstructor
class DisclosureDemoData {

    private static final Logger log = LoggerFactory.getLogger(DisclosureDemoData.class);
    static final int ATTEMPTS = 12;

    private final Environment environment;
    private final ActingUsers users;
    private final DecisionDisclosure disclosure;
    private final Workflows workflows;
    private final JdbcClient jdbc;
    private final TaskScheduler scheduler;
    private final Clock clock;

    @EventListener
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && DemoDataSwitch.enabled(environment)) {
            attempt(1);
        }
    }

    void attempt(int n) {
        boolean done;
        try {
            done = publish(n >= ATTEMPTS);
        } catch (RuntimeException e) {
            log.warn("Decision disclosure demo not loaded: {}", e.getMessage());
            return;
        }
        if (!done && n < ATTEMPTS) {
            scheduler.schedule(() -> attempt(n + 1), clock.instant().plusSeconds(10));
        } else if (!done) {
            log.info("Decision disclosure demo: no drafted Zezhou decision to publish");
        }
    }

    /** True when there is nothing (more) to do; before the last attempt it waits for the citizen's draft. */
    boolean publish(boolean last) {
        Actor officer = users.actor("zz_officer").orElse(null);
        Actor office = users.actor("zz_office").orElse(null);
        Actor director = users.actor("zz_director").orElse(null);
        if (officer == null || office == null || director == null) {
            return true;
        }
        String scope = officer.scope().pattern();
        boolean published = jdbc.sql("""
                        SELECT count(*) FROM pub_decision_entry WHERE scope_path LIKE :s AND source_ref LIKE 'decision:%'
                        AND status IN ('PUBLISHED', 'REVISION_REVIEW', 'WITHDRAWAL_REVIEW', 'WITHDRAWN')""")
                .param("s", scope).query(Long.class).single() > 0;
        if (published) {
            return true;
        }
        List<Long> drafts = jdbc.sql("""
                        SELECT id FROM pub_decision_entry WHERE scope_path LIKE :s AND source_ref LIKE 'decision:%' AND status = 'DRAFT'
                        ORDER BY (party LIKE '%*%') DESC, id LIMIT 3""")
                .param("s", scope).query(Long.class).list();
        boolean citizen = !drafts.isEmpty() && jdbc.sql("SELECT party LIKE '%*%' FROM pub_decision_entry WHERE id = :id")
                .param("id", drafts.get(0)).query(Boolean.class).single();
        if (drafts.isEmpty() || !citizen && !last) {
            return false;
        }
        for (long id : drafts) {
            disclosure.submit(officer, id);
            approve(id, office, director, "内容准确，个人信息已隐去");
        }
        // PUB-08: a decision revoked on reconsideration keeps its entry, updated with the explanation (not the citizen's)
        if (drafts.size() > 1) {
            long revoked = drafts.get(drafts.size() - 1);
            disclosure.revise(officer, revoked, "REVOKED", "泽州县人民政府作出行政复议决定，撤销本决定，本机关将依法重新调查处理。");
            approve(revoked, office, director, "更正内容准确");
        }
        log.info("Decision disclosure demo: {} Zezhou results published, one revoked", drafts.size());
        return true;
    }

    private void approve(long id, Actor office, Actor director, String opinion) {
        long flow = jdbc.sql("SELECT flow_id FROM pub_decision_entry WHERE id = :id").param("id", id).query(Long.class).single();
        workflows.decide(new FlowId(flow), office, Decision.APPROVE, opinion);
        workflows.decide(new FlowId(flow), director, Decision.APPROVE, "同意公开");
    }
}
