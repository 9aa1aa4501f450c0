package cn.anjian.personnel;

import java.time.LocalDate;

/**
 * SS-07 (as TI-16): a social supervisor's certificate was cancelled by the appointing department.
 * Published in the cancelling transaction; the publicity module turns it into a public notice. The
 * name is the full name: listeners that publish must mask it (PUB-12).
 */
public record SupervisorCertificateCancelled(long supervisorId, String personName, String certificateNo,
                                             long agencyId, String agencyName, long jurisdictionId, String scopePath,
                                             String reason, LocalDate effectiveOn) {
}
