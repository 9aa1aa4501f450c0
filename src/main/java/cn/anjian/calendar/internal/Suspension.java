package cn.anjian.calendar.internal;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One stretch during which a deadline's clock was stopped (CAL-04); {@code counted} is what it added to the due. */
@Table("cal_deadline_suspension")
public record Suspension(Instant suspendedAt, String reason, Instant resumedAt, Long counted) {

    Suspension resumed(Instant at, Long notCounted) {
        return new Suspension(suspendedAt, reason, at, notCounted);
    }
}
