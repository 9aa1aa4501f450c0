package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Read model of a hiring plan (TI-01/TI-02). */
public record PlanView(long id, long agencyId, String agencyName, long jurisdictionId, String scopePath, String title,
                       int planYear, int fullTimeCount, int partTimeCount, String specialties, String hiringMethod,
                       int termMonths, String trainingAssessment, String funding, BigDecimal writtenWeight,
                       String riskProfile, int enterpriseCount, String keyEnterpriseTypes, String difficulty,
                       String capacity, String status, Long flowId, OffsetDateTime decidedAt, String createdBy,
                       OffsetDateTime createdAt, int version) {

    public List<String> specialtyLabels() {
        return Arrays.stream(specialties.split(",")).filter(s -> !s.isBlank())
                .map(s -> Specialty.valueOf(s).getLabel()).toList();
    }

    public String hiringMethodLabel() {
        return HiringMethod.valueOf(hiringMethod).getLabel();
    }

    public String statusLabel() {
        return switch (status) {
            case "DRAFT" -> "草拟";
            case "SUBMITTED" -> "审批中";
            case "APPROVED" -> "已批准";
            case "REJECTED" -> "未批准";
            default -> status;
        };
    }

    public boolean approved() {
        return "APPROVED".equals(status);
    }
}
