/**
 * The safety-production and emergency-management expert pool (专家库, issue 15, seed 002): one pool per
 * emergency-management agency (county, city, province; ORG-03 scope by the agency's jurisdiction), its structure
 * as data — three categories, industry fields, sub-specialties, field leaders and deputies (EXP-01) —, the
 * experts with the cap and the shortfall view (EXP-02), and the random draw with avoidance, rotation and replay
 * (EXP-07, EXP-08). The cap per pool level, the sub-specialty minimum, the conflict look-back and the rotation
 * window are settings ({@code experts.*}).
 *
 * <p>Applications, reviews, dispatch approval, declines and dismissal, fees, meetings and evaluation (EXP-03..06,
 * EXP-09..17) come later; {@code exp_dispatch} is a minimal record of past dispatches that drives rotation.
 * Tables: {@code exp_*} (V20_0..V20_19).
 * <p>Applications (annex 2, the June window, eligibility with four-eyes exceptions), the review and meeting flows with
 * the public notice and objections, the 5-year archive and the annual review (EXP-03..06) live in
 * {@code experts.applications} and {@code experts.reviews} (V20_20..V20_39).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert pool",
        allowedDependencies = {"kernel", "org", "enterprises", "personnel", "settings", "audit", "workflow", "calendar", "documents", "files"})
package cn.anjian.experts;
