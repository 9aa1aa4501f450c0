package cn.anjian.personnel;

import java.util.List;

/**
 * A person to record (or the new state of one, for {@link People#update}). {@code idCard} is the raw
 * text as typed; it is validated by {@link IdCardNumber}. {@code gender} may be null: it is then read
 * from the ID card. Lists may be null (none).
 */
public record NewPerson(String name, Gender gender, String idCard, String phone, Education education, String major,
                        boolean safetyRelatedMajor, boolean registeredSafetyEngineer, Integer experienceYears,
                        boolean emBackground, String employer, List<PersonTitle> titles,
                        List<PersonQualification> qualifications) {

    /** The minimum: name, ID card, phone. */
    public static NewPerson basic(String name, String idCard, String phone) {
        return new NewPerson(name, null, idCard, phone, null, null, false, false, 0, false, null, List.of(), List.of());
    }
}
