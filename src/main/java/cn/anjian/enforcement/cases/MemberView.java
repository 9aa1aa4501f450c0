package cn.anjian.enforcement.cases;

import java.time.Instant;

/** A current team member; {@code name} is masked unless the viewer may see personal data in full. */
public record MemberView(long personId, String name, TeamRole role, String certificateNumber, Instant addedAt,
                         String addedBy) {
}
