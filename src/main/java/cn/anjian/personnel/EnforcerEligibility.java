package cn.anjian.personnel;

import java.time.LocalDate;

/**
 * OFF-03 / TI-10: the one question other modules ask — may this person act as an enforcer on this day?
 * True only for a person holding an ENFORCEMENT certificate with status VALID whose validity covers the
 * day. Technical inspectors are never enforcers.
 */
public interface EnforcerEligibility {

    Eligibility check(long personId, LocalDate day);
}
