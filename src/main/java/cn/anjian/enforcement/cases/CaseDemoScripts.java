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
import cn.anjian.enforcement.ViolationFacts;
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
 * The demo cases of {@link CaseDemoData}, one script per case, each going through the domain gates as
 * a real demo user (zz_officer, zz_unithead, zz_director, sc_*): opening, team, stages, documents and
 * their service, decisions, a transfer with its approval.
 */
@Component
@RequiredArgsConstructor
class CaseDemoScripts {

    /** The demo users the scripts act as, with their real permissions (ActingUsers). */
    record DemoActors(Actor zzOfficer, Actor zzHead, Actor zzDirector, Actor scOfficer, Actor scHead) {
    }

    /** One demo case: its title and what loads it. */
    record Script(String title, Runnable work) {
    }

    private final CaseService cases;
    private final CaseDocuments documents;
    private final CaseDecisions decisions;
    private final CaseTransfers transfers;
    private final Enterprises enterprises;
    private final People people;
    private final CaseDemoSteps steps;

    List<Script> all(DemoActors u, LocalDate today) {
        return List.of(
                new Script(CaseDemoData.ZZ_INITIATION, () -> zzInitiation(u, today)),
                new Script(CaseDemoData.ZZ_INVESTIGATION, () -> zzInvestigation(u, today)),
                new Script(CaseDemoData.ZZ_DECISION, () -> zzDecision(u, today)),
                new Script(CaseDemoData.ZZ_SERVICE, () -> zzService(u, today)),
                new Script(CaseDemoData.ZZ_EXECUTION, () -> zzExecution(u, today)),
                new Script(CaseDemoData.ZZ_CLOSURE, () -> zzClosure(u, today)),
                new Script(CaseDemoData.ZZ_ARCHIVED, () -> zzArchived(u, today)),
                new Script(CaseDemoData.ZZ_TRANSFER, () -> zzTransfer(u, today)),
                new Script(CaseDemoData.ZZ_CITIZEN, () -> zzCitizen(u, today)),
                new Script(CaseDemoData.SC_INITIATION, () -> scInitiation(u, today)),
                new Script(CaseDemoData.SC_INVESTIGATION, () -> scInvestigation(u, today)),
                new Script(CaseDemoData.SC_DECISION, () -> scDecision(u, today)),
                new Script(CaseDemoData.SC_CLOSURE, () -> scClosure(u, today)));
    }

    private void zzInitiation(DemoActors u, LocalDate today) {
        open(u.zzOfficer(), CaseKind.INSPECTION, CaseSource.ANNUAL_PLAN,
                "泽州县应急管理局2026年度安全生产监督检查计划", "泽应急〔2026〕3号", today.minusMonths(3),
                "山西晋城泽州巴公煤业有限公司", null, CaseDemoData.ZZ_INITIATION);
    }

    private void zzInvestigation(DemoActors u, LocalDate today) {
        CaseRef c = open(u.zzOfficer(), CaseKind.INSPECTION, CaseSource.RANDOM_DRAW, "泽州县2026年第三季度双随机抽查结果",
                "泽应急抽〔2026〕3号", today.minusDays(20), "泽州县大箕镇鑫源煤业有限公司", null, CaseDemoData.ZZ_INVESTIGATION);
        zzTeam(u.zzOfficer(), c, true);
        cases.transition(u.zzOfficer(), c.id(), CaseStage.INVESTIGATION, "进入现场检查");
        documents.generate(u.zzOfficer(), c.id(), "INSPECTION_RECORD", fields("检查井下采掘工作面、通风系统和安全监控系统，发现 2 处问题", null, null, null));
    }

    private void zzDecision(DemoActors u, LocalDate today) {
        CaseRef c = open(u.zzOfficer(), CaseKind.PENALTY, CaseSource.COMPLAINT, "群众举报信（附局领导批示）", "泽应急信〔2026〕12号",
                today.minusDays(25), "山西兰花煤化工有限责任公司泽州分公司", null, CaseDemoData.ZZ_DECISION);
        zzTeam(u.zzOfficer(), c, false);
        cases.transition(u.zzOfficer(), c.id(), CaseStage.INVESTIGATION, null);
        documents.generate(u.zzOfficer(), c.id(), "INSPECTION_RECORD", fields("经现场核查，该公司在未办理动火作业审批的情况下进行管道焊接作业", null, null, null));
        cases.transition(u.zzOfficer(), c.id(), CaseStage.DECISION, "调查终结，拟作出行政处罚");
        // CASE-12: the notice is served; the statement period is still running
        steps.notice(u.zzOfficer(), c.id(), "未执行动火作业审批制度，在甲类火灾危险区域进行焊接作业",
                "《中华人民共和国安全生产法》第四十三条", new BigDecimal("50000"), List.of(), "该公司安全副总经理", today, false);
    }

