/**
 * Global search (issue 12): the top bar's one search box over case numbers, document numbers,
 * enterprises and staff. The search module owns no table and reads none: each owning module contributes
 * a {@link cn.anjian.search.SearchProvider} bean that searches its own tables, scoped to the actor's
 * jurisdiction (ORG-03) in SQL; this module checks the query, asks the providers the actor has the
 * permission for, and groups the hits by kind for the page ({@code /search}) and the API
 * ({@code GET /api/v1/search}). A leaf: it depends on the kernel only, the owners depend on it (an SPI).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Global search", allowedDependencies = "kernel")
package cn.anjian.search;
