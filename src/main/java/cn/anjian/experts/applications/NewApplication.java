package cn.anjian.experts.applications;

import java.time.LocalDate;
import java.util.List;

/** The application form of seed 002 annex 2, as typed (checked by {@link ApplicationIntake}). */
public record NewApplication(ApplicationSource source, String recommender, ApplicationLevel level, String name, Gender gender,
                             LocalDate birthDate, String idCard, String phone, String email, Employment employment,
                             String employerName, String employerAddress, String department, String title,
                             TitleGrade titleGrade, Qualification qualification, String school, String education,
                             String major, int yearsExperience, int keyIndustryYears, boolean legalPractice,
                             boolean healthy, boolean cleanRecord, String fieldCode, List<String> subCodes,
                             String workHistory, String publications, String awards, String achievements,
                             boolean commitDiscipline, boolean commitEthics, boolean commitService,
                             boolean commitIntegrity) {

    /** EXP-04: the four commitments (工作纪律、职业道德、技术服务、廉政建设) are all required. */
    boolean allCommitments() {
        return commitDiscipline && commitEthics && commitService && commitIntegrity;
    }
}
