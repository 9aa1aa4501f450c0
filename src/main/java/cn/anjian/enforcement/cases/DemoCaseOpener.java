package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.NewCase;
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

    CaseRef open(Actor actor, CaseKind kind, CaseSource source, String basisTitle, String basisNumber, LocalDate basisDate,
                 String enterprise, String title) {
        long e = enterprises.search(actor, new EnterpriseFilter(enterprise, null, null, null, null), 0, 5).items().stream()
                .filter(x -> x.name().equals(enterprise)).findFirst()
                .orElseThrow(() -> new BusinessException("DEMO-ENTERPRISE", "演示企业不存在：" + enterprise)).id();
        CaseRef c = cases.open(actor, new NewCase(kind, source, basisTitle, basisNumber, basisDate, e, null, title, null, null));
        cases.setTeam(actor, c.id(), List.of(new NewMember(person(actor, "19780312011"), TeamRole.LEADER),
                new NewMember(person(actor, "19850721022"), TeamRole.MEMBER)));
        return c;
    }

    private long person(Actor actor, String birthSeq) {
        return people.findByIdCard(actor, IdCardNumber.complete("140525" + birthSeq).value())
                .orElseThrow(() -> new BusinessException("DEMO-OFFICER", "演示执法人员不存在：140525" + birthSeq)).id();
    }
}
