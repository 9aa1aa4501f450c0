package cn.anjian.enforcement.cases;

import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import org.springframework.stereotype.Component;

/** For other modules' tests (legal review): a fresh Zezhou case with a valid team in the DECISION stage. */
@Component
public class DecisionStageCases {

    private final CaseFixtures fx;
    private final CaseService service;
    private final PenaltyProcedures procedures;

    DecisionStageCases(CaseFixtures fx, CaseService service, PenaltyProcedures procedures) {
        this.fx = fx;
        this.service = service;
        this.procedures = procedures;
    }

    /**
     * CASE-12 for tests about something else: serves a 行政处罚告知书 whose ceiling no test decision exceeds (the
     * largest fine, revocation) and records the party's waiver of statement and defence, so a penalty decision may follow.
     */
    public void notifiedAndWaived(TestActor actor, long caseId) {
        procedures.notify(actor, caseId, new PenaltyInputs.Notice("违法事实", "处罚依据", Guards.MAX_AMOUNT, Guards.MAX_AMOUNT,
                java.util.List.of("吊销有关许可证"), ServiceMethod.DIRECT, "当事人", null));
        procedures.state(actor, caseId, new PenaltyInputs.Statement(true, null, fx.today()));
    }

    /** The Zezhou test actor with case permissions (case:decide included). */
    public TestActor zz() {
        return fx.zz();
    }

    public CaseRef penaltyCase(String title) {
        return decisionStage(CaseKind.PENALTY, title);
    }

    public CaseRef decisionStage(CaseKind kind, String title) {
        TestActor zz = fx.zz();
        CaseRef c = fx.open(zz, kind, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", "审核执法员甲"), fx.certifiedOfficer("140525", "审核执法员乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        if (kind == CaseKind.PENALTY) {
            notifiedAndWaived(zz, c.id());
        }
        return c;
    }
}
