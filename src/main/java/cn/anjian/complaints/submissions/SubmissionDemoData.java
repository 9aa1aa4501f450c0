package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.personnel.SupervisorDirectory;
import cn.anjian.personnel.SupervisorRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo submissions of the demo supervisor {@code zz_supervisor} (linked by the supervisors' demo
 * data, which runs just before): one answered, one accepted, one open. Once only.
 */
@Component
@RequiredArgsConstructor
class SubmissionDemoData {

    private static final Logger log = LoggerFactory.getLogger(SubmissionDemoData.class);

    private final SupervisorDirectory supervisors;
    private final SubmissionService service;
    private final ActingUsers users;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final org.springframework.core.env.Environment environment;

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 5)
    void load() {
        boolean enabled = cn.anjian.kernel.DemoDataSwitch.enabled(environment);
        if (!enabled) {
            return;
        }
        java.util.Optional<Actor> supervisorUser = users.actor("zz_supervisor");
        if (supervisorUser.isEmpty()) {
            return;
        }
        java.util.Optional<SupervisorRef> ref = supervisors.findByUser(supervisorUser.get().userId());
        if (ref.isEmpty() || !ref.get().active()) {
            return;
        }
        boolean done = jdbc.sql("SELECT count(*) FROM cmp_submission WHERE supervisor_id = :s").param("s", ref.get().supervisorId())
                .query(Integer.class).single() > 0;
        if (done) {
            return;
        }
        Actor me = supervisorUser.get();
        Actor office = users.actor("zz_office").orElseThrow();
        try {
            tx.executeWithoutResult(status -> {
                Submission answered = service.submit(me, new SubmissionService.NewSubmission("HAZARD_CLUE",
                        "某煤矿井下局部通风机未按规定设置", "巡查发现 3 号煤层某掘进工作面局部通风机无专人管理，存在循环风风险。",
                        "泽州县巴公镇", "某煤业有限公司"));
                service.answer(office, answered.id, "已于次日派员核查，责令该矿立即整改并立案调查，整改情况将另行反馈。感谢您的监督。");
                Submission accepted = service.submit(me, new SubmissionService.NewSubmission("OPINION",
                        "建议执法检查时提前公示检查事项", "部分企业反映检查内容不明确，建议检查前告知检查依据和事项清单。", null, null));
                service.accept(office, accepted.id);
                service.submit(me, new SubmissionService.NewSubmission("CRITICISM", "执法文书送达不及时",
                        "有企业反映行政处罚决定书送达较晚，影响其按期整改。", "泽州县", null));
            });
        } catch (RuntimeException e) {
            // demo data must never stop the application from starting
            log.warn("Demo submissions not loaded: {}", e.toString());
            return;
        }
        log.info("Demo submissions loaded for zz_supervisor");
    }

}
