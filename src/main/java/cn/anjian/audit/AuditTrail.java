package cn.anjian.audit;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.Scope;

/**
 * The one audit trail of the platform (AUD-01..03). Modules normally just publish an
 * {@link AuditableEvent}; the trail records it inside the publisher's transaction. A module may also
 * call {@link #record} directly (same semantics).
 */
public interface AuditTrail {

    /**
     * Records an event: inside the caller's transaction if there is a writable one (so it commits or
     * rolls back with the change), otherwise in a transaction of its own.
     *
     * @return the id of the new audit entry
     */
    long record(AuditableEvent event);

    /** Links every committed, not yet chained entry into the hash chain; returns how many were chained. */
    int chainPending();

    /** Chains what is pending, then recomputes the whole chain (streamed) and reports the first break. */
    VerificationResult verify();

    /**
     * Searches the trail, newest first, with keyset pagination, within {@code scope} (ORG-03 applies to the trail
     * too): the province's audit administrator sees every entry, a city's or county's only the entries of acts
     * done by accounts of its jurisdiction.
     */
    AuditPage search(Scope scope, AuditFilter filter);

    /** Every entry the filter matches within {@code scope}, in its order (cursor and page size ignored), for the Excel export. */
    void each(Scope scope, AuditFilter filter, java.util.function.Consumer<AuditEntryView> sink);
}
