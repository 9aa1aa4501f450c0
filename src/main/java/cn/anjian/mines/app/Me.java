package cn.anjian.mines.app;

/** The signed-in user as a commissioner: their record, department and scope. */
public record Me(long commissionerId, String name, long userId, long agencyId, long jurisdictionId, String scopePath) {
}
