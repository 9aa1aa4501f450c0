package cn.anjian.mines;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A commissioner answered a checklist item "hazard found" (MW-05). Published by the checks in the transaction that
 * stores the check; the hazard register turns it into a hazard with its rectification order (MW-06), so a check
 * never writes hazards itself and a replayed sync (same check id) publishes nothing.
 */
public record HazardFoundInCheck(UUID checkId, long checkItemId, long mineId, long commissionerId, String itemText,
                                 String note, boolean major, List<Long> photoFileIds, Instant foundAt) {

    public HazardFoundInCheck {
        photoFileIds = photoFileIds == null ? List.of() : List.copyOf(photoFileIds);
    }
}
