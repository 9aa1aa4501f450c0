/**
 * Append-only, hash-chained audit trail and its verification (AUD-01..03). Records every
 * {@link cn.anjian.kernel.AuditableEvent}.
 *
 * <h2>How it works</h2>
 * <ul>
 *   <li><b>Writing (AUD-01).</b> A synchronous {@code @EventListener} inserts one {@code audit_entry}
 *   inside the publisher's transaction, so a change and its audit row commit or roll back together.
 *   Events published outside a transaction (a failed login) or inside a read-only one (a full-value
 *   view of personal data) are written in a transaction of their own. Actor: from the event, else the
 *   authenticated principal, else {@code system} ({@code anonymous} for anonymous requests). Source
 *   address: from the event, else the current request's remote address.</li>
 *   <li><b>Chaining (AUD-02).</b> Writers never compute hashes or share a lock. One chainer at a time
 *   (PostgreSQL advisory lock, so any number of nodes; scheduled every second under ShedLock) appends
 *   {@code audit_chain} rows for committed entries in id order: {@code hash = SM3(canonical(position,
 *   prev_hash, entry))}. A late-committing entry simply gets a later position.</li>
 *   <li><b>Verification (AUD-02).</b> Streams the chain through a cursor and recomputes every hash;
 *   names the first broken position and its entry id.</li>
 *   <li><b>Append-only and retention (AUD-02, AUD-03).</b> Database triggers refuse UPDATE, DELETE and
 *   TRUNCATE on both tables. Records are kept at least 180 days; in fact the system never deletes them:
 *   there is no purge job. In production the application should connect as a role that does not own
 *   these tables (owners can disable triggers) and has only SELECT and INSERT on them.</li>
 *   <li><b>Reading.</b> Searching and verification need {@code audit:read} (the audit administrator,
 *   IAM-05). The audit administrator audits the whole system, so searches are deliberately not
 *   limited to a jurisdiction; {@code scope_path} is stored for modules that later show scoped excerpts.</li>
 * </ul>
 * Limits of a plain hash chain: anyone able to rewrite the whole tail with the triggers disabled can
 * recompute it; publishing the head hash elsewhere (e.g. in a signed daily report) would anchor it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "kernel")
package cn.anjian.audit;
