package cn.anjian.personnel.inspectors;

import cn.anjian.personnel.Education;
import cn.anjian.personnel.TitleLevel;

/**
 * What an applicant declares and the reviewers confirm at qualification review (000 art. 12–13).
 * Kept with the application, as submitted, rather than read from the person record: the review
 * judges the application.
 *
 * @param vocationalLevel 职业资格等级 1 (高级技师) .. 5 (初级工), null if none
 */
record Application(Education education, boolean safetyRelatedMajor, TitleLevel titleLevel, boolean titleRelevant,
                   Integer vocationalLevel, boolean qualificationRelevant, boolean registeredSafetyEngineer,
                   int experienceYears, boolean retired, boolean lawAbiding, boolean fitForPost,
                   boolean otherRequirementsMet) {
}
