package cn.anjian.web;

import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A request that failed because the database could not be reached or no connection came free in time (the pool's
 * wait ran out under load, a restart): a temporary state the client may retry, answered 503 with Retry-After and
 * logged as a warning, not a fault of ours answered 500. The mixed load at 200 clients showed these as 500s.
 */
final class Overload {

    /** Seconds the client is asked to wait. */
    static final String RETRY_AFTER = "5";

    enum Kind { NONE, BUSY, UNREACHABLE }

    private Overload() {
    }

    /** What the exception chain says: BUSY when the pool gave no connection in time, UNREACHABLE for the database down. */
    static Kind of(Throwable e) {
        Kind found = Kind.NONE;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                // the pool's timeout carries the last failure to connect when the database is down; none when all were busy
                return t.getCause() == null ? Kind.BUSY : Kind.UNREACHABLE;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
                found = Kind.UNREACHABLE;
            }
        }
        return found;
    }

    static String message(Kind kind, String ref) {
        return (kind == Kind.BUSY ? "系统繁忙，请稍后重试" : "系统暂时无法访问数据库，请稍后重试") + "（参考号 " + ref + "）";
    }
}
