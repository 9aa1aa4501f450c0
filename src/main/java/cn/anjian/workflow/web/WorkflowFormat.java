package cn.anjian.workflow.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import cn.anjian.kernel.Zones;
import org.springframework.stereotype.Component;

/**
 * Formatting for the workflow templates, also usable by other modules' pages that embed
 * {@code workflow/fragments :: timeline(flow)}: {@code ${@wfFormat.time(instant)}}. Beijing time.
 */
@Component("wfFormat")
public class WorkflowFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    WorkflowFormat(Clock clock) {
        this.clock = clock;
    }

    public String time(Instant at) {
        return at == null ? "" : at.atZone(Zones.SHANGHAI).format(MINUTES);
    }

    /** Whether a due instant has passed (for the overdue badge). */
    public boolean past(Instant at) {
        return at != null && at.isBefore(clock.instant());
    }
}
