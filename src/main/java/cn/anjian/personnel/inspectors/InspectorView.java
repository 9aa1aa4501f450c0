package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

/** Read model of a technical inspector with contract (TI-08), certificate (TI-11) and status. */
public record InspectorView(long id, long personId, String name, long agencyId, String agencyName, long jurisdictionId,
                            String scopePath, String kind, Long planId, Long applicantId, String recommendingBody,
                            String specialty, String status, LocalDate termStart, LocalDate termEnd, Long termDeadlineId,
                            String contractKind, String contractDuties, String contractRights, String contractPay,
                            String contractTermination, LocalDate assessmentPassedOn, String certificateNo,
                            String certificateIssuer, LocalDate certificateIssuedOn, LocalDate certificateExpiresOn,
                            String certificateStatus, LocalDate certificateDestroyedOn, String certificateCancelReason,
                            String dismissalGround, String dismissalReason, LocalDate dismissedOn, String notifiedUnits,
                            int version) {

    public String kindLabel() {
        return "PART_TIME".equals(kind) ? "兼职" : "专职";
    }

    public String statusLabel() {
        return switch (status) {
            case "ACTIVE" -> "在聘";
            case "DISMISSED" -> "已解聘";
            case "ENDED" -> "聘期届满";
            default -> status;
        };
    }

    /** TI-14: as shown on {@code day} — an appointment still marked 在聘 whose term has ended reads 聘期届满. */
    public String statusLabelOn(LocalDate day) {
        return active() && termEndedOn(day) ? "聘期届满" : statusLabel();
    }

    /** In post on {@code day}: appointed and within the term (TI-14). */
    public boolean activeOn(LocalDate day) {
        return active() && !termEndedOn(day);
    }

    public String certificateLabel() {
        return switch (certificateStatus) {
            case "VALID" -> "有效";
            case "CANCELLED" -> "已注销";
            default -> "未发证";
        };
    }

    public String contractKindLabel() {
        return switch (contractKind) {
            case "LABOUR" -> "劳动合同";
            case "SERVICE" -> "劳务合同";
            default -> "其他方式";
        };
    }

    public String specialtyLabel() {
        return specialty == null ? "" : Specialty.valueOf(specialty).getLabel();
    }

    public String dismissalGroundLabel() {
        return dismissalGround == null ? "" : DismissalGround.valueOf(dismissalGround).getLabel();
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** TI-11/TI-14: a valid certificate on {@code day}, never beyond the term (whatever date the card bears). */
    public boolean certifiedOn(LocalDate day) {
        return "VALID".equals(certificateStatus) && certificateIssuedOn != null && !day.isBefore(certificateIssuedOn)
                && certificateExpiresOn != null && !day.isAfter(certificateExpiresOn) && !termEndedOn(day);
    }

    /** TI-14: from the day after the term's last day the inspector no longer assists nor is called up. */
    public boolean termEndedOn(LocalDate day) {
        return termEnd != null && day.isAfter(termEnd);
    }
}
