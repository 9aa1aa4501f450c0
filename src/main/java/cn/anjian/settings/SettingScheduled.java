package cn.anjian.settings;

import java.time.LocalDate;

/**
 * A new value of a setting was scheduled (effective from {@code effectiveFrom}). Published in the transaction that
 * stores it, for modules that re-compute what depends on the value once it committed (e.g. unconfirmed assessments).
 * Listen to this, not to the audit event: a transactional listener of {@code AuditableEvent} would make every audited
 * act of the application write an event publication.
 */
public record SettingScheduled(String key, LocalDate effectiveFrom) {
}
