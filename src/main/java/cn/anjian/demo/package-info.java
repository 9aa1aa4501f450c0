/**
 * Demo data for the embedded default: agencies, units and one user per role in five agencies, and
 * a few deadlines. Nothing depends on this module; it only uses the other modules' public APIs, so
 * demo data passes the same gates as real data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"kernel", "org", "identity", "calendar"})
package cn.anjian.demo;
