package cn.anjian.enterprises;

import java.time.LocalDate;

/** Input for putting an enterprise on the blacklist (CAP-07): grounds, decision document number, dates. */
public record NewListing(String grounds, String decisionDoc, LocalDate fromDate, LocalDate toDate) {
}
