/**
 * Configurable rule parameters (ARCHITECTURE: "configurable rules are data"): typed, versioned values
 * with an effective-from date, defaults from RULES.md, changed only by a province-level system
 * administrator (they hold Shanxi-wide) and audited.
 *
 * <p>API for other modules: a module declares its parameters as {@link cn.anjian.settings.Setting}
 * constants and lists them in a bean implementing {@link cn.anjian.settings.DeclaredSettings}; a rule
 * check reads {@link cn.anjian.settings.Settings#value(Setting, java.time.LocalDate)} for the day of the
 * act (the version in force that day, else the default).
 *
 * <p>Data: {@code stg_version} (append-only: a value and the day it applies from; history is never
 * rewritten, a later row for the same day supersedes an earlier one) and {@code stg_revision} (one row,
 * bumped by every change). Reads come from an immutable in-memory snapshot: a change on this node drops
 * it after commit, other nodes compare {@code stg_revision} at most every {@code anjian.settings.snapshot-ttl}
 * (30 s) — the calendar's scheme, so a read inside a rule check is a map lookup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Settings", allowedDependencies = "kernel")
package cn.anjian.settings;
