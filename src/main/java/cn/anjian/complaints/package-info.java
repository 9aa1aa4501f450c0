/**
 * Public complaints and tips, social supervisors' submissions, answers and deadlines (CMP, SS-04/05). API:
 * the implementation of enforcement's {@code SubmissionOrigins} (a submission as another module refers to it, e.g. the basis of a case, CASE-04).
 * Published read model: {@code cmp_stat_submission_view} (V8_30, issue 19 statistics: public channels only);
 * {@code cmp_stat_revision_view} (V8_31: a revision per jurisdiction path, moved by every statement changing submissions).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints and submissions",
        allowedDependencies = {"kernel", "personnel", "calendar", "workflow", "org", "settings", "enforcement", "files"})
package cn.anjian.complaints;
