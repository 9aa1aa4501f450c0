package cn.anjian.identity.internal;

import java.time.Instant;

/** An account reached the failure limit and is locked; published inside the sign-in's transaction (issue 13, finding 3). */
record AccountLocked(long userId, String username, Instant at) {
}
