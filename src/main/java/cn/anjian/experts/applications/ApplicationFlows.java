package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.documents.DocumentNumbers;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import org.springframework.stereotype.Component;

/**
 * EXP-05: what the review and meeting flows change. The review approved → the public notice (its 5 days a calendar
 * deadline); the meeting approved → the joint document and the certificate are numbered and the applicant becomes an
 * expert of the pool through the registry (the cap of EXP-02 applies: a full pool vetoes the decision).
 */
@Component
@RequiredArgsConstructor
class ApplicationFlows implements FlowOutcomeHandler, FlowSubjectProvider {

    private final ApplicationRepository applications;
    private final ObjectionRepository objections;
    private final Deadlines deadlines;
    private final DocumentNumbers numbers;
    private final ExpertRegistry registry;
    private final Agencies agencies;
    private final Clock clock;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(ApplicationReview.REVIEW_FLOW, ApplicationReview.MEETING_FLOW);
    }

    @Override
    public void completed(FlowCompleted e) {
        ExpertApplication x = applications.findById(Long.parseLong(e.subjectId())).orElseThrow();
        Instant at = e.at() == null ? clock.instant() : e.at();
        LocalDate today = LocalDate.ofInstant(at, Zones.SHANGHAI);
        String by = e.actor();
        if (ApplicationReview.REVIEW_FLOW.code().equals(e.definitionCode())) {
            if (!e.approved()) {
                x.reviewDecided(false, today, null, null, by);
            } else {
                int days = ExpertApplication.NOTICE_DAYS;
                DeadlineId d = deadlines.open(new NewDeadline(ApplicationReview.SUBJECT, String.valueOf(x.id), "EXP-05", null,
                        null, agencies.get(x.agencyId).jurisdictionId(), x.scopePath, Period.calendarDays(days), at,
                        "专家拟定名单公示：" + x.name));
                // the calendar's due (CAL-03 roll-forward); while the year's holidays are not entered, the plain count
                LocalDate until = deadlines.find(d).map(DeadlineView::dueDate).orElse(null);
                x.reviewDecided(true, today, until == null ? today.plusDays(days) : until, d.value(), by);
            }
        } else {
            if (!e.approved()) {
                x.meetingRejected(today, by);
            } else {
                if (objections.countOpen(x.id) > 0) {
                    throw new BusinessException("EXP-05", "该候选人尚有未处理的公示异议，局长办公会不能审定");
                }
                long expert = registry.admitApproved(x.agencyId, newExpert(x), by);
                String joint = numbers.take("EXPERT_JOINT_DOC", x.agencyId, ApplicationReview.SUBJECT, String.valueOf(x.id), by).text();
                String cert = numbers.take("EXPERT_CERTIFICATE", x.agencyId, ApplicationReview.SUBJECT, String.valueOf(x.id), by).text();
                x.admitted(expert, joint, cert, today, by);
            }
        }
        applications.save(x);
        if (x.noticeDeadlineId != null && x.status != ApplicationStatus.NOTICE) {
            deadlines.find(new DeadlineId(x.noticeDeadlineId)).filter(v -> v.metAt() == null && v.waiveReason() == null)
                    .ifPresent(v -> deadlines.markMet(v.id(), at));
        }
    }

    /** The applicant as an expert: senior when the title is associate-senior or higher, whatever level was applied for. */
    static NewExpert newExpert(ExpertApplication x) {
        boolean senior = x.titleGrade == TitleGrade.SENIOR || x.titleGrade == TitleGrade.ASSOCIATE_SENIOR;
        return new NewExpert(x.name, x.idCard, x.phone, x.title, senior ? ExpertLevel.SENIOR : ExpertLevel.INTERMEDIATE,
                x.employerName, null, x.fieldCode, Arrays.asList(x.subCodes.split(",")), null, null);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("expert:read");
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        return applications.findById(Long.parseLong(flow.subjectId())).map(x -> FlowSummary.builder()
                .fact("申报人", x.name)
                .fact("身份证号码", Masking.idCard(x.idCard))
                .fact("申报方式", x.source.label())
                .fact("申报专家类别", x.level.label())
                .fact("工作单位", x.employerName)
                .fact("职务（职称）", x.title)
                .fact("聘任条件", Eligibility.allPassed(ApplicationReview.criteria(x)) ? "符合全部条件"
                        : "部分条件不符，已批准破格：" + x.exceptionReason)
                .fact("公示期", x.noticeUntil == null ? null : x.noticeFrom + " 至 " + x.noticeUntil)
                .attachment("申报表及审核情况", "/experts/applications/" + x.id)
                .build()).orElse(FlowSummary.empty());
    }
}
