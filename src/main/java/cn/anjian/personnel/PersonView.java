package cn.anjian.personnel;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as pages, the API and other modules see them: ID card and phone are masked (IAM-06);
 * the full values only through {@link People#revealPii}, which is permission-checked and audited.
 */
public record PersonView(long id, String name, Gender gender, String idCardMasked, LocalDate birthDate,
                         String phoneMasked, Education education, String major, boolean safetyRelatedMajor,
                         boolean registeredSafetyEngineer, int experienceYears, boolean emBackground, String employer,
                         long agencyId, String agencyName, long jurisdictionId, String scopePath,
                         List<PersonTitle> titles, List<PersonQualification> qualifications, int version) {
}
