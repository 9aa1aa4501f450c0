package cn.anjian.audit;

/**
 * Outcome of recomputing the chain (AUD-02).
 *
 * @param ok                  every chain row recomputed to its stored hash and positions are contiguous
 * @param entries             chain rows checked
 * @param firstBrokenId       the audit entry id at the first broken position (for a missing row: the entry
 *                            found right after the gap), null when ok
 * @param firstBrokenPosition the first chain position that does not verify, null when ok
 * @param reason              why it is broken (Chinese), null when ok
 * @param pending             committed entries not chained yet (normally 0 right after verification)
 */
public record VerificationResult(boolean ok, long entries, Long firstBrokenId, Long firstBrokenPosition,
                                 String reason, long pending) {

    public static VerificationResult valid(long entries, long pending) {
        return new VerificationResult(true, entries, null, null, null, pending);
    }

    public static VerificationResult broken(long entries, Long entryId, long position, String reason, long pending) {
        return new VerificationResult(false, entries, entryId, position, reason, pending);
    }
}
