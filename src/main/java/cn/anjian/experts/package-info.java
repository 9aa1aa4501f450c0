/**
 * The safety-production and emergency-management expert pool (专家库, issue 15, seed 002): one pool per
 * emergency-management agency (county, city, province; ORG-03 scope by the agency's jurisdiction), its structure
 * as data — three categories, industry fields, sub-specialties, field leaders and deputies (EXP-01) —, the
 * experts with the cap and the shortfall view (EXP-02), and the random draw with avoidance, rotation and replay
 * (EXP-07, EXP-08). The cap per pool level, the sub-specialty minimum, the conflict look-back and the rotation
 * window are settings ({@code experts.*}).
 *
 * <p>Dispatches ({@code experts.dispatches}, EXP-09..EXP-16): the dispatch approval form signed through workflow,
 * replacement, out-of-pool experts, fixed experts, outside units' applications, the expert's own pages
 * ({@code /experts/me}), the report and the quality register, declines and dismissal, budgets and reimbursement.
 * {@code exp_dispatch} stays the record rotation counts: a row counts once {@code dispatched_on} is set (on acceptance).
 * Meetings, the yearly evaluation and commendations (EXP-17) live in {@code experts.meetings}; {@link
 * cn.anjian.experts.ExpertPoolFacts} is the CAP-06 input for reporting; the pool implements personnel's
 * {@code ExpertCandidates} (TI-07) and mines' {@code InvestigationExpertSource} (MA-10: experts joining a commissioner's
 * responsibility investigation are drawn or picked here, {@code draws.MineInvestigationExperts}).
 * <p>Applications (annex 2, the June window, eligibility with four-eyes exceptions), the review and meeting flows with
 * the public notice and objections, the 5-year archive and the annual review (EXP-03..06) live in
 * {@code experts.applications} and {@code experts.reviews}. Tables: {@code exp_*} (V20_0..V20_39, V20_40..V20_59, V20_60..V20_79).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert pool",
        allowedDependencies = {"kernel", "org", "enterprises", "personnel", "settings", "audit", "workflow", "calendar", "documents", "files",
                "mines"})
package cn.anjian.experts;
