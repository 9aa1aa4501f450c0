/**
 * People (recorded once, several roles), enforcement officers (OFF), technical inspectors (TI) and
 * social supervisors (SS). Sub-packages by feature: people, officers, inspectors, supervisors.
 *
 * <p>Published read models: {@code per_supervisor_view} (V7_89); {@code off_stat_training_view},
 * {@code off_stat_certificate_view} (V7_95, issue 19 statistics); {@code off_stat_revision_view} (V7_96: a revision per
 * jurisdiction path, moved by every statement changing officers or trainings).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel",
        allowedDependencies = {"kernel", "search", "org", "identity", "workflow", "calendar", "audit", "settings"})
package cn.anjian.personnel;
