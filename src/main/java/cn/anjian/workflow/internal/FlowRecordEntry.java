package cn.anjian.workflow.internal;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One recorded act (append-only within the {@link Flow} aggregate). {@code decision} null: a resubmission. */
@Table("wf_flow_entry")
record FlowRecordEntry(int round, int stepIndex, String stepName, String agencyName, long actorUserId,
                       String actorName, String decision, String opinion, Instant decidedAt) {
}
