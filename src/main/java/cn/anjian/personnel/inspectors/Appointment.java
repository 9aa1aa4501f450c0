package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

/**
 * Hiring one inspector with the contract that states duties, rights and obligations, pay, term and
 * termination (TI-08). Full-time ones come from a campaign's applicant (TI-03); part-time ones from
 * a recommending body (TI-07), counted against the approved hiring plan chosen for it (TI-01).
 *
 * @param termEnd full-time only: set by the hiring department (TI-14); part-time terms are 3 years
 * @param planId  part-time only: the approved plan whose part-time places it takes (full-time: the campaign's plan)
 */
record Appointment(Long personId, boolean partTime, Long campaignId, Long applicantId, String recommendingBody,
                   Specialty specialty, String contractKind, String duties, String rights, String pay,
                   String termination, LocalDate termStart, LocalDate termEnd, Long planId) {
}
