package cn.anjian.workflow.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Clock-dependent helpers for the workflow templates, also usable by other modules' pages that embed
 * {@code workflow/fragments :: timeline(flow)}: {@code ${@wfFormat.past(instant)}}; times go through {@code @fmt}.
 */
@Component("wfFormat")
@RequiredArgsConstructor
public class WorkflowFormat {

    private final Clock clock;

    /** Whether a due instant has passed (for the overdue badge). */
    public boolean past(Instant at) {
        return at != null && at.isBefore(clock.instant());
    }
}
