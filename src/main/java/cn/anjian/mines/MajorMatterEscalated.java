package cn.anjian.mines;

import java.time.Instant;
import java.util.List;

/**
 * MW-06/MW-08/MW-12: a major hazard, an incident tip to be reported at once, or a stop-work order was escalated to
 * the heads of the supervising department ({@code recipientUserIds}, recorded by the mines module with the time).
 * The notifications module puts it in their message centre. {@code link} is the department page of the matter.
 */
public record MajorMatterEscalated(String subjectType, long subjectId, String title, String link,
                                   List<Long> recipientUserIds, Instant at) {

    public MajorMatterEscalated {
        recipientUserIds = recipientUserIds == null ? List.of() : List.copyOf(recipientUserIds);
    }
}
