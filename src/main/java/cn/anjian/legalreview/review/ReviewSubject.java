package cn.anjian.legalreview.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The case and the classified proposed decision a review is about (copied when submitted). */
record ReviewSubject(long caseId, String caseNumber, String caseTitle, long agencyId, long jurisdictionId, String scopePath,
                     String caseKind, String partyKind, BigDecimal fineYuan, BigDecimal confiscationYuan, String measures,
                     boolean major, String ruleSetVersion, LocalDate ruleDate, String reasons) {
}
