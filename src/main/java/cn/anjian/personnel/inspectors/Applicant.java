package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.TitleLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An applicant of a campaign: the application as submitted with its automatic eligibility result
 * (TI-05/TI-06), the qualification review, the scores (TI-04) and the hiring.
 */
@Table("ti_applicant")
class Applicant {

    @Id
    Long id;
    @Version
    Integer version;
    long campaignId;
    Long personId;
    String name;
    String idCard;
    Education education;
    boolean safetyRelatedMajor;
    TitleLevel titleLevel;
    boolean titleRelevant;
    Integer vocationalLevel;
    boolean qualificationRelevant;
    boolean registeredSafetyEngineer;
    int experienceYears;
    boolean retired;
    boolean lawAbiding;
    boolean fitForPost;
    boolean otherRequirementsMet;
    boolean eligible;
    String rejectionReasons;
    ApplicantStatus status;
    BigDecimal writtenScore;
    BigDecimal interviewScore;
    BigDecimal totalScore;
    /** TI-03: 考察 and 体检 results (null: not yet recorded). */
    Boolean inspectionPassed;
    Boolean medicalPassed;
    /** TI-03: why this higher-ranked applicant was not hired in rank order. */
    String skipReason;
    Instant registeredAt;

    Applicant() {
    }

    /** Registration with the automatic TI-05/TI-06 result ({@code reasons} empty = eligible). */
    static Applicant register(long campaignId, String name, String idCard, Application a, List<String> reasons, Instant at) {
        Applicant x = new Applicant();
        x.campaignId = campaignId;
        x.name = name;
        x.idCard = idCard;
        x.education = a.education();
        x.safetyRelatedMajor = a.safetyRelatedMajor();
        x.titleLevel = a.titleLevel();
        x.titleRelevant = a.titleRelevant();
        x.vocationalLevel = a.vocationalLevel();
        x.qualificationRelevant = a.qualificationRelevant();
        x.registeredSafetyEngineer = a.registeredSafetyEngineer();
        x.experienceYears = a.experienceYears();
        x.retired = a.retired();
        x.lawAbiding = a.lawAbiding();
        x.fitForPost = a.fitForPost();
        x.otherRequirementsMet = a.otherRequirementsMet();
        x.eligible = reasons.isEmpty();
        x.rejectionReasons = reasons.isEmpty() ? null : String.join("；", reasons);
        x.status = ApplicantStatus.REGISTERED;
        x.registeredAt = at;
        return x;
    }

    /** TI-05: the qualification review applies the eligibility result. */
    void review() {
        if (status != ApplicantStatus.REGISTERED) {
            throw new BusinessException("TI-03", "该应聘人员已完成资格审查（" + status.label() + "）");
        }
        this.status = eligible ? ApplicantStatus.QUALIFIED : ApplicantStatus.REJECTED;
    }

    /** TI-04: scores of a qualified applicant (the stage order is the campaign's business). */
    void scored(BigDecimal written, BigDecimal interview, BigDecimal total) {
        requireQualified("只有资格审查通过的人员才能录入成绩");
        this.writtenScore = written;
        this.interviewScore = interview;
        this.totalScore = total;
    }

    void requireQualified(String message) {
        if (status != ApplicantStatus.QUALIFIED) {
            throw new BusinessException("TI-05", message + "（" + status.label() + "）");
        }
    }

    /** TI-03: the 考察 or 体检 result of a qualified applicant; 体检 only after a passed 考察. */
    void stageResult(Stage stage, boolean passed) {
        requireQualified("只有资格审查通过的人员才记录考察、体检结果");
        switch (stage) {
            case INSPECTION -> {
                this.inspectionPassed = passed;
                this.medicalPassed = null;
            }
            case MEDICAL_EXAM -> {
                if (!Boolean.TRUE.equals(inspectionPassed)) {
                    throw new BusinessException("TI-03", "考察合格的人员才进行体检");
                }
                this.medicalPassed = passed;
            }
            default -> throw BusinessException.badInput("TI-03", "按人记录合格与否的环节只有考察和体检");
        }
    }

    /** TI-03: a qualified applicant not hired in rank order keeps the recorded reason. */
    void skipped(String reason) {
        requireQualified("只有资格审查通过、尚未聘用的人员才需记录未按排名聘用的理由");
        this.skipReason = InspectorRules.text(reason, "未按排名聘用的理由", 500);
    }

    /** The contract is signed: the applicant becomes the recorded person. */
    void hired(long person) {
        requireQualified("只有资格审查通过的人员才能聘用");
        this.personId = person;
        this.status = ApplicantStatus.HIRED;
    }
}
