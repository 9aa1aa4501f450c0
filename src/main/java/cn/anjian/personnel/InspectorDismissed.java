package cn.anjian.personnel;

import java.time.LocalDate;

/**
 * TI-17: a technical inspector was dismissed; the dismissal and its reason are notified to the
 * relevant units and published (000 art. 31). The name is already masked; {@code certificateNo} (null if
 * none was issued) is the work certificate to be handed back.
 */
public record InspectorDismissed(long inspectorId, String maskedName, String certificateNo, long agencyId,
                                 String agencyName, long jurisdictionId, String scopePath, String ground, String reason,
                                 LocalDate date) {
}
