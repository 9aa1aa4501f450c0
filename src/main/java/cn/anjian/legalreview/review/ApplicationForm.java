package cn.anjian.legalreview.review;

/**
 * LR-05 / art. 9, annex 1: the application form filled in the system — summary of the matter, legal basis
 * (violated provisions and penalty basis), officers' qualifications, proposed decision, notes; signed by the
 * head of the undertaking unit and the deputy director in charge (their names; blank = not yet signed);
 * {@code hadHearing}: there was a hearing or an assessment, so its record is required.
 */
public record ApplicationForm(String summary, String basis, String officers, String proposal, String notes,
                              String signedUnitHead, String signedDeputy, boolean hadHearing) {
}
