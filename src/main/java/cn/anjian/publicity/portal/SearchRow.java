package cn.anjian.publicity.portal;

import java.time.Instant;

/** A row of {@code pub_search} as the search index holds it: published_at in microseconds (PostgreSQL's precision). */
record SearchRow(long id, long micros, String scopePath, String title, String ownerName) {

    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** The list's order: newer first, then the larger id. */
    boolean before(long otherMicros, long otherId) {
        return micros != otherMicros ? micros > otherMicros : id > otherId;
    }

    boolean matches(String scope, String text) {
        return scopePath.startsWith(scope) && title.contains(text);
    }

    PortalDirectory.Entry entry() {
        return new PortalDirectory.Entry(id, title, ownerName, instant(micros));
    }
}
