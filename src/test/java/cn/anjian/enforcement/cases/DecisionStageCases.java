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

    DecisionStageCases(CaseFixtures fx, CaseService service) {
        this.fx = fx;
        this.service = service;
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
        return c;
    }
}
