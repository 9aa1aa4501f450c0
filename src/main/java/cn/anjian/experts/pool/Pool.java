package cn.anjian.experts.pool;

/** The pool of one emergency-management agency: its level and the scope path of its jurisdiction. */
public record Pool(long agencyId, String agencyName, PoolLevel level, String scopePath) {
}
