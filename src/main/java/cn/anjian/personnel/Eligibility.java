package cn.anjian.personnel;

import java.time.LocalDate;
import java.util.List;

/**
 * OFF-03 answer: {@code mayEnforce} — may be on an enforcement team, lead it, sign enforcement
 * documents, be shown as an enforcer — with the reasons in Chinese (why not, or the certificate that
 * allows it).
 */
public record Eligibility(long personId, LocalDate day, boolean mayEnforce, String certificateNumber,
                          List<String> reasons) {
}
