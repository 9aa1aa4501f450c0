package cn.anjian.personnel.people;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.Gender;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A natural person recorded once (the people feature). The ID card is fixed once recorded; the other
 * particulars can be revised by whoever saw the current version. Titles and qualifications are rows of
 * their own, rewritten with the person by the service.
 */
@Table("per_person")
class Person {

    @Id
    Long id;
    @Version
    Integer version;
    String name;
    Gender gender;
    String idCard;
    LocalDate birthDate;
    String phone;
    Education education;
    String major;
    boolean safetyRelatedMajor;
    boolean registeredSafetyEngineer;
    int experienceYears;
    boolean emBackground;
    String employer;
    long agencyId;
    long jurisdictionId;
    String scopePath;
    Instant createdAt;
    Instant updatedAt;
    /** The login account of this person ("我的案件"), or null. */
    Long userId;

    Person() {
    }

    /** Particulars as checked by the service. */
    record Particulars(String name, Gender gender, String phone, Education education, String major, boolean srm,
                       boolean rse, int years, boolean em, String employer) {
    }

    static Person record(String idCard, LocalDate birthDate, Particulars p, long agencyId, long jurisdictionId,
                         String scopePath, Instant at) {
        Person x = new Person();
        x.idCard = idCard;
        x.birthDate = birthDate;
        x.agencyId = agencyId;
        x.jurisdictionId = jurisdictionId;
        x.scopePath = scopePath;
        x.createdAt = at;
        x.set(p, at);
        return x;
    }

    void revise(int seenVersion, String card, Particulars p, Instant at) {
        if (!idCard.equals(card)) {
            throw BusinessException.badInput("PERSON-ID-CARD-FIXED", "身份证号码登记后不能修改；如登记有误，请联系系统管理员");
        }
        if (version == null || version != seenVersion) {
            throw new OptimisticLockingFailureException("per_person " + id + " changed concurrently");
        }
        set(p, at);
    }

    /** Links the person to a login account, or ends the link ({@code null}); the service checks the account first. */
    void linkAccount(Long account, Instant at) {
        this.userId = account;
        this.updatedAt = at;
    }

    private void set(Particulars p, Instant at) {
        this.name = p.name();
        this.gender = p.gender();
        this.phone = p.phone();
        this.education = p.education();
        this.major = p.major();
        this.safetyRelatedMajor = p.srm();
        this.registeredSafetyEngineer = p.rse();
        this.experienceYears = p.years();
        this.emBackground = p.em();
        this.employer = p.employer();
        this.updatedAt = at;
    }
}
