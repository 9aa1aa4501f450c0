package cn.anjian.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into one hash chain (AUD-02). Only one chainer works at a time, on any
 * number of application nodes: each batch runs in a transaction holding a PostgreSQL advisory lock,
 * reads the chain's tail and the committed entries without a chain row in id order, and appends their
 * chain rows (JDBC batch). Writers never take this lock, so they are not serialised. An entry whose
 * transaction commits late simply gets a later position: the chain order is the order of chaining.
 */
@Component
class AuditChainer {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    /** Advisory lock key of the chainer ("AUDCHAIN" in ASCII). */
    static final long LOCK_KEY = 0x415544434841494EL;
    /** Every n-th scheduled run looks at all entries, not just the recent window (~5 min at 1 run/s). */
    private static final int FULL_SWEEP_EVERY = 300;
    /**
     * Every n-th scheduled run looks at the recent window (the last {@code lookback} ids); the runs between read only the
     * ids above the highest chained one less {@link #TAIL_MARGIN}, so their cost follows the new entries: the window's
     * anti-join of ~20,000 entries once a second was 27–50 ms of PostgreSQL a run under a draw load (bench/expert-draw.md).
     * A late committer further below waits for the next window run (≤ ~10 s), one beyond the window for the full sweep.
     */
    private static final int WINDOW_EVERY = 10;
    /**
     * A tail run also looks this many ids below the highest chained one: a transaction that was in flight at the last
     * run (an id below the highest chained, committed since) is chained within a second, as the window run did.
     */
    static final long TAIL_MARGIN = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final TransactionTemplate ownTx;
    private final int batchSize;
    private final long lookback;
    private final String algorithm;
    private final AtomicLong scheduledRuns = new AtomicLong();

    AuditChainer(JdbcTemplate jdbc, PlatformTransactionManager txManager,
                 @Value("${anjian.audit.chain-batch-size:2000}") int batchSize,
                 @Value("${anjian.audit.chain-lookback:20000}") long lookback,
                 @Value("${anjian.audit.algorithm:SM3}") String algorithm) {
        if (!ChainHash.supports(algorithm)) {
            throw new IllegalArgumentException("anjian.audit.algorithm must be SM3 or SHA-256, not " + algorithm);
        }
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager); // REQUIRED: joins a caller's transaction if there is one
        this.ownTx = new TransactionTemplate(txManager);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
        this.lookback = lookback;
        this.algorithm = algorithm;
    }

    @Scheduled(fixedDelayString = "${anjian.audit.chain-interval:PT1S}", initialDelayString = "PT2S")
    @SchedulerLock(name = "audit-chain", lockAtMostFor = "PT10M")
    public void scheduledRun() {
        long run = scheduledRuns.getAndIncrement();
        Scan scan = run % FULL_SWEEP_EVERY == 0 ? Scan.FULL : run % WINDOW_EVERY == 0 ? Scan.WINDOW : Scan.TAIL;
        int n = chain(scan, false);
        if (n > 0) {
            log.debug("chained {} audit entries", n);
        }
    }

    /**
     * Chains everything pending, looking at all entries, waiting for another chainer (e.g. the scheduled
     * run) to finish its batch rather than skipping. Returns how many were chained by this call.
     */
    int chainAll() {
        return chain(Scan.FULL, true);
    }

    /** Which entries a run looks at for unchained ones. */
    enum Scan {
        /** All entries. */
        FULL,
        /**
         * Ids above (highest chained id − lookback): covers any transaction that commits within the last
         * {@code lookback} entries. Late stragglers beyond that are picked up by the full sweep and by verification.
         */
        WINDOW,
        /** Ids above (highest chained id − {@link #TAIL_MARGIN}): the entries written since the last run and the late ones near it. */
        TAIL
    }

    /**
     * @param scan which entries to look at
     * @param wait wait for the lock (direct calls) instead of leaving the work to its holder (scheduled runs)
     */
    int chain(Scan scan, boolean wait) {
        long[] floor = {-1};
        int total = 0;
        // A caller's read-only transaction cannot take the inserts: chain in a transaction of our own then.
        TransactionTemplate t = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? ownTx : tx;
        while (true) {
            Integer n = t.execute(s -> batch(scan, wait, floor));
            if (n == null || n < 0) {
                return total; // another chainer holds the lock; it will do the work
            }
            total += n;
            if (n < batchSize) {
                return total;
            }
        }
    }

    /** One batch under the advisory lock. {@code floor[0]} carries the scan position between batches of one run. */
    private int batch(Scan scan, boolean wait, long[] floor) {
        if (wait) {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, LOCK_KEY);
        } else if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY))) {
            return -1;
        }
        if (floor[0] < 0) {
            long maxChained = jdbc.queryForObject("select coalesce(max(entry_id), 0) from audit_chain", Long.class);
            floor[0] = switch (scan) {
                case FULL -> 0;
                case WINDOW -> Math.max(0, maxChained - lookback);
                case TAIL -> Math.max(0, maxChained - Math.min(TAIL_MARGIN, lookback));
            };
        }
        // The redundant "c.entry_id > floor" lets PostgreSQL restrict both sides of the anti-join to the
        // window instead of scanning the whole chain (measured: 120 ms → a few ms per idle run at 1M rows).
        List<EntryRow> pending = jdbc.query("select " + EntryRow.COLUMNS + """
                 from audit_entry e
                where e.id > ?
                  and not exists (select 1 from audit_chain c where c.entry_id = e.id and c.entry_id > ?)
                order by e.id
                limit ?""", (rs, i) -> EntryRow.from(rs), floor[0], floor[0], batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = new ArrayList<>(pending.size());
        jdbc.query("select position, hash from audit_chain order by position desc limit 1", rs -> {
            long position = rs.getLong(1);
            String prev = rs.getString(2);
            rows.add(new Object[] {position, prev});
        });
        long position = rows.isEmpty() ? 0 : (long) rows.get(0)[0];
        String prev = rows.isEmpty() ? ChainHash.GENESIS : (String) rows.get(0)[1];
        rows.clear();
        for (EntryRow e : pending) {
            position++;
            String hash = ChainHash.hash(algorithm, position, prev, e);
            rows.add(new Object[] {position, e.id(), prev, hash, algorithm});
            prev = hash;
        }
        jdbc.batchUpdate("insert into audit_chain (position, entry_id, prev_hash, hash, algorithm) values (?, ?, ?, ?, ?)", rows);
        floor[0] = pending.get(pending.size() - 1).id();
        return pending.size();
    }
}
