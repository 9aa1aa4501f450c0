/**
 * Enforcement cases (CASE): kinds, sources, teams, stages, documents and their service, decisions,
 * annual inspection plans, double-random draws, joint enforcement and transfers to judicial organs.
 * Downstream modules plug in through the SPIs {@link cn.anjian.enforcement.CaseStageGuard} and
 * {@link cn.anjian.enforcement.DecisionIssuanceGuard} and listen to the case events.
 *
 * <p>Published read models (V17_60, issue 19 statistics; columns kept stable): {@code enf_stat_case_view},
 * {@code enf_stat_decision_view}, {@code enf_stat_hearing_view}, {@code enf_stat_remedy_view}, {@code enf_stat_member_view},
 * {@code enf_stat_coercion_view}; {@code enf_stat_revision_view} (V17_73: a revision per jurisdiction path, moved by every
 * statement changing cases, decisions, penalty notices or remedies — reporting's pre-aggregated figures follow it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement cases",
        allowedDependencies = {"kernel", "search", "personnel", "enterprises", "documents", "calendar", "workflow", "org", "audit", "settings"})
package cn.anjian.enforcement;
