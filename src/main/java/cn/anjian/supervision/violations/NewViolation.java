package cn.anjian.supervision.violations;

import java.time.LocalDate;

/**
 * COR-03: an officer's violation as recorded: the officer by name (and certificate number when names repeat), the kind,
 * the facts, the handling decided. {@code checkId} optionally names the supervision check that found it.
 */
public record NewViolation(String officerName, String certificateNumber, ViolationKind kind, LocalDate occurredOn,
                           String facts, ViolationHandling handling, String handlingNote, LocalDate handledOn, Long checkId) {
}
