package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Set;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo supervisors in Zezhou, appointed through the real flow (consents, escalation decided by the
 * demo directors and HR staff up to the province): one linked to the demo login
 * {@code zz_supervisor}, an invited NPC deputy, one whose certificate the county destroyed and reported,
 * awaiting the province's cancellation (SS-07 → TI-16), and a draft still missing the employer's consent. Runs on ApplicationReadyEvent, i.e. after
 * every ApplicationRunner, so the demo users of {@code DemoDataLoader} exist already on the first
 * start; same {@code anjian.demo-data} semantics; once only.
 */
@Component
@RequiredArgsConstructor
class SupervisorDemoData {

    private static final Logger log = LoggerFactory.getLogger(SupervisorDemoData.class);
    static final String MARKER_CARD = card("14052519750312121");

    private final Environment environment;
    private final ActingUsers acting;
    private final People people;
    private final SupervisorService service;
    private final Workflows workflows;
    private final TransactionTemplate tx;
    private final SupervisorDemoRecords records;

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    void load() {
        if (!enabled() || acting.actor("zz_hr").isEmpty() || acting.actor("zz_supervisor").isEmpty()) {
            return;
        }
        if (people.findByIdCard(actor("zz_hr"), MARKER_CARD).isPresent()) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> {
                Actor hr = actor("zz_hr");
                LocalDate today = service.today();
                // the supervisor record carries the demo login's own name, so header and record agree
                Actor login = actor("zz_supervisor");
                long li = appoint(hr, login.displayName(), MARKER_CARD, "13935601234", "RECOMMENDATION", "ENTERPRISE",
                        "晋城市兰花煤炭实业集团", null, "晋城市兰花煤炭实业集团", today);
                service.linkExistingUser(li, login.userId());
                long wang = appoint(hr, "王秀兰", card("14052519680905242"), "13835609876", "INVITATION", "NPC_DEPUTY", "泽州县人大代表",
                        "已征求泽州县司法局、县人大常委会办公室意见，均同意邀请", "泽州县巴公镇人民政府", today);
                long zhang = appoint(hr, "张建明", card("14052519800717353"), "13700001111", "RECOMMENDATION",
                        "INDUSTRY_ASSOCIATION", "晋城市安全生产协会", null, "晋城市安全生产协会", today);
                records.load(hr, today, li, wang, zhang);
                long person = people.create(hr, NewPerson.basic("赵丽", card("14052519900214462"), "13600002222")).id();
                long draft = service.create(hr, new SupervisorService.NewAppointment(person, "RECOMMENDATION", "UNIVERSITY",
                        "太原理工大学", null, null));
                service.recordPersonConsent(hr, draft, today, "书面同意");
            });
        } catch (RuntimeException e) {
            // demo data must never stop the application from starting
            log.warn("Demo supervisors not loaded: {}", e.toString());
            return;
        }
        log.info("Demo supervisors loaded (Zezhou; zz_supervisor linked to its supervisor record)");
    }

    private long appoint(Actor hr, String name, String idCard, String phone, String route, String kind, String source,
                         String consultation, String employer, LocalDate today) {
        long person = people.create(hr, NewPerson.basic(name, idCard, phone)).id();
        long id = service.create(hr, new SupervisorService.NewAppointment(person, route, kind, source, consultation,
                consultation == null ? null : today));
        service.recordPersonConsent(hr, id, today, "本人书面同意");
        service.recordEmployerConsent(hr, id, employer, today, "所在单位同意函");
        service.propose(hr, id);
        FlowId flow = new FlowId(service.get(hr, id).flowId);
        workflows.decide(flow, actor("zz_director"), Decision.APPROVE, "同意聘任，报市局");
        workflows.decide(flow, actor("jc_hr"), Decision.APPROVE, "同意，报省厅");
        workflows.decide(flow, actor("sx_hr"), Decision.APPROVE, "同意，颁发社会监督员工作证");
        return id;
    }

    /** The demo account as itself: its real permissions, so demo data passes the same gates. */
    private Actor actor(String username) {
        return acting.actor(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }

    private boolean enabled() {
        return cn.anjian.kernel.DemoDataSwitch.enabled(environment);
    }

    /** A valid demo ID card from its first 17 digits (GB 11643 check character). */
    static String card(String first17) {
        return cn.anjian.personnel.IdCardNumber.complete(first17).value();
    }
}
