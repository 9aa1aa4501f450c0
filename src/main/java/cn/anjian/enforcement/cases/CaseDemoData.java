package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonView;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases in Zezhou and Shenchi over the four kinds and five sources, at least one in every stage
 * (ARCHIVED included), with teams of the demo officers holding valid certificates (OfficerDemoData),
 * documents generated and served (every closed case with the text records REC-02 requires of its kind), one penalty decision and one approved transfer. Everything goes
 * through the domain gates acting as the real demo users (zz_officer, zz_unithead, zz_director, sc_*).
 *
 * <p>It runs when readiness turns to ACCEPTING_TRAFFIC, which Spring Boot publishes right after
 * ApplicationReadyEvent: by then every other module's ApplicationReadyEvent demo loader (officers,
 * inspectors, enterprises) has run. Each case is loaded in its own transaction; one refused by a
 * gate (e.g. a later module's stage guard) is logged and skipped. On every start with demo data it
 * publishes {@link DemoCasesReady} so other modules' demo loaders can attach to the demo cases
 * (also found by title through {@code Cases.findByTitle}: the titles in {@link #TITLES}).
 */
@Component
@RequiredArgsConstructor
class CaseDemoData {

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);

    static final String ZZ_INITIATION = "泽州县巴公煤业年度监督检查";
    static final String ZZ_INVESTIGATION = "泽州县鑫源煤业双随机抽查";
    static final String ZZ_DECISION = "兰花煤化工泽州分公司违规动火作业举报案";
    static final String ZZ_SERVICE = "福盛钢铁有限空间作业专项检查处罚案";
    static final String ZZ_EXECUTION = "金村镇天然气加气站年度检查责令整改";
    static final String ZZ_CLOSURE = "川底乡石料厂双随机抽查（未发现问题）";
    static final String ZZ_ARCHIVED = "金鼎煤业停产整顿期间违规生产查封案";
    static final String ZZ_TRANSFER = "晋庙铺石灰岩矿非法开采涉嫌犯罪移送案";
    static final String ZZ_CITIZEN = "张某非法储存烟花爆竹举报案";
    static final String SC_INITIATION = "神池县城区液化石油气充装站许可核查";
    static final String SC_INVESTIGATION = "龙泉煤矿超层越界开采举报案";
    static final String SC_DECISION = "鑫达铁合金安全生产许可延续审查";
    static final String SC_CLOSURE = "太平庄乡铁矿专项整治查封扣押案";

    static final List<String> TITLES = List.of(ZZ_INITIATION, ZZ_INVESTIGATION, ZZ_DECISION, ZZ_SERVICE, ZZ_EXECUTION,
            ZZ_CLOSURE, ZZ_ARCHIVED, ZZ_TRANSFER, ZZ_CITIZEN, SC_INITIATION, SC_INVESTIGATION, SC_DECISION, SC_CLOSURE);

    private final Environment environment;
    private final ActingUsers users;
    private final CaseService cases;
    private final CaseDemoScripts scripts;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @EventListener
    void onReady(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)
                || users.actor("zz_officer").isEmpty() || users.actor("sc_officer").isEmpty()) {
            return;
        }
        if (cases.findByTitle(ZZ_INITIATION).isEmpty()) {
            load();
        }
        List<CaseRef> demo = new ArrayList<>();
        for (String t : TITLES) {
            cases.findByTitle(t).ifPresent(demo::add);
        }
        events.publishEvent(new DemoCasesReady(List.copyOf(demo)));
        // listeners are synchronous: by now recording's loader has filed the paper records (basis documents, internal
        // approvals, the scanned receipts of the coercive decisions) and the on-site activities with their AV records
        finish(ZZ_CLOSURE, CaseStage.CLOSURE, "zz_officer", "检查未发现违法行为和事故隐患，无需作出处理决定");
        finish(ZZ_ARCHIVED, CaseStage.ARCHIVED, "zz_officer", null);
        finish(SC_CLOSURE, CaseStage.CLOSURE, "sc_officer", null);
    }

    /**
     * The closing demo cases wait until {@link DemoCasesReady} has been handled, then go on to {@code target} through
     * the same gates: recording requires the paper records of art. 8 (REC-02: basis documents, internal approval forms,
     * the scanned 送达回执 of the coercive decisions, which are numbered only and served on paper) and the on-site
     * activities with their AV records (REC-03: the inspection case's on-site inspection). The inspection with nothing
     * to decide goes from DECISION straight to CLOSURE with {@code note} (CASE-03).
     */
    private void finish(String title, CaseStage target, String username, String note) {
        Optional<CaseRef> c = cases.findByTitle(title);
        if (c.isEmpty() || c.get().stage().ordinal() >= target.ordinal() || c.get().stage().ordinal() < CaseStage.DECISION.ordinal()) {
            return;
        }
        Actor actor = actor(username);
        one(title, () -> {
            CaseStage from = c.get().stage();
            if (from == CaseStage.DECISION && target == CaseStage.CLOSURE && c.get().kind() == CaseKind.INSPECTION) {
                cases.transition(actor, c.get().id(), CaseStage.CLOSURE, note);
                return;
            }
            for (CaseStage s = from.next(); s != null && s.ordinal() <= target.ordinal(); s = s.next()) {
                cases.transition(actor, c.get().id(), s, null);
            }
        });
    }

    private void load() {
        CaseDemoScripts.DemoActors u = new CaseDemoScripts.DemoActors(actor("zz_officer"), actor("zz_unithead"),
                actor("zz_director"), actor("sc_officer"), actor("sc_unithead"));
        int loaded = 0;
        for (CaseDemoScripts.Script script : scripts.all(u, LocalDate.now(clock))) {
            loaded += one(script.title(), script.work());
        }
        log.info("Case demo data loaded: {} of {} cases", loaded, TITLES.size());
    }

    /** Loads one case in its own transaction; a refusal is logged and the case skipped. */
    private int one(String title, Runnable work) {
        try {
            tx.executeWithoutResult(s -> work.run());
            return 1;
        } catch (BusinessException e) {
            log.warn("Demo case “{}” not loaded: {} {}", title, e.code(), e.getMessage());
            return 0;
        }
    }

    private Actor actor(String username) {
        return users.actor(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }
}