    private void zzService(DemoActors u, LocalDate today) {
        CaseRef c = open(u.zzOfficer(), CaseKind.PENALTY, CaseSource.SPECIAL_CAMPAIGN, "关于开展工贸行业有限空间作业专项整治的通知",
                "晋市应急〔2026〕21号", today.minusDays(40), "晋城市泽州县福盛钢铁有限公司", null, CaseDemoData.ZZ_SERVICE);
        zzTeam(u.zzOfficer(), c, false);
        cases.transition(u.zzOfficer(), c.id(), CaseStage.INVESTIGATION, null);
        documents.generate(u.zzOfficer(), c.id(), "INSPECTION_RECORD", fields("检查炼钢车间煤气柜检修现场，作业人员未经通风检测进入有限空间", null, null, null));
        cases.transition(u.zzOfficer(), c.id(), CaseStage.DECISION, null);
        // CASE-12: notice served ten days ago, the party waived statement and defence
        steps.notice(u.zzOfficer(), c.id(), "有限空间作业未执行“先通风、再检测、后作业”要求，未设置监护人员",
                "《中华人民共和国安全生产法》第一百零一条", new BigDecimal("30000"), List.of("警告"), "该公司安全总监",
                today.minusDays(10), true);
        decisions.issueDecision(u.zzHead(), c.id(), new CaseDecision(c.id(), DecisionKind.PENALTY, List.of("警告"),
                new BigDecimal("30000"), null, null, "有限空间作业未执行“先通风、再检测、后作业”要求，未设置监护人员",
                "《中华人民共和国安全生产法》第一百零一条", null));
        cases.transition(u.zzOfficer(), c.id(), CaseStage.SERVICE, null);
    }

    private void zzExecution(DemoActors u, LocalDate today) {
        CaseRef c = open(u.zzOfficer(), CaseKind.INSPECTION, CaseSource.ANNUAL_PLAN, "泽州县应急管理局2026年度安全生产监督检查计划",
                "泽应急〔2026〕3号", today.minusMonths(3), "泽州县金村镇天然气加气站", null, CaseDemoData.ZZ_EXECUTION);
        zzTeam(u.zzOfficer(), c, false);
        cases.transition(u.zzOfficer(), c.id(), CaseStage.INVESTIGATION, null);
        documents.generate(u.zzOfficer(), c.id(), "INSPECTION_RECORD", fields("加气机静电接地装置损坏，可燃气体报警器未定期检定", null, null, null));
        cases.transition(u.zzOfficer(), c.id(), CaseStage.DECISION, null);
        DecisionView d = decisions.issueDecision(u.zzHead(), c.id(), new CaseDecision(c.id(), DecisionKind.RECTIFICATION,
                List.of("修复加气机静电接地装置", "对可燃气体报警器进行检定"), null, null, null,
                "加气机静电接地装置损坏，可燃气体报警器超期未检定", "《中华人民共和国安全生产法》第六十五条", today.plusDays(15)));
        cases.transition(u.zzOfficer(), c.id(), CaseStage.SERVICE, null);
        documents.serve(u.zzOfficer(), c.id(), d.documentId(), ServiceMethod.DIRECT, "加气站站长");
        cases.transition(u.zzOfficer(), c.id(), CaseStage.EXECUTION, "整改期间，复查前跟踪督办");
    }

    private void zzClosure(DemoActors u, LocalDate today) {
        CaseRef c = open(u.zzOfficer(), CaseKind.INSPECTION, CaseSource.RANDOM_DRAW, "泽州县2026年第二季度双随机抽查结果",
                "泽应急抽〔2026〕2号", today.minusDays(60), "泽州县川底乡石料厂", null, CaseDemoData.ZZ_CLOSURE);
        zzTeam(u.zzOfficer(), c, false);
        cases.transition(u.zzOfficer(), c.id(), CaseStage.INVESTIGATION, null);
        documents.generate(u.zzOfficer(), c.id(), "INSPECTION_RECORD", fields("检查采场边坡、爆破器材管理和安全培训记录，未发现违法行为和事故隐患", null, null, null));
        cases.transition(u.zzOfficer(), c.id(), CaseStage.DECISION, null);
        // closed once recording's demo loader has filed the on-site inspection and the basis document (CaseDemoData.finish)
    }

