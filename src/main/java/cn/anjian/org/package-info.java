/**
 * Jurisdictions (GB/T 2260), agencies, internal units, level-by-level routing, data scope (ORG).
 * <p>
 * API for other modules (this package): {@link cn.anjian.org.Jurisdictions} (tree reads, search,
 * scope of a jurisdiction, scoped administration with history), {@link cn.anjian.org.Agencies}
 * (agencies and units, {@code nextLevelUp}, {@code escalationRoute}), {@link cn.anjian.org.ScopeSql}
 * (the ORG-03 condition for every scoped list and the 404 check for single records) and
 * {@link cn.anjian.org.EscalationRoute} (ORG-04, the route only; deciding along it is a workflow
 * flow). Read models are records. Published views for other modules' list joins (V3_90):
 * {@code org_jurisdiction_view}, {@code org_agency_view}, {@code org_unit_view}.
 * Internal: {@code internal} (the V3_2 division loader), {@code web} (pages), {@code api} (JSON).
 * Data: V3_0 schema, V3_1 history/zones, V3_2 Shanxi divisions from {@code org/divisions/}
 * (see its PROVENANCE.md for the 太谷 and development-zone decisions).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jurisdictions and agencies", allowedDependencies = "kernel")
package cn.anjian.org;
