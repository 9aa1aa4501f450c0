/** Public complaints and tips, social supervisors' submissions, answers and deadlines (CMP, SS-04/05). */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints and submissions",
        allowedDependencies = {"kernel", "personnel", "calendar", "workflow", "org", "settings", "enforcement", "files"})
package cn.anjian.complaints;
