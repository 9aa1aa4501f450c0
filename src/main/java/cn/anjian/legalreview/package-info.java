/**
 * Legal review of major enforcement decisions (LR, 《安全生产重大行政执法决定法制审核制度》): the
 * classification of a decision as major (LR-02, LR-03, LR-14; categories and thresholds are settings),
 * the submission with its materials (LR-05), the legal unit's review on the one approval mechanism with
 * its checkpoints, records, outcome and the deputy director's approval (LR-06..LR-09), the 10-working-day
 * clock (LR-11), re-review and the director's final word (LR-12), the opinion letter (LR-10, LR-15), and
 * the gate enforcement asks before a decision is issued (LR-01, LR-13: passed review and collective
 * discussion; LR-04 emergency on-site coercive measures).
 *
 * <p>API for other modules: {@link cn.anjian.legalreview.MajorDecisions} (the classifier) and the event
 * {@link cn.anjian.legalreview.ReviewDocumentFiled} (the application form, opinion letter, approval form and advisers'
 * signed opinions, which {@code recording} files in the case's record file). It plugs into enforcement through
 * {@code cn.anjian.enforcement.DecisionIssuanceGuard}; only recording depends on it.
 * LR-14: an undertaking unit is an entrusted enforcement institution when its kind (org's {@code UnitKind}, read through
 * the published {@code org_unit_view}) is {@code ENTRUSTED_ENFORCEMENT}; the director's consent is the
 * {@code legal-review-consent} flow, then the {@code legal-review-internal} flow. LR-05: materials are uploaded files
 * or documents generated for the case ({@code Cases.documents}).
 * Tables: {@code lr_*} (V16_x).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal review of major decisions",
        allowedDependencies = {"kernel", "enforcement", "workflow", "documents", "calendar", "audit", "settings", "files"})
package cn.anjian.legalreview;
