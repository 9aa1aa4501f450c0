package cn.anjian.audit;

import java.util.List;

/** One page of audit entries, newest first; {@code nextBefore} is the cursor of the next page or null. */
public record AuditPage(List<AuditEntryView> entries, Long nextBefore) {
}
