package cn.anjian.enterprises;

import java.time.LocalDate;

/** A conflicts-register entry: a person (by id, from personnel or identity, plus name) related to an enterprise. */
public record ConflictView(long id, long enterpriseId, long personId, String personName, Relation relation,
                           LocalDate fromDate, LocalDate toDate, String note) {
}
