package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.util.Set;

/**
 * TI-01/TI-02: the content of a hiring plan (000 art. 8–9) as drafted by the department.
 *
 * @param termMonths     聘用期限 in months (part-time terms are 3 years by TI-14 regardless)
 * @param writtenWeight  笔试成绩占比 for the exam route (TI-04), null for the assessment route
 */
record PlanContent(String title, Integer year, Integer fullTimeCount, Integer partTimeCount, Set<Specialty> specialties,
                   HiringMethod hiringMethod, Integer termMonths, String trainingAssessment, String funding,
                   BigDecimal writtenWeight, String riskProfile, Integer enterpriseCount, String keyEnterpriseTypes,
                   String difficulty, String capacity) {
}
