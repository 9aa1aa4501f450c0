package cn.anjian.mines.assessment;

import java.time.LocalDate;

/**
 * A fact to record: an accident names the mine (level, kind, liability, duties found fulfilled); an integrity
 * violation or a task names the commissioner (a task: obeyed, completed).
 */
public record NewFact(FactKind kind, String commissionerName, String mineName, LocalDate occurredOn, String title,
                      AccidentLevel level, AccidentKind accidentKind, Boolean liability, Boolean dutiesFulfilled,
                      Boolean obeyed, Boolean completed) {
}
