package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;

import cn.anjian.kernel.Masking;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.TitleLevel;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An applicant with the automatic eligibility result (TI-05/TI-06) and the scores (TI-04). */
public record ApplicantView(long id, long campaignId, Long personId, String name, @JsonIgnore String idCard, String education,
                            boolean safetyRelatedMajor, String titleLevel, Integer vocationalLevel,
                            boolean registeredSafetyEngineer, int experienceYears, boolean retired, boolean eligible,
                            String rejectionReasons, String status, BigDecimal writtenScore, BigDecimal interviewScore,
                            BigDecimal totalScore, Boolean inspectionPassed, Boolean medicalPassed, String skipReason,
                            int version) {

    /** TI-03: passed both 考察 and 体检 (hireable in rank order). */
    public boolean cleared() {
        return Boolean.TRUE.equals(inspectionPassed) && Boolean.TRUE.equals(medicalPassed);
    }

    public String inspectionLabel() {
        return passLabel(inspectionPassed);
    }

    public String medicalLabel() {
        return passLabel(medicalPassed);
    }

    private static String passLabel(Boolean passed) {
        return passed == null ? "—" : passed ? "合格" : "不合格";
    }

    /** IAM-06: the ID card is masked in every list and API answer. */
    @JsonProperty("maskedIdCard")
    public String maskedIdCard() {
        return Masking.idCard(idCard);
    }

    public String statusLabel() {
        return switch (status) {
            case "REGISTERED" -> "已报名";
            case "QUALIFIED" -> "资格审查通过";
            case "REJECTED" -> "资格审查未通过";
            case "HIRED" -> "已聘用";
            default -> status;
        };
    }

    public String educationLabel() {
        return Education.valueOf(education).label();
    }

    public String titleLabel() {
        return TitleLevel.valueOf(titleLevel).label();
    }
}
