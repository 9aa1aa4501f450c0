package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.ViolationFacts;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.UnitKind;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10 item 8: the Zezhou penalty cases the legal-review demo takes to one review state each
 * ({@link DemoCasesReady#REVIEW_CASES}), opened as zz_officer through the same gates as the pages and brought to the
 * investigation stage with a team of certified demo officers. The LR-14 case is undertaken by the bureau's entrusted
 * enforcement institution (a unit of that kind is added to the bureau once). Each case in its own transaction; a
 * refusal is logged, never stops the application.
 */
@Component
@RequiredArgsConstructor
class ReviewDemoCases {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoCases.class);
    static final String ENTRUSTED_UNIT = "泽州县应急管理综合行政执法队";

    private record Spec(String title, String enterprise, boolean entrusted) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec(DemoCasesReady.REVIEW_EXTENDED, "山西晋城泽州巴公煤业有限公司", false),
            new Spec(DemoCasesReady.REVIEW_CORRECTED, "泽州县大箕镇鑫源煤业有限公司", false),
            new Spec(DemoCasesReady.REVIEW_RE_REVIEW, "晋城市泽州县晋庙铺石灰岩矿", false),
            new Spec(DemoCasesReady.REVIEW_ESCALATED, "泽州县金村镇天然气加气站", false),
            new Spec(DemoCasesReady.REVIEW_OVERDUE, "晋城市泽州县福盛钢铁有限公司", false),
            new Spec(DemoCasesReady.REVIEW_ENTRUSTED, "泽州县川底乡石料厂", true));

    private final CaseService cases;
    private final Enterprises enterprises;
    private final People people;
    private final Agencies agencies;
    private final ActingUsers users;
    private final TransactionTemplate tx;

    @EventListener
    @Order(DemoCasesReady.LEGAL_REVIEW_CASES_OPENED)
    void onDemoCases(DemoCasesReady ready) {
        if (ready.cases().isEmpty() || users.actor("zz_officer").isEmpty()) {
            return;
        }
        Actor officer = users.actor("zz_officer").orElseThrow();
        for (Spec s : SPECS) {
            if (cases.findByTitle(s.title()).isPresent()) {
                continue;
            }
            try {
                tx.executeWithoutResult(t -> open(officer, s, cases.today()));
            } catch (RuntimeException e) { // a demo loader never stops the application from starting
                log.warn("Demo case “{}” not loaded: {}", s.title(), e.getMessage());
            }
        }
    }

    private void open(Actor officer, Spec s, LocalDate today) {
        long enterprise = enterprises.search(officer, new EnterpriseFilter(s.enterprise(), null, null, null, null), 0, 5)
                .items().stream().findFirst().orElseThrow(() -> new BusinessException("DEMO-ENTERPRISE", "演示企业不存在")).id();
        Long unit = s.entrusted() ? entrustedUnit(officer.agencyId()) : null;
        CaseRef c = cases.open(officer, new NewCase(CaseKind.PENALTY, CaseSource.SPECIAL_CAMPAIGN,
                "关于开展安全生产重大事故隐患专项排查整治的通知", "泽应急〔2026〕18号", today.minusDays(35), enterprise, null,
                s.title(), null, unit).withViolation(new ViolationFacts(today.minusDays(40), false, false, null)));
        cases.setTeam(officer, c.id(), List.of(new NewMember(person(officer, "19780312011"), TeamRole.LEADER),
                new NewMember(person(officer, "19850721022"), TeamRole.MEMBER)));
        cases.transition(officer, c.id(), CaseStage.INVESTIGATION, "调查取证，拟提交法制审核");
    }

    private long entrustedUnit(long agencyId) {
        return agencies.units(agencyId).stream().filter(u -> u.kind() == UnitKind.ENTRUSTED_ENFORCEMENT).map(OrgUnit::id)
                .findFirst().orElseGet(() -> agencies.createUnit(agencyId, UnitKind.ENTRUSTED_ENFORCEMENT, ENTRUSTED_UNIT).id());
    }

    private long person(Actor actor, String birthSeq) {
        return people.findByIdCard(actor, IdCardNumber.complete("140525" + birthSeq).value())
                .orElseThrow(() -> new BusinessException("DEMO-OFFICER", "演示执法人员不存在")).id();
    }
}
