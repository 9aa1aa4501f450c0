/** Regulated entities (生产经营单位), the conflicts register avoidance checks use, the credit blacklist (CAP-07). */
@org.springframework.modulith.ApplicationModule(displayName = "Regulated enterprises",
        allowedDependencies = {"kernel", "search", "org", "audit"})
package cn.anjian.enterprises;
