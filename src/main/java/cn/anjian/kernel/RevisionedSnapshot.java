package cn.anjian.kernel;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An immutable in-memory copy of rarely changing data that hot paths read (holidays, rule settings).
 * Every change bumps a revision row in the same transaction; a change on this node drops the copy after
 * commit ({@link #invalidateAfterCommit()}), other nodes compare the revision at most once per {@code ttl}
 * and reload when it moved. So a change reaches every node within the TTL, and the steady-state cost is one
 * tiny query per TTL.
 *
 * @param <T> the snapshot, built by {@code loader} for the revision it is given
 */
public final class RevisionedSnapshot<T> {

    private record Held<T>(long revision, T value) {
    }

    private final LongSupplier revision;
    private final LongFunction<T> loader;
    private final Clock clock;
    private final Duration ttl;

    private volatile Held<T> held;
    private volatile long checkedAtMillis;

    public RevisionedSnapshot(LongSupplier revision, LongFunction<T> loader, Clock clock, Duration ttl) {
        this.revision = revision;
        this.loader = loader;
        this.clock = clock;
        this.ttl = ttl;
    }

    public T get() {
        Held<T> h = held;
        if (h == null) {
            return reload();
        }
        long now = clock.millis();
        long checked = checkedAtMillis;
        // a test clock may move backwards: check then too
        if (now - checked >= ttl.toMillis() || now < checked) {
            checkedAtMillis = now;
            if (revision.getAsLong() != h.revision()) {
                return reload();
            }
        }
        return h.value();
    }

    /**
     * The revision is read before the data, without a transaction of its own (no second pooled connection
     * while a caller's transaction holds one): a change committed in between makes the data newer than the
     * revision, which only costs one extra reload later — never stale data under a new revision.
     */
    private synchronized T reload() {
        long r = revision.getAsLong();
        Held<T> current = held;
        if (current != null && current.revision() == r) {
            checkedAtMillis = clock.millis();
            return current.value(); // another thread reloaded meanwhile
        }
        Held<T> loaded = new Held<>(r, loader.apply(r));
        held = loaded;
        checkedAtMillis = clock.millis();
        return loaded.value();
    }

    /** Drops the copy once the current transaction completes (at once when there is none). */
    public void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    held = null;
                }
            });
        } else {
            held = null;
        }
    }
}
