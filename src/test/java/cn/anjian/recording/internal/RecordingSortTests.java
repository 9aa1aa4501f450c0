package cn.anjian.recording.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: the record and activity lists sort only NOT NULL columns, so their orders carry no NULLS LAST — the same
 * rows in the same order, but the default {@code id DESC} walks the primary key instead of sorting every record in scope.
 */
class RecordingSortTests {

    @Test
    @DisplayName("issue 20: the record list's default order is id DESC without NULLS LAST (a walk of the primary key)")
    void recordOrder() {
        assertThat(RecordingQueries.RECORD_SORT.defaults().orderBy()).isEqualTo(" ORDER BY id DESC, id DESC");
        for (String key : new String[] {"time", "title", "stage", "added"}) {
            assertThat(RecordingQueries.RECORD_SORT.parse(key + ",asc").orderBy()).doesNotContain("NULLS");
        }
    }

    @Test
    @DisplayName("issue 20: the activity list's orders carry no NULLS LAST either")
    void activityOrder() {
        assertThat(RecordingQueries.ACTIVITY_SORT.defaults().orderBy()).isEqualTo(" ORDER BY id DESC, id DESC");
        for (String key : new String[] {"time", "place", "av", "added"}) {
            assertThat(RecordingQueries.ACTIVITY_SORT.parse(key + ",desc").orderBy()).doesNotContain("NULLS");
        }
    }
}
