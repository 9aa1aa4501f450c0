package cn.anjian.enterprises;

import java.time.LocalDate;

/** Input for a conflicts-register entry; {@code toDate} null means the relation still holds. */
public record NewConflict(Long personId, String personName, Relation relation, LocalDate fromDate, LocalDate toDate,
                          String note) {
}
