/**
 * Reporting (issue 19): the capacity indicators of 晋市政办〔2021〕10号 (CAP-01..05, CAP-09, CAP-10) — the records they
 * need (leadership members and backgrounds, safety staff of key industry departments, township emergency staff and
 * village cadres, officers' qualifications and equipment, collection workstations, yearly enforcement funding, one-vote
 * vetoes), entered on back-office forms, scoped and audited, and the capacity dashboard deriving each indicator per
 * jurisdiction, red or green against its target (settings {@code reporting.*}), with the records behind each figure.
 *
 * <p>A downstream module: it reads org and personnel through their APIs and published views; nothing depends on it.
 * Tables {@code rep_*} (V23_0..V23_19).
 *
 * <p>Enforcement statistics (STAT-01, STAT-04..09; V23_20..V23_39): {@link cn.anjian.reporting.EnforcementStatistics}
 * gives the table of a jurisdiction and a {@link cn.anjian.reporting.StatPeriod}; each group of figures is a
 * {@link cn.anjian.reporting.StatSource} bean whose SQL over the owners' published views yields both the value and the
 * drill-down (STAT-02/03 plug in as further sources).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting and capacity indicators",
        allowedDependencies = {"kernel", "org", "identity", "personnel", "settings", "calendar", "workflow", "documents",
                "files", "audit", "enterprises", "enforcement", "recording", "legalreview", "complaints", "publicity", "experts",
                "mines"})
package cn.anjian.reporting;
