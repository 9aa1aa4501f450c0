package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.ViolationFacts;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.People;
import org.springframework.stereotype.Component;

/** Opens a Zezhou demo case for a demo enterprise with the two demo officers as its team (OfficerDemoData). */
@Component
@RequiredArgsConstructor
class DemoCaseOpener {

    private final CaseService cases;
    private final Enterprises enterprises;
    private final People people;
    private final CaseDemoSteps steps;

    CaseRef open(Actor actor, CaseKind kind, CaseSource source, String basisTitle, String basisNumber, LocalDate basisDate,
                 String enterprise, String title) {
        long e = enterprises.search(actor, new EnterpriseFilter(enterprise, null, null, null, null), 0, 5).items().stream()
                .filter(x -> x.name().equals(enterprise)).findFirst()
                .orElseThrow(() -> new BusinessException("DEMO-ENTERPRISE", "演示企业不存在：" + enterprise)).id();
        NewCase n = new NewCase(kind, source, basisTitle, basisNumber, basisDate, e, null, title, null, null);
        // CASE-11: a penalty case records when the violation ended (here: found three days before the basis)
        CaseRef c = cases.open(actor, kind == CaseKind.PENALTY
                ? n.withViolation(new ViolationFacts(basisDate.minusDays(3), false, false, null)) : n);
        cases.setTeam(actor, c.id(), List.of(new NewMember(person(actor, "19780312011"), TeamRole.LEADER),
                new NewMember(person(actor, "19850721022"), TeamRole.MEMBER)));
        return c;
    }

    /** CASE-12: the 行政处罚告知书 served on {@code servedOn} and the party's written waiver of statement and hearing. */
    void noticeWaived(Actor actor, long caseId, String facts, String basis, java.math.BigDecimal fine, String recipient,
                      LocalDate servedOn) {
        steps.notice(actor, caseId, facts, basis, fine, List.of(), recipient, servedOn, true);
    }

    private long person(Actor actor, String birthSeq) {
        return people.findByIdCard(actor, IdCardNumber.complete("140525" + birthSeq).value())
                .orElseThrow(() -> new BusinessException("DEMO-OFFICER", "演示执法人员不存在：140525" + birthSeq)).id();
    }
}
