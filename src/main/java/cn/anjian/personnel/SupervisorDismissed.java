package cn.anjian.personnel;

import java.time.LocalDate;

/**
 * SS-07 (as TI-17): a social supervisor was dismissed on one of the listed grounds. Published in the
 * dismissing transaction; the publicity module publishes it (masked, PUB-12).
 */
public record SupervisorDismissed(long supervisorId, String personName, String certificateNo,
                                  long agencyId, String agencyName, long jurisdictionId, String scopePath,
                                  String ground, String groundLabel, String reason, LocalDate effectiveOn) {
}