    private void zzArchived(DemoActors u, LocalDate today) {
        CaseRef c = open(u.zzOfficer(), CaseKind.COERCIVE, CaseSource.ASSIGNMENT, "晋城市应急管理局交办函",
                "晋市应急交〔2026〕5号", today.minusDays(90), "晋城市泽州县北义城金鼎煤业有限公司", null, CaseDemoData.ZZ_ARCHIVED);
        zzTeam(u.zzOfficer(), c, false);
        cases.transition(u.zzOfficer(), c.id(), CaseStage.INVESTIGATION, null);
        CaseDocumentView record = documents.generate(u.zzOfficer(), c.id(), "INSPECTION_RECORD",
                fields("停产整顿期间擅自组织井下生产，现场查获正在运行的采煤设备", null, null, null));
        documents.serve(u.zzOfficer(), c.id(), record.id(), ServiceMethod.LEAVE, "该矿矿长（拒绝签收，留置送达）");
        cases.transition(u.zzOfficer(), c.id(), CaseStage.DECISION, null);
        decisions.issueDecision(u.zzHead(), c.id(), new CaseDecision(c.id(), DecisionKind.COERCIVE_MEASURE,
                List.of("查封井下采煤设备", "扣押违法生产的原煤"), null, null, null, "停产整顿期间违规组织生产，情况紧急，当场实施",
                "《中华人民共和国安全生产法》第六十五条第一款第（四）项", null));
        // served on paper; closure and archiving follow once the receipt is on file (finish)
        cases.transition(u.zzOfficer(), c.id(), CaseStage.SERVICE, "决定书已留置送达");
    }

    private void zzTransfer(DemoActors u, LocalDate today) {
        CaseRef c = open(u.zzOfficer(), CaseKind.PENALTY, CaseSource.ASSIGNMENT, "泽州县人民政府督办函",
                "泽政督〔2026〕17号", today.minusDays(30), "晋城市泽州县晋庙铺石灰岩矿", null, CaseDemoData.ZZ_TRANSFER);
        zzTeam(u.zzOfficer(), c, false);
        cases.transition(u.zzOfficer(), c.id(), CaseStage.INVESTIGATION, "调查发现涉嫌非法采矿");
        TransferView t = transfers.request(u.zzOfficer(), c.id(), "泽州县公安局", today,
                "未取得安全生产许可证擅自开采，越界开采矿产资源价值较大，涉嫌非法采矿罪");
        FlowId flow = new FlowId(t.flowId());
        steps.decide(flow, u.zzHead(), Decision.APPROVE, "事实清楚，同意移送");
        steps.decide(flow, u.zzDirector(), Decision.APPROVE, "同意移送泽州县公安局");
    }

    /**
     * A penalty on a private person (issue 14's acceptance: the portal shows it only after review and approval, the name
     * masked): notice served and statement waived, the decision issued and served; publicity drafts its entry.
     */
    private void zzCitizen(DemoActors u, LocalDate today) {
        CaseRef c = cases.open(u.zzOfficer(), new NewCase(CaseKind.PENALTY, CaseSource.COMPLAINT,
                "12345 热线转办单", "泽12345〔2026〕311号", today.minusDays(12), null, "张某某", CaseDemoData.ZZ_CITIZEN, "泽州县南村镇东街", null)
                .withViolation(new ViolationFacts(today.minusDays(15), true, false, today.minusDays(12))));
        zzTeam(u.zzOfficer(), c, false);
        cases.transition(u.zzOfficer(), c.id(), CaseStage.INVESTIGATION, null);
        cases.transition(u.zzOfficer(), c.id(), CaseStage.DECISION, "调查终结，拟作出行政处罚");
        String facts = "在自家住宅内非法储存烟花爆竹 12 箱，未采取任何安全防护措施";
        String basis = "《烟花爆竹安全管理条例》第三十六条第二款";
        steps.notice(u.zzOfficer(), c.id(), facts, basis, new BigDecimal("3000"), List.of("没收非法储存的烟花爆竹"), "张某某本人",
                today.minusDays(5), true);
        DecisionView d = decisions.issueDecision(u.zzHead(), c.id(), new CaseDecision(c.id(), DecisionKind.PENALTY,
                List.of("没收非法储存的烟花爆竹"), new BigDecimal("3000"), null, null, facts, basis, null));
        cases.transition(u.zzOfficer(), c.id(), CaseStage.SERVICE, null);
        documents.serve(u.zzOfficer(), c.id(), d.documentId(), ServiceMethod.DIRECT, "张某某本人");
    }

