package cn.anjian.personnel;

/**
 * A social supervisor as other modules see them (e.g. complaints): who they are, which agency
 * appointed them and the scope their submissions belong to.
 */
public record SupervisorRef(long supervisorId, long personId, String personName, Long userId, long agencyId,
                            String agencyName, long jurisdictionId, String scopePath, String certificateNo,
                            boolean active) {
}
