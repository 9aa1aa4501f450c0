/** Working-day calendar (holidays, adjusted working days) and the one deadline mechanism (CAL). */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar and deadlines", allowedDependencies = "kernel")
package cn.anjian.calendar;
