package cn.anjian.complaints.submissions;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Scope;
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
class SubmissionDemoData {

    private static final Logger log = LoggerFactory.getLogger(SubmissionDemoData.class);

    private final SupervisorDirectory supervisors;
    private final SubmissionService service;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final org.springframework.core.env.Environment environment;

    SubmissionDemoData(SupervisorDirectory supervisors, SubmissionService service, JdbcClient jdbc, TransactionTemplate tx,
                       org.springframework.core.env.Environment environment) {
        this.environment = environment;
        this.supervisors = supervisors;
        this.service = service;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    record DemoActor(long userId, String username, String displayName, long agencyId, String agencyName, Long unitId,
                     long jurisdictionId, Scope scope) implements Actor {
        @Override
        public boolean hasPermission(String permission) {
            return true;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 5)
    void load() {
        boolean enabled = cn.anjian.kernel.DemoDataSwitch.enabled(environment);
        if (!enabled) {
            return;
        }
        java.util.Optional<DemoActor> supervisorUser = actor("zz_supervisor");
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
        DemoActor me = supervisorUser.get();
        DemoActor office = actor("zz_office").orElseThrow();
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

    /** Demo code only: the demo accounts' agencies, read directly (identity offers no look-up by name). */
    private java.util.Optional<DemoActor> actor(String username) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, a.id, a.name, a.jurisdiction_id, a.scope_path
                        FROM iam_user u JOIN org_agency a ON a.id = u.agency_id WHERE lower(u.username) = :u""")
                .param("u", username)
                .query((rs, n) -> new DemoActor(rs.getLong(1), username, rs.getString(2), rs.getLong(3), rs.getString(4),
                        null, rs.getLong(5), new Scope(rs.getString(6)))).optional();
    }
}
