package cn.anjian.enforcement.cases;

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
    private final CaseDocuments documents;
    private final CaseDecisions decisions;
    private final CaseTransfers transfers;
    private final Enterprises enterprises;
    private final People people;
    private final Workflows workflows;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseDemoData(Environment environment, ActingUsers users, CaseService cases, CaseDocuments documents,
                 CaseDecisions decisions, CaseTransfers transfers, Enterprises enterprises, People people,
                 Workflows workflows, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.environment = environment;
        this.users = users;
        this.cases = cases;
        this.documents = documents;
        this.decisions = decisions;
        this.transfers = transfers;
        this.enterprises = enterprises;
        this.people = people;
        this.workflows = workflows;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

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
        // listeners are synchronous: by now recording's loader has filed the scanned receipts of the coercive decisions
        finish(ZZ_ARCHIVED, CaseStage.ARCHIVED, "zz_officer");
        finish(SC_CLOSURE, CaseStage.CLOSURE, "sc_officer");
    }

    /**
     * The coercive decisions are numbered only (no .docx template), so they are served on paper and the scanned
     * 送达回执 is uploaded to recording (REC-02 requires it before closure, art. 8(二)4): those two cases wait at
     * SERVICE until {@link DemoCasesReady} has been handled, then go on to {@code target} through the same gates.
     */
    private void finish(String title, CaseStage target, String username) {
        Optional<CaseRef> c = cases.findByTitle(title);
        if (c.isEmpty() || c.get().stage().ordinal() >= target.ordinal() || c.get().stage().ordinal() < CaseStage.SERVICE.ordinal()) {
            return;
        }
        Actor actor = actor(username);
        one(title, () -> {
            for (CaseStage s = c.get().stage().next(); s != null && s.ordinal() <= target.ordinal(); s = s.next()) {
                cases.transition(actor, c.get().id(), s, null);
            }
        });
    }

    private void load() {
        Actor zzOfficer = actor("zz_officer");
        Actor zzHead = actor("zz_unithead");
        Actor zzDirector = actor("zz_director");
        Actor scOfficer = actor("sc_officer");
        Actor scHead = actor("sc_unithead");
        LocalDate today = LocalDate.now(clock);
        int loaded = 0;

        loaded += one(ZZ_INITIATION, () -> open(zzOfficer, CaseKind.INSPECTION, CaseSource.ANNUAL_PLAN,
                "泽州县应急管理局2026年度安全生产监督检查计划", "泽应急〔2026〕3号", today.minusMonths(3),
                "山西晋城泽州巴公煤业有限公司", null, ZZ_INITIATION));

        loaded += one(ZZ_INVESTIGATION, () -> {
            CaseRef c = open(zzOfficer, CaseKind.INSPECTION, CaseSource.RANDOM_DRAW, "泽州县2026年第三季度双随机抽查结果",
                    "泽应急抽〔2026〕3号", today.minusDays(20), "泽州县大箕镇鑫源煤业有限公司", null, ZZ_INVESTIGATION);
            zzTeam(zzOfficer, c, true);
            cases.transition(zzOfficer, c.id(), CaseStage.INVESTIGATION, "进入现场检查");
            documents.generate(zzOfficer, c.id(), "INSPECTION_RECORD", fields("检查井下采掘工作面、通风系统和安全监控系统，发现 2 处问题", null, null, null));
        });

        loaded += one(ZZ_DECISION, () -> {
            CaseRef c = open(zzOfficer, CaseKind.PENALTY, CaseSource.COMPLAINT, "群众举报信（附局领导批示）", "泽应急信〔2026〕12号",
                    today.minusDays(25), "山西兰花煤化工有限责任公司泽州分公司", null, ZZ_DECISION);
            zzTeam(zzOfficer, c, false);
            cases.transition(zzOfficer, c.id(), CaseStage.INVESTIGATION, null);
            documents.generate(zzOfficer, c.id(), "INSPECTION_RECORD", fields("经现场核查，该公司在未办理动火作业审批的情况下进行管道焊接作业", null, null, null));
            cases.transition(zzOfficer, c.id(), CaseStage.DECISION, "调查终结，拟作出行政处罚");
            CaseDocumentView notice = documents.generate(zzOfficer, c.id(), "PENALTY_NOTICE", fields(
                    "未执行动火作业审批制度，在甲类火灾危险区域进行焊接作业", "《中华人民共和国安全生产法》第四十三条",
                    "拟处罚款人民币 5 万元", null));
            documents.serve(zzOfficer, c.id(), notice.id(), ServiceMethod.DIRECT, "该公司安全副总经理");
        });

        loaded += one(ZZ_SERVICE, () -> {
            CaseRef c = open(zzOfficer, CaseKind.PENALTY, CaseSource.SPECIAL_CAMPAIGN, "关于开展工贸行业有限空间作业专项整治的通知",
                    "晋市应急〔2026〕21号", today.minusDays(40), "晋城市泽州县福盛钢铁有限公司", null, ZZ_SERVICE);
            zzTeam(zzOfficer, c, false);
            cases.transition(zzOfficer, c.id(), CaseStage.INVESTIGATION, null);
            documents.generate(zzOfficer, c.id(), "INSPECTION_RECORD", fields("检查炼钢车间煤气柜检修现场，作业人员未经通风检测进入有限空间", null, null, null));
            cases.transition(zzOfficer, c.id(), CaseStage.DECISION, null);
            documents.generate(zzOfficer, c.id(), "PENALTY_NOTICE", fields("有限空间作业未执行“先通风、再检测、后作业”要求，未设置监护人员",
                    "《中华人民共和国安全生产法》第一百零一条", "拟处警告并处罚款人民币 3 万元", null));
            decisions.issueDecision(zzHead, c.id(), new CaseDecision(c.id(), DecisionKind.PENALTY, List.of("警告"),
                    new BigDecimal("30000"), null, null, "有限空间作业未执行“先通风、再检测、后作业”要求，未设置监护人员",
                    "《中华人民共和国安全生产法》第一百零一条", null));
            cases.transition(zzOfficer, c.id(), CaseStage.SERVICE, null);
        });

        loaded += one(ZZ_EXECUTION, () -> {
            CaseRef c = open(zzOfficer, CaseKind.INSPECTION, CaseSource.ANNUAL_PLAN, "泽州县应急管理局2026年度安全生产监督检查计划",
                    "泽应急〔2026〕3号", today.minusMonths(3), "泽州县金村镇天然气加气站", null, ZZ_EXECUTION);
            zzTeam(zzOfficer, c, false);
            cases.transition(zzOfficer, c.id(), CaseStage.INVESTIGATION, null);
            documents.generate(zzOfficer, c.id(), "INSPECTION_RECORD", fields("加气机静电接地装置损坏，可燃气体报警器未定期检定", null, null, null));
            cases.transition(zzOfficer, c.id(), CaseStage.DECISION, null);
            DecisionView d = decisions.issueDecision(zzHead, c.id(), new CaseDecision(c.id(), DecisionKind.RECTIFICATION,
                    List.of("修复加气机静电接地装置", "对可燃气体报警器进行检定"), null, null, null,
                    "加气机静电接地装置损坏，可燃气体报警器超期未检定", "《中华人民共和国安全生产法》第六十五条", today.plusDays(15)));
            cases.transition(zzOfficer, c.id(), CaseStage.SERVICE, null);
            documents.serve(zzOfficer, c.id(), d.documentId(), ServiceMethod.DIRECT, "加气站站长");
            cases.transition(zzOfficer, c.id(), CaseStage.EXECUTION, "整改期间，复查前跟踪督办");
        });

        loaded += one(ZZ_CLOSURE, () -> {
            CaseRef c = open(zzOfficer, CaseKind.INSPECTION, CaseSource.RANDOM_DRAW, "泽州县2026年第二季度双随机抽查结果",
                    "泽应急抽〔2026〕2号", today.minusDays(60), "泽州县川底乡石料厂", null, ZZ_CLOSURE);
            zzTeam(zzOfficer, c, false);
            cases.transition(zzOfficer, c.id(), CaseStage.INVESTIGATION, null);
            documents.generate(zzOfficer, c.id(), "INSPECTION_RECORD", fields("检查采场边坡、爆破器材管理和安全培训记录，未发现违法行为和事故隐患", null, null, null));
            cases.transition(zzOfficer, c.id(), CaseStage.DECISION, null);
            cases.transition(zzOfficer, c.id(), CaseStage.CLOSURE, "检查未发现违法行为和事故隐患，无需作出处理决定");
        });

        loaded += one(ZZ_ARCHIVED, () -> {
            CaseRef c = open(zzOfficer, CaseKind.COERCIVE, CaseSource.ASSIGNMENT, "晋城市应急管理局交办函",
                    "晋市应急交〔2026〕5号", today.minusDays(90), "晋城市泽州县北义城金鼎煤业有限公司", null, ZZ_ARCHIVED);
            zzTeam(zzOfficer, c, false);
            cases.transition(zzOfficer, c.id(), CaseStage.INVESTIGATION, null);
            CaseDocumentView record = documents.generate(zzOfficer, c.id(), "INSPECTION_RECORD",
                    fields("停产整顿期间擅自组织井下生产，现场查获正在运行的采煤设备", null, null, null));
            documents.serve(zzOfficer, c.id(), record.id(), ServiceMethod.LEAVE, "该矿矿长（拒绝签收，留置送达）");
            cases.transition(zzOfficer, c.id(), CaseStage.DECISION, null);
            decisions.issueDecision(zzHead, c.id(), new CaseDecision(c.id(), DecisionKind.COERCIVE_MEASURE,
                    List.of("查封井下采煤设备", "扣押违法生产的原煤"), null, null, null, "停产整顿期间违规组织生产",
                    "《中华人民共和国安全生产法》第六十五条第一款第（四）项", null));
            // served on paper; closure and archiving follow once the receipt is on file (finish)
            cases.transition(zzOfficer, c.id(), CaseStage.SERVICE, "决定书已留置送达");
        });

        loaded += one(ZZ_TRANSFER, () -> {
            CaseRef c = open(zzOfficer, CaseKind.PENALTY, CaseSource.ASSIGNMENT, "泽州县人民政府督办函",
                    "泽政督〔2026〕17号", today.minusDays(30), "晋城市泽州县晋庙铺石灰岩矿", null, ZZ_TRANSFER);
            zzTeam(zzOfficer, c, false);
            cases.transition(zzOfficer, c.id(), CaseStage.INVESTIGATION, "调查发现涉嫌非法采矿");
            TransferView t = transfers.request(zzOfficer, c.id(), "泽州县公安局", today,
                    "未取得安全生产许可证擅自开采，越界开采矿产资源价值较大，涉嫌非法采矿罪");
            FlowId flow = new FlowId(t.flowId());
            workflows.decide(flow, zzHead, Decision.APPROVE, "事实清楚，同意移送");
            workflows.decide(flow, zzDirector, Decision.APPROVE, "同意移送泽州县公安局");
        });

        loaded += one(ZZ_CITIZEN, () -> cases.open(zzOfficer, new NewCase(CaseKind.PENALTY, CaseSource.COMPLAINT,
                "12345 热线转办单", "泽12345〔2026〕311号", today.minusDays(2), null, "张某某", ZZ_CITIZEN, "泽州县南村镇东街", null)));

        loaded += one(SC_INITIATION, () -> open(scOfficer, CaseKind.LICENCE, CaseSource.ASSIGNMENT, "忻州市应急管理局交办函",
                "忻应急交〔2026〕9号", today.minusDays(3), "神池县城区液化石油气充装站", null, SC_INITIATION));

        loaded += one(SC_INVESTIGATION, () -> {
            CaseRef c = open(scOfficer, CaseKind.PENALTY, CaseSource.COMPLAINT, "实名举报信", "神应急信〔2026〕4号",
                    today.minusDays(15), "神池县龙泉煤矿有限公司", null, SC_INVESTIGATION);
            scTeam(scOfficer, c);
            cases.transition(scOfficer, c.id(), CaseStage.INVESTIGATION, null);
            documents.generate(scOfficer, c.id(), "INSPECTION_RECORD", fields("核查井下巷道布置图与实际开采范围", null, null, null));
        });

        loaded += one(SC_DECISION, () -> {
            CaseRef c = open(scOfficer, CaseKind.LICENCE, CaseSource.ANNUAL_PLAN, "神池县应急管理局2026年度监督检查计划",
                    "神应急〔2026〕2号", today.minusMonths(4), "神池县鑫达铁合金有限公司", null, SC_DECISION);
            scTeam(scOfficer, c);
            cases.transition(scOfficer, c.id(), CaseStage.INVESTIGATION, null);
            cases.transition(scOfficer, c.id(), CaseStage.DECISION, "现场核查完毕，提交审查");
        });

        loaded += one(SC_CLOSURE, () -> {
            CaseRef c = open(scOfficer, CaseKind.COERCIVE, CaseSource.SPECIAL_CAMPAIGN, "关于开展非煤矿山安全专项整治的通知",
                    "忻应急〔2026〕33号", today.minusDays(70), "神池县太平庄乡铁矿", null, SC_CLOSURE);
            scTeam(scOfficer, c);
            cases.transition(scOfficer, c.id(), CaseStage.INVESTIGATION, null);
            cases.transition(scOfficer, c.id(), CaseStage.DECISION, null);
            decisions.issueDecision(scHead, c.id(), new CaseDecision(c.id(), DecisionKind.COERCIVE_MEASURE,
                    List.of("查封不符合安全标准的提升设备"), null, null, null, "主提升绞车保护装置失效", "《中华人民共和国安全生产法》第六十五条", null));
            cases.transition(scOfficer, c.id(), CaseStage.SERVICE, "决定书已直接送达");
        });
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

    private CaseRef open(Actor actor, CaseKind kind, CaseSource source, String basisTitle, String basisNumber,
                         LocalDate basisDate, String enterprise, String citizen, String title) {
        EnterpriseView e = enterprises.search(actor, new EnterpriseFilter(enterprise, null, null, null, null), 0, 5).items()
                .stream().filter(x -> x.name().equals(enterprise)).findFirst()
                .orElseThrow(() -> new BusinessException("DEMO-ENTERPRISE", "演示企业不存在：" + enterprise));
        return cases.open(actor, new NewCase(kind, source, basisTitle, basisNumber, basisDate, e.id(), citizen, title, null, null));
    }

    private void zzTeam(Actor actor, CaseRef c, boolean withInspector) {
        List<NewMember> team = new ArrayList<>(List.of(new NewMember(person(actor, "140525", "19780312011"), TeamRole.LEADER),
                new NewMember(person(actor, "140525", "19850721022"), TeamRole.MEMBER)));
        if (withInspector) {
            people.search(actor, new PersonFilter("刘文斌", null, null, null), 0, 5).items().stream().findFirst()
                    .ifPresent(p -> team.add(new NewMember(p.id(), TeamRole.ASSISTANT)));
        }
        cases.setTeam(actor, c.id(), team);
    }

    private void scTeam(Actor actor, CaseRef c) {
        cases.setTeam(actor, c.id(), List.of(new NewMember(person(actor, "140927", "19830227028"), TeamRole.LEADER),
                new NewMember(person(actor, "140927", "19890314048"), TeamRole.MEMBER)));
    }

    /** A demo officer (OfficerDemoData) by county code and birth + sequence digits. */
    private long person(Actor actor, String county, String birthSeq) {
        Optional<PersonView> p = people.findByIdCard(actor, IdCardNumber.complete(county + birthSeq).value());
        return p.orElseThrow(() -> new BusinessException("DEMO-OFFICER", "演示执法人员不存在：" + county + birthSeq)).id();
    }

    private static CaseDocuments.DocumentFields fields(String facts, String basis, String decision, String deadline) {
        return new CaseDocuments.DocumentFields(facts, basis, decision, deadline, null);
    }

    private Actor actor(String username) {
        return users.actor(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }
}
