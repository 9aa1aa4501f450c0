package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * The CASE-14 / CASE-15 demo cases, through the same services and gates as the pages: a penalty case whose fine is
 * paid in instalments (approved, first payment recorded), and a sealing extended once and released. The approvals are
 * decided by {@link CoercionDemoData} as the unit head and the director (four eyes).
 */
@Component
@RequiredArgsConstructor
class CoercionDemoScripts {

    static final String INSTALMENTS = "高都镇铸造厂未落实粉尘防爆措施处罚案";
    static final String SEALING = "红星烟花爆竹批发部超量储存查封案";

    private final DemoCaseOpener opener;
    private final CaseService cases;
    private final CaseDocuments documents;
    private final CaseDecisions decisions;
    private final Seizures seizures;
    private final PaymentPlans plans;
    private final Executions executions;

    /** Up to the pending plan; returns the flow to approve. */
    long instalmentsRequested(Actor officer, Actor head, LocalDate today) {
        CaseRef c = opener.open(officer, CaseKind.PENALTY, CaseSource.SPECIAL_CAMPAIGN, "关于开展工贸行业粉尘防爆专项治理的通知",
                "泽应急〔2026〕15号", today.minusDays(30), "泽州县高都镇铸造厂", INSTALMENTS);
        cases.transition(officer, c.id(), CaseStage.INVESTIGATION, null);
        documents.generate(officer, c.id(), "INSPECTION_RECORD", fields("抛丸车间除尘系统未设置锁气卸灰装置，积尘未及时清理", null, null));
        cases.transition(officer, c.id(), CaseStage.DECISION, null);
        opener.noticeWaived(officer, c.id(), "粉尘防爆安全措施未落实，除尘系统不符合国家标准", "《中华人民共和国安全生产法》第九十九条",
                new BigDecimal("8000"), "该厂厂长", today.minusDays(8));
        DecisionView d = decisions.issueDecision(head, c.id(), new CaseDecision(c.id(), DecisionKind.PENALTY, List.of(),
                new BigDecimal("8000"), null, null, "粉尘防爆安全措施未落实，除尘系统不符合国家标准", "《中华人民共和国安全生产法》第九十九条", null));
        cases.transition(officer, c.id(), CaseStage.SERVICE, null);
        documents.serve(officer, c.id(), d.documentId(), ServiceMethod.DIRECT, "该厂厂长");
        cases.transition(officer, c.id(), CaseStage.EXECUTION, "决定书已送达，当事人申请分期缴纳");
        plans.request(officer, c.id(), "INSTALMENTS", List.of(new PaymentPlans.Proposed(new BigDecimal("4000"), today.plusDays(10)),
                new PaymentPlans.Proposed(new BigDecimal("4000"), today.plusDays(40))), "受订单减少影响资金周转困难，申请分两期缴纳");
        return executions.planFlow(c.id());
    }

    /** After the approval: the first instalment paid. */
    void firstInstalmentPaid(Actor officer, LocalDate today) {
        cases.findByTitle(INSTALMENTS).ifPresent(c -> executions.pay(officer, c.id(), new BigDecimal("4000"), today, "非税收入缴款书 1405250001"));
    }

    /** A sealing with its list; returns the extension's flow. */
    long sealingExtensionRequested(Actor officer, LocalDate today) {
        CaseRef c = opener.open(officer, CaseKind.COERCIVE, CaseSource.COMPLAINT, "群众举报信", "泽应急信〔2026〕21号",
                today.minusDays(3), "泽州县南村镇红星烟花爆竹批发部", SEALING);
        cases.transition(officer, c.id(), CaseStage.INVESTIGATION, null);
        CoercionViews.SeizureView s = seizures.decide(officer, c.id(), new Seizures.NewSeizure("SEAL", today, "批发部二号仓库",
                "超许可核定数量储存烟花爆竹，存在重大事故隐患", null, List.of(
                        new GoodsItem("组合烟花", "120 箱", "批发部二号仓库（已贴封条）"),
                        new GoodsItem("礼花弹", "35 箱", "批发部二号仓库（已贴封条）"))));
        return seizures.requestExtension(officer, c.id(), s.id(), "超量产品需委托检测机构鉴定，情况复杂").extensionFlowId();
    }

    /** After the extension: released with its record. */
    void sealingReleased(Actor officer) {
        cases.findByTitle(SEALING).ifPresent(c -> seizures.list(officer, c.id()).stream().filter(s -> !s.released()).findFirst()
                .ifPresent(s -> seizures.release(officer, c.id(), s.id(), "超量产品已依法转运至具备条件的仓库，隐患消除",
                        "解除二号仓库封条，清单所列物品经当事人清点无误后签收")));
    }

    private static CaseDocuments.DocumentFields fields(String facts, String basis, String decision) {
        return new CaseDocuments.DocumentFields(facts, basis, decision, null, null);
    }
}
