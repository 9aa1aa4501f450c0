/** Jurisdictions (GB/T 2260), agencies, internal units, level-by-level routing, data scope (ORG). */
@org.springframework.modulith.ApplicationModule(displayName = "Jurisdictions and agencies", allowedDependencies = "kernel")
package cn.anjian.org;
