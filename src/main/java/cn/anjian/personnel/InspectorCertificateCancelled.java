package cn.anjian.personnel;

import java.time.LocalDate;

/**
 * TI-16: the province cancelled a technical inspector's work certificate; to be published to the
 * public (000 art. 30). The name is already masked, so listeners can publish it as is.
 */
public record InspectorCertificateCancelled(long inspectorId, String maskedName, String certificateNo, long agencyId,
                                            String agencyName, long jurisdictionId, String scopePath, String reason,
                                            LocalDate date) {
}
