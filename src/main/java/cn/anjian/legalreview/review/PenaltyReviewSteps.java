package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.files.Files;
import cn.anjian.kernel.Actor;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.Measure;
import cn.anjian.legalreview.PartyKind;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Component;

/**
 * The hearing case's legal review the whole way ({@link PenaltyReviewDemoData}), acting as the demo users through the
 * same services and gates as the pages: submitted with the hearing record, findings on every checkpoint, the
 * opinion, the deputy director's approval in the flow (four eyes), the heads' collective discussion.
 */
@Component
@RequiredArgsConstructor
class PenaltyReviewSteps {

    private final ReviewSubmissions submissions;
    private final ReviewActions actions;
    private final Workflows workflows;
    private final Files files;
    private final LegalReviewRepository reviews;

    void review(CaseRef c, Actor officer, Actor legal, Actor deputy, Actor director, LocalDate today) {
        ClassifyInput in = new ClassifyInput(Measure.Kind.PENALTY, PartyKind.CITIZEN, new BigDecimal("20000"), null, Set.of());
        String summary = "有限空间作业未进行通风检测、未设置现场监护人员，经告知、陈述申辩和听证，拟处罚款 2 万元";
        ApplicationForm form = new ApplicationForm(summary, "《中华人民共和国安全生产法》第四十一条、第一百零一条",
                "承办人员均持有山西省行政执法证", "罚款人民币贰万元整", "当事人系个体工商户，拟罚款达到听证标准", "李建国", "王志强", true);
        long id = submissions.submit(officer, c.id(), in, form, LegalReviewDemoData.materials(files, officer,
                "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION", "HEARING_RECORD"));
        actions.recordFindings(legal, id, LegalReviewDemoData.allOk());
        actions.submitOpinion(legal, id, "APPROVE", "执法主体适格，事实清楚，证据确凿，适用依据正确，已履行告知、陈述申辩和听证程序，"
                + "罚款在裁量基准“较轻”情节的幅度内，同意作出决定");
        LegalReview r = reviews.findById(id).orElseThrow();
        workflows.decide(new FlowId(r.flowId()), deputy, Decision.APPROVE, "同意法制审核意见");
        actions.recordDiscussion(director, id, today.toString(), "局长、分管副局长、纪检组长、各股室负责人",
                "同意法制审核意见和听证报告意见，依法作出罚款 2 万元的决定", true);
    }
}
