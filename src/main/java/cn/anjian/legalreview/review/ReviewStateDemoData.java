package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.files.Files;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.Measure;
import cn.anjian.legalreview.PartyKind;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Issue 10 item 8: one demo review in each further state, on enforcement's legal-review demo cases
 * ({@link DemoCasesReady#REVIEW_CASES}), acting as the Zezhou demo users through the same services, flows and gates as the
 * pages: extended (LR-11, the deputy director's approval), corrected (LR-08), in re-review (LR-12, one objection), escalated
 * to the director (LR-12, the second objection), overdue (received 30 days ago, LR-11) and the LR-14 internal route (an
 * entrusted institution's fine, the director's consent). The other states (supplement, under review, approved) are
 * {@link LegalReviewDemoData}'s. Each step is logged and skipped when refused; never stops the application.
 */
@Component
@RequiredArgsConstructor
class ReviewStateDemoData {

    private static final Logger log = LoggerFactory.getLogger(ReviewStateDemoData.class);

    private final ActingUsers users;
    private final ReviewSubmissions submissions;
    private final ReviewActions actions;
    private final Workflows workflows;
    private final Files files;
    private final Cases cases;
    private final Clock clock;

    @EventListener
    @Order(DemoCasesReady.HEARING_CASE_OTHER_REVIEWS + 1) // after LegalReviewDemoData (it loads only on an empty table)
    void onDemoCases(DemoCasesReady ready) {
        if (ready.cases().isEmpty() || users.actor("zz_deputy").isEmpty()) {
            return;
        }
        load(DemoCasesReady.REVIEW_EXTENDED, this::extended);
        load(DemoCasesReady.REVIEW_CORRECTED, this::corrected);
        load(DemoCasesReady.REVIEW_RE_REVIEW, c -> objected(c, 1));
        load(DemoCasesReady.REVIEW_ESCALATED, c -> objected(c, 2));
        load(DemoCasesReady.REVIEW_OVERDUE, this::overdue);
        load(DemoCasesReady.REVIEW_ENTRUSTED, this::entrusted);
    }

    private void load(String title, java.util.function.Consumer<CaseRef> script) {
        cases.findByTitle(title).filter(c -> submissions.reviewCount(c.id()) == 0).ifPresent(c -> {
            try {
                script.accept(c);
            } catch (RuntimeException e) { // a demo loader never stops the application from starting
                log.warn("Demo legal review of “{}” not (fully) loaded: {}", title, e.getMessage());
            }
        });
    }

    private void extended(CaseRef c) {
        long id = submit(c, fine("150000"), "未按规定开展安全风险辨识评估，拟罚款 15 万元", clock.instant());
        actions.requestExtension(user("zz_legal"), id, "案情涉及多个法律关系，需征求法律顾问意见");
        decide(actions.load(user("zz_legal"), id).extensionFlowId(), "zz_deputy", "同意延长审核期限 10 个工作日");
    }

    private void corrected(CaseRef c) {
        long id = submit(c, fine("200000"), "安全监控系统数据造假，拟罚款 20 万元", clock.instant());
        opinion(id, "CORRECT", "事实清楚，证据确凿；处罚依据应适用《中华人民共和国安全生产法》第九十九条第（三）项，"
                + "请更正决定书代拟稿的适用条款后作出决定");
    }

    /** Decided (revoke), then objected once (re-review) or — after the re-review — twice (to the director). */
    private void objected(CaseRef c, int objections) {
        long id = submit(c, fine("60000"), "未设置安全警示标志，拟罚款 6 万元", clock.instant());
        opinion(id, "REVOKE", "现有证据不足以认定违法行为持续存在，建议不予作出处罚决定，补充调查后另行处理");
        actions.object(user("zz_officer"), id, "现场检查记录和视听资料已证明违法行为存在，申请复核");
        if (objections >= 2) {
            opinion(id, "REVOKE", "经与承办机构共同研究，维持不予作出处罚决定的意见");
            actions.object(user("zz_officer"), id, "承办机构对复核意见仍有异议，请局长审定");
        }
    }

    private void overdue(CaseRef c) {
        submit(c, fine("90000"), "煤气区域未配备便携式一氧化碳报警仪，拟罚款 9 万元", clock.instant().minus(Duration.ofDays(30)));
    }

    /** LR-14: the entrusted institution's fine on an organisation, reviewed internally with the director's consent. */
    private void entrusted(CaseRef c) {
        Actor officer = user("zz_officer");
        long id = submissions.submit(officer, c.id(), fine("80000"),
                LegalReviewDemoData.form("未按规定保存爆破作业记录，拟罚款 8 万元", "李建国", "王志强"),
                LegalReviewDemoData.materials(files, officer, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION"), true);
        decide(actions.load(officer, id).consentFlowId(), "zz_director", "同意由局内设法制机构审核");
    }

    private long submit(CaseRef c, ClassifyInput in, String summary, Instant receivedAt) {
        Actor officer = user("zz_officer");
        return submissions.submit(officer, c.id(), in, LegalReviewDemoData.form(summary, "李建国", "王志强"),
                LegalReviewDemoData.materials(files, officer, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION"),
                false, receivedAt);
    }

    /** The legal unit's findings and opinion, then the deputy director's approval in the flow. */
    private void opinion(long id, String outcome, String text) {
        Actor legal = user("zz_legal");
        List<ReviewActions.FindingInput> findings = new ArrayList<>(LegalReviewDemoData.allOk());
        if (!"APPROVE".equals(outcome)) {
            findings.set(ReviewEnums.Checkpoint.LAW.ordinal(), new ReviewActions.FindingInput("LAW", false, text));
        }
        actions.addMeeting(legal, id, "SYMPOSIUM", LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).toString(),
                "政策法规股全体人员、承办股室负责人", "听取承办股室汇报，集体研究审核意见");
        actions.recordFindings(legal, id, findings);
        actions.submitOpinion(legal, id, outcome, text);
        decide(actions.load(legal, id).flowId(), "zz_deputy", "同意法制审核意见");
    }

    private void decide(Long flowId, String who, String opinion) {
        workflows.decide(new FlowId(flowId), user(who), Decision.APPROVE, opinion);
    }

    private static ClassifyInput fine(String yuan) {
        return new ClassifyInput(Measure.Kind.PENALTY, PartyKind.ORGANIZATION, new BigDecimal(yuan), null, Set.of());
    }

    private Actor user(String name) {
        return users.actor(name).orElseThrow(() -> new IllegalStateException("demo user missing: " + name));
    }
}
