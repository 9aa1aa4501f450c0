/** Cross-cutting UI: layout, navigation, home page, error pages and the mapping of domain refusals to HTTP. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell", allowedDependencies = {"kernel", "identity"})
package cn.anjian.web;
