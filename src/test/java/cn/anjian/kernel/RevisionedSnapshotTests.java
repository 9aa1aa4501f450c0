package cn.anjian.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import cn.anjian.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionedSnapshotTests {

    final AtomicLong revision = new AtomicLong(1);
    final AtomicInteger revisionReads = new AtomicInteger();
    final AtomicInteger loads = new AtomicInteger();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    final RevisionedSnapshot<String> snapshot = new RevisionedSnapshot<>(() -> {
        revisionReads.incrementAndGet();
        return revision.get();
    }, r -> {
        loads.incrementAndGet();
        return "rev" + r;
    }, clock, Duration.ofSeconds(30));

    @Test
    @DisplayName("reads come from memory; another node's change is seen after the TTL, a local change at once")
    void ttlAndInvalidation() {
        assertThat(snapshot.get()).isEqualTo("rev1");
        assertThat(snapshot.get()).isEqualTo("rev1");
        assertThat(loads).hasValue(1);
        assertThat(revisionReads).hasValue(1);

        revision.set(2); // another node changed the data
        clock.advance(Duration.ofSeconds(29));
        assertThat(snapshot.get()).as("within the TTL the copy is trusted").isEqualTo("rev1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(snapshot.get()).isEqualTo("rev2");
        assertThat(loads).hasValue(2);

        clock.advance(Duration.ofSeconds(30));
        assertThat(snapshot.get()).as("revision unchanged: no reload").isEqualTo("rev2");
        assertThat(loads).hasValue(2);

        revision.set(3);
        snapshot.invalidateAfterCommit(); // no transaction: dropped at once
        assertThat(snapshot.get()).isEqualTo("rev3");
    }
}
