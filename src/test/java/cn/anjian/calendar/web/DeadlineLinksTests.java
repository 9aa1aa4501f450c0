package cn.anjian.calendar.web;

import java.time.Instant;
import java.util.Arrays;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadline's subject link: only a numeric subject id (optionally "/…" after it) of a known type links (patterns compiled once). */
class DeadlineLinksTests {

    static DeadlineView subject(String type, String id) {
        return new DeadlineView(new DeadlineId(1), type, id, "CAL-01", 1L, null, 1, "/1/", Period.workingDays(10),
                Instant.EPOCH, null, null, DeadlineState.OPEN, false, false, null, null, null, 0, null);
    }

    @Test
    @DisplayName("numeric subject ids link to their page, anything else (letters, blank, null, a newline) links nowhere")
    void links() {
        assertThat(DeadlineLinks.of(subject("case", "14"), null)).isEqualTo("/cases/14");
        assertThat(DeadlineLinks.of(subject("rec-case-file", "14/archive"), null)).isEqualTo("/cases/14");
        assertThat(DeadlineLinks.of(subject("legal-review", "7"), null)).isEqualTo("/legal-review/7");
        assertThat(DeadlineLinks.of(subject("legal-review-emergency", "7"), null)).isEqualTo("/legal-review/emergencies");
        assertThat(DeadlineLinks.of(subject("workflow_step", "3/x/y"), null)).isEqualTo("/workflow/flows/3");
        assertThat(DeadlineLinks.of(subject("elsewhere", "3"), null)).isNull();
        for (String id : Arrays.asList(null, "", "x14", "14a", "14\n", "/14", " 14")) {
            assertThat(DeadlineLinks.of(subject("case", id), null)).as("[%s]", id).isNull();
        }
    }
}
