package cn.anjian.personnel.officers;

import java.time.LocalDate;

/** OFF-07: an in-post officer's rotation training (≥ 2 weeks) due date; {@code lastRotation} null if never. */
public record RotationRow(long personId, String name, String agencyName, LocalDate lastRotation, LocalDate dueOn,
                          boolean overdue) {
}
