/**
 * Public complaints and tips, social supervisors' submissions, answers and deadlines (CMP, SS-04/05). API:
 * the implementation of enforcement's {@code SubmissionOrigins} (a submission as another module refers to it, e.g. the basis of a case, CASE-04).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints and submissions",
        allowedDependencies = {"kernel", "personnel", "calendar", "workflow", "org", "settings", "enforcement", "files"})
package cn.anjian.complaints;
