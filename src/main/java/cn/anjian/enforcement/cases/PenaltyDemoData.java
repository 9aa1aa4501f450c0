package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.calendar.WorkingCalendar;
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
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CASE-11/12 demo case, loaded once after the other demo cases ({@link DemoCasesReady}): a penalty case of an
 * individual business whose intended fine carries hearing rights; the notice was served a month ago, the party's
 * statement recorded and answered, a hearing requested within 5 working days, noticed 7 working days ahead, held
 * and reported. The later steps (item, legal review, decision, instalments, closure, archiving) follow in
 * {@link PenaltyPathDemoData} and the other modules' loaders, in the order of {@link DemoCasesReady}.
 */
@Component
@RequiredArgsConstructor
class PenaltyDemoData {

    static final String TITLE = DemoCasesReady.HEARING_CASE;
    private static final Logger log = LoggerFactory.getLogger(PenaltyDemoData.class);

    private final CaseService cases;
    private final PenaltyProcedures procedures;
    private final Enterprises enterprises;
    private final People people;
    private final WorkingCalendar calendar;
    private final ActingUsers users;
    private final TransactionTemplate tx;

    @EventListener
    @Order(DemoCasesReady.HEARING_CASE_OPENED)
    void onDemoCases(DemoCasesReady ready) {
        if (cases.findByTitle(TITLE).isPresent() || users.actor("zz_officer").isEmpty()) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> load(users.actor("zz_officer").orElseThrow(), cases.today()));
        } catch (BusinessException e) {
            log.warn("Demo case “{}” not loaded: {} {}", TITLE, e.code(), e.getMessage());
        } catch (RuntimeException e) { // a demo loader never stops the application from starting
            log.warn("Demo case “{}” not loaded", TITLE, e);
        }
    }

    private void load(Actor officer, LocalDate today) {
        long enterprise = enterprises.search(officer, new EnterpriseFilter("泽州县高都镇铸造厂", null, null, null, null), 0, 5)
                .items().stream().findFirst().orElseThrow(() -> new BusinessException("DEMO-ENTERPRISE", "演示企业不存在")).id();
        CaseRef c = cases.open(officer, new NewCase(CaseKind.PENALTY, CaseSource.SPECIAL_CAMPAIGN,
                "关于开展工贸行业有限空间作业专项整治的通知", "晋市应急〔2026〕21号", today.minusDays(45), enterprise, null, TITLE,
                null, null).withViolation(new ViolationFacts(today.minusDays(50), false, false, today.minusDays(40))));
        cases.setTeam(officer, c.id(), List.of(new NewMember(person(officer, "19780312011"), TeamRole.LEADER),
                new NewMember(person(officer, "19850721022"), TeamRole.MEMBER)));
        cases.transition(officer, c.id(), CaseStage.INVESTIGATION, null);
        cases.transition(officer, c.id(), CaseStage.DECISION, "调查终结，拟处罚款 2 万元，当事人享有听证权利");
        LocalDate served = today.minusDays(30);
        procedures.notify(officer, c.id(), new PenaltyInputs.Notice("清理砂处理地坑前未进行通风检测，未设置现场监护人员",
                "《中华人民共和国安全生产法》第四十一条、第一百零一条", new BigDecimal("20000"), null, List.of(),
                ServiceMethod.DIRECT, "该厂负责人王某", served));
        procedures.state(officer, c.id(), new PenaltyInputs.Statement(false,
                "当事人称地坑深度不足 1 米，不属于有限空间，请求从轻处罚", served.plusDays(2)));
        procedures.answer(officer, c.id(), "经复核，该地坑属于《工贸企业有限空间作业安全规定》所列有限空间，当事人的申辩理由不成立；"
                + "当事人已当场整改，在裁量基准内从轻考虑。");
        procedures.requestHearing(officer, c.id(), served.plusDays(3));
        LocalDate noticeServed = served.plusDays(4);
        LocalDate hearing = calendar.addWorkingDays(noticeServed, PenaltyNotice.HEARING_NOTICE_WORKING_DAYS).date();
        procedures.noticeHearing(officer, c.id(), new PenaltyInputs.HearingNotice(hearing, "泽州县应急管理局三楼听证室",
                "法规科科长李某", ServiceMethod.DIRECT, "该厂负责人王某", noticeServed));
        procedures.recordHearing(officer, c.id(), new PenaltyInputs.HearingRecord(hearing,
                "调查人员陈述违法事实、证据和处罚建议；当事人及其委托代理人进行申辩和质证；当事人作最后陈述。"));
        procedures.reportHearing(officer, c.id(), new PenaltyInputs.HearingReport(
                "听证会按期举行，当事人及委托代理人到场，调查人员出示现场检查记录、检测报告和视听资料。",
                "违法事实清楚，证据确凿；建议维持罚款 2 万元的处罚意见，不予加重。"));
    }

    private long person(Actor actor, String birthSeq) {
        return people.findByIdCard(actor, IdCardNumber.complete("140525" + birthSeq).value())
                .orElseThrow(() -> new BusinessException("DEMO-OFFICER", "演示执法人员不存在")).id();
    }
}
