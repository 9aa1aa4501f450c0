package cn.anjian.legalreview.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DecisionIssuanceGuard;
import cn.anjian.enforcement.DecisionIssued;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.legalreview.Classification;
import cn.anjian.legalreview.MajorDecisions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * LR-01/LR-13 in the domain: enforcement asks this guard before issuing any decision (page and API alike).
 * The decision is classified with the rules in force on the day of issue; a major one needs the case's
 * latest review passed (LR-01) and the heads' collective discussion recorded with agreement (LR-13).
 * LR-04: an emergency on-site coercive measure may proceed first; it is then registered for the approving
 * head's decision on a supplementary review.
 */
@Component
class IssuanceGate implements DecisionIssuanceGuard {

    private final MajorDecisions classifier;
    private final LegalReviewRepository reviews;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Cases cases;
    private final Clock clock;

    IssuanceGate(MajorDecisions classifier, LegalReviewRepository reviews, JdbcClient jdbc, ApplicationEventPublisher events,
                 Cases cases, Clock clock) {
        this.classifier = classifier;
        this.cases = cases;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void beforeIssue(CaseRef theCase, CaseDecision decision) {
        Classification c = classifier.classify(DecisionMapping.toInput(decision), LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI));
        if (!c.major() || DecisionMapping.emergency(decision)) {
            return;
        }
        String why = c.reasons().get(0).text();
        LegalReview r = reviews.findByCaseIdOrderByIdDesc(theCase.id()).stream().findFirst().orElse(null);
        if (r == null || !r.passed()) {
            throw new BusinessException("LR-01", "该决定属于重大行政执法决定（" + why + "），须经法制审核通过后方可作出"
                    + (r == null ? "，本案尚未提交法制审核" : "，当前审核状态：" + r.status().label()
                    + (r.outcome() == null ? "" : "，审核结论：" + r.outcome().label())));
        }
        requireAsReviewed(r, c, decision);
        if (!r.discussed()) {
            throw new BusinessException("LR-13", "重大行政执法决定须经负责人集体讨论后作出，本案法制审核已通过但尚未记录集体讨论（或讨论未同意）");
        }
    }

    /**
     * LR-01: the review covers the decision that was submitted; a heavier one (a higher fine or confiscation, or a
     * measure the review did not see) has not been reviewed and needs a new submission. A lighter one may follow
     * the review (e.g. after the party's statement or a hearing).
     */
    private void requireAsReviewed(LegalReview r, Classification c, CaseDecision d) {
        Map<String, Object> reviewed = jdbc.sql("SELECT fine_yuan, confiscation_yuan, measures FROM lr_review WHERE id = :id")
                .param("id", r.id()).query().singleRow();
        String heavier = heavier("罚款", d.fineYuan(), (java.math.BigDecimal) reviewed.get("fine_yuan"));
        if (heavier == null) {
            heavier = heavier("没收违法所得、非法财物", d.confiscationYuan(), (java.math.BigDecimal) reviewed.get("confiscation_yuan"));
        }
        if (heavier == null) {
            java.util.Set<String> seen = java.util.Set.of(((String) reviewed.get("measures")).split(","));
            heavier = DecisionMapping.toInput(d).measures().stream().filter(m -> !seen.contains(m.name())).findFirst()
                    .map(m -> "增加了审核时没有的措施：" + m.label()).orElse(null);
        }
        if (heavier != null) {
            throw new BusinessException("LR-01-CHANGED", "拟作出的决定与法制审核的决定不一致（" + heavier
                    + "），须就变更后的决定重新提交法制审核");
        }
    }

    private static String heavier(String what, java.math.BigDecimal issued, java.math.BigDecimal reviewed) {
        java.math.BigDecimal was = reviewed == null ? java.math.BigDecimal.ZERO : reviewed;
        if (issued != null && issued.compareTo(was) > 0) {
            return what + " " + issued.stripTrailingZeros().toPlainString() + " 元，审核时为 " + was.stripTrailingZeros().toPlainString() + " 元";
        }
        return null;
    }

    /** LR-04: an emergency on-site measure that was major is recorded, pending the head's supplementary-review decision. */
    @EventListener
    void issued(DecisionIssued e) {
        CaseDecision d = e.decision();
        if (!DecisionMapping.emergency(d)) {
            return;
        }
        Classification c = classifier.classify(DecisionMapping.toInput(d), LocalDate.ofInstant(e.at(), Zones.SHANGHAI));
        if (!c.major()) {
            return;
        }
        CaseRef ref = cases.find(e.caseId()).orElseThrow();
        Long id = jdbc.sql("""
                        INSERT INTO lr_emergency (version, case_id, case_title, agency_id, scope_path, measures, issued_at, issued_by, status)
                        VALUES (0, :c, :t, :a, :p, :m, :at, :by, 'PENDING')
                        ON CONFLICT (case_id) DO NOTHING RETURNING id""")
                .param("c", e.caseId()).param("t", ref.title()).param("a", ref.agencyId()).param("p", ref.scopePath()).param("m", String.join("；", d.measures())).param("at", Timestamp.from(e.at()))
                .param("by", e.actor()).query(Long.class).optional().orElse(null);
        if (id != null) {
            events.publishEvent(AuditableEvent.change("legalreview.emergency-recorded", "legal_review_emergency", id, null,
                    Map.of("caseId", e.caseId(), "measures", d.measures())));
        }
    }
}
