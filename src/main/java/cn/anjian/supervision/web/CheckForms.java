package cn.anjian.supervision.web;

import java.util.List;

import cn.anjian.kernel.DateText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The forms of the supervision pages, fields as typed (converted after binding). */
final class CheckForms {

    private CheckForms() {
    }

    record CheckForm(@NotBlank(message = "请选择被检查单位") String checkedAgencyId, @Size(max = 100) String checkedUnit,
                     @NotBlank @Size(max = 200) String title, @NotBlank(message = "请选择") String timing,
                     @NotBlank(message = "请选择") String extent, @NotEmpty(message = "请至少选择一种检查方法") List<String> methods,
                     @NotBlank @DateText String periodFrom, @NotBlank @DateText String periodTo,
                     @NotBlank @Size(max = 400) String team) {
        static CheckForm blank() {
            return new CheckForm(null, null, null, "PERIODIC", "COMPREHENSIVE", List.of(), null, null, null);
        }
    }

    record FindingForm(@NotBlank(message = "请选择") String area, @NotBlank @Size(max = 2000) String description, String problem) {
        static FindingForm blank() {
            return new FindingForm(null, null, "true");
        }
    }

    record OrderForm(@NotBlank(message = "请选择") String findingId, @NotBlank(message = "请选择") String kind,
                     @NotBlank @Size(max = 2000) String requirement, @Size(max = 200) String caseNumber) {
        static OrderForm blank() {
            return new OrderForm(null, null, null, null);
        }
    }

    record ViolationForm(@NotBlank @Size(max = 50) String officerName, @Size(max = 50) String certificateNumber,
                         @NotBlank(message = "请选择") String kind, @NotBlank @DateText String occurredOn,
                         @NotBlank @Size(max = 2000) String facts, @NotBlank(message = "请选择") String handling,
                         @Size(max = 1000) String handlingNote, @NotBlank @DateText String handledOn) {
        static ViolationForm blank() {
            return new ViolationForm(null, null, null, null, null, null, null, null);
        }
    }

    record ToleranceForm(@NotBlank(message = "请选择") String kind, @NotBlank @Size(max = 50) String officerName,
                         @Size(max = 50) String certificateNumber, @NotBlank @Size(max = 2000) String matter,
                         @NotBlank(message = "请选择") String diligent, @NotBlank @Size(max = 1000) String diligentNote,
                         @NotBlank(message = "请选择") String lawful, @NotBlank @Size(max = 1000) String lawfulNote,
                         @NotBlank(message = "请选择") String noPrivateGain, @NotBlank @Size(max = 1000) String noPrivateGainNote,
                         @Size(max = 1000) String boundary, @Size(max = 1000) String duties, @Size(max = 1000) String accountability,
                         @NotBlank(message = "请选择") String requested) {
        static ToleranceForm blank() {
            return new ToleranceForm("FAULT_TOLERANCE", null, null, null, null, null, null, null, null, null, null, null, null, "EXEMPT");
        }
    }
}
