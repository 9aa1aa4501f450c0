package cn.anjian.mines;

import java.time.Instant;
import java.util.List;

/**
 * MC-06 (art. 9): an approved assignment plan was reported to the provincial mine safety department; the
 * {@code recipientUserIds} are the province's users who receive such reports (chosen by the mines module). The
 * notifications module puts it in their message centre; {@code link} is the plan's page.
 */
public record MinePlanReported(long planId, String title, String link, List<Long> recipientUserIds, Instant at) {

    public MinePlanReported {
        recipientUserIds = recipientUserIds == null ? List.of() : List.copyOf(recipientUserIds);
    }
}
