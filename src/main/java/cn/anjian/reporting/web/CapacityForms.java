package cn.anjian.reporting.web;

import cn.anjian.kernel.DateText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The capacity record forms (CAP-01..05, CAP-09), fields as typed so every error shows at once, inline, next to its
 * field (conventions "Web kit"); the domain's refusals that belong to one field are mapped to it by the controllers.
 */
final class CapacityForms {

    static final String YEAR = "\\s*\\d{4}\\s*";
    static final String AMOUNT = "\\s*\\d{1,12}(\\.\\d{1,2})?\\s*";

    private CapacityForms() {
    }

    record BodyForm(@NotBlank(message = "请选择") String jurisdictionId, @NotBlank(message = "请选择") String kind,
                    @NotBlank @Size(max = 100) String name, String keyIndustry) {
        static BodyForm blank() {
            return new BodyForm(null, null, null, null);
        }
    }

    record MemberForm(@NotBlank(message = "请选择") String role, @NotBlank @Size(max = 50) String name, @Size(max = 100) String position,
                      String emBackground, @Size(max = 500) String background) {
        static MemberForm blank() {
            return new MemberForm(null, null, null, null, null);
        }
    }

    record FundingForm(@NotBlank @Pattern(regexp = YEAR, message = "须为四位数字的年份") String year,
                       @NotBlank @Pattern(regexp = AMOUNT, message = "须为金额（元），最多两位小数") String amount,
                       @Size(max = 200) String source) {
    }

    record OfficerForm(@NotBlank @Size(max = 50) String officerName, @Size(max = 50) String certificateNumber,
                       String relevantEducation, String relevantQualification, String relevantExperience,
                       String mobileTerminal, String bodyRecorder, String protectiveEquipment) {
        static OfficerForm blank() {
            return new OfficerForm(null, null, null, null, null, null, null, null);
        }
    }

    record WorkstationForm(@NotBlank @Size(max = 200) String location, @NotBlank @DateText String installedOn) {
        static WorkstationForm blank() {
            return new WorkstationForm(null, null);
        }
    }

    record VetoForm(@NotBlank(message = "请选择") String jurisdictionId, @NotBlank @Size(max = 200) String unitName,
                    @NotBlank @Pattern(regexp = YEAR, message = "须为四位数字的年份") String year, @NotBlank @DateText String decidedOn,
                    @NotBlank @Size(max = 1000) String reason, @NotBlank @Size(max = 1000) String persons) {
        static VetoForm blank() {
            return new VetoForm(null, null, null, null, null, null);
        }
    }
}