    private void scInitiation(DemoActors u, LocalDate today) {
        open(u.scOfficer(), CaseKind.LICENCE, CaseSource.ASSIGNMENT, "忻州市应急管理局交办函",
                "忻应急交〔2026〕9号", today.minusDays(3), "神池县城区液化石油气充装站", null, CaseDemoData.SC_INITIATION);
    }

    private void scInvestigation(DemoActors u, LocalDate today) {
        CaseRef c = open(u.scOfficer(), CaseKind.PENALTY, CaseSource.COMPLAINT, "实名举报信", "神应急信〔2026〕4号",
                today.minusDays(15), "神池县龙泉煤矿有限公司", null, CaseDemoData.SC_INVESTIGATION);
        scTeam(u.scOfficer(), c);
        cases.transition(u.scOfficer(), c.id(), CaseStage.INVESTIGATION, null);
        documents.generate(u.scOfficer(), c.id(), "INSPECTION_RECORD", fields("核查井下巷道布置图与实际开采范围", null, null, null));
    }

    private void scDecision(DemoActors u, LocalDate today) {
        CaseRef c = open(u.scOfficer(), CaseKind.LICENCE, CaseSource.ANNUAL_PLAN, "神池县应急管理局2026年度监督检查计划",
                "神应急〔2026〕2号", today.minusMonths(4), "神池县鑫达铁合金有限公司", null, CaseDemoData.SC_DECISION);
        scTeam(u.scOfficer(), c);
        cases.transition(u.scOfficer(), c.id(), CaseStage.INVESTIGATION, null);
        cases.transition(u.scOfficer(), c.id(), CaseStage.DECISION, "现场核查完毕，提交审查");
    }

    private void scClosure(DemoActors u, LocalDate today) {
        CaseRef c = open(u.scOfficer(), CaseKind.COERCIVE, CaseSource.SPECIAL_CAMPAIGN, "关于开展非煤矿山安全专项整治的通知",
                "忻应急〔2026〕33号", today.minusDays(70), "神池县太平庄乡铁矿", null, CaseDemoData.SC_CLOSURE);
        scTeam(u.scOfficer(), c);
        cases.transition(u.scOfficer(), c.id(), CaseStage.INVESTIGATION, null);
        cases.transition(u.scOfficer(), c.id(), CaseStage.DECISION, null);
        decisions.issueDecision(u.scHead(), c.id(), new CaseDecision(c.id(), DecisionKind.COERCIVE_MEASURE,
                List.of("查封不符合安全标准的提升设备"), null, null, null, "主提升绞车保护装置失效，情况紧急，当场实施", "《中华人民共和国安全生产法》第六十五条", null));
        cases.transition(u.scOfficer(), c.id(), CaseStage.SERVICE, "决定书已直接送达");
    }

    private CaseRef open(Actor actor, CaseKind kind, CaseSource source, String basisTitle, String basisNumber,
                         LocalDate basisDate, String enterprise, String citizen, String title) {
        EnterpriseView e = enterprises.search(actor, new EnterpriseFilter(enterprise, null, null, null, null), 0, 5).items()
                .stream().filter(x -> x.name().equals(enterprise)).findFirst()
                .orElseThrow(() -> new BusinessException("DEMO-ENTERPRISE", "演示企业不存在：" + enterprise));
        NewCase c = new NewCase(kind, source, basisTitle, basisNumber, basisDate, e.id(), citizen, title, null, null);
        // CASE-11: a penalty case records when the violation happened (here: shortly before its source document)
        return cases.open(actor, kind == CaseKind.PENALTY ? c.withViolation(new ViolationFacts(basisDate.minusDays(3), false, false, null)) : c);
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
}
