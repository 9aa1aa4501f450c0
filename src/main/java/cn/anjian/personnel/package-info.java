/**
 * People (recorded once, several roles), enforcement officers (OFF), technical inspectors (TI) and
 * social supervisors (SS). Sub-packages by feature: people, officers, inspectors, supervisors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel",
        allowedDependencies = {"kernel", "search", "org", "identity", "workflow", "calendar", "audit", "settings"})
package cn.anjian.personnel;
