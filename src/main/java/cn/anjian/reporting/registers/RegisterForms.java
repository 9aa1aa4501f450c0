package cn.anjian.reporting.registers;

import cn.anjian.kernel.DateText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The register forms, fields as typed (converted after binding, so every error shows at once). */
final class RegisterForms {

    private RegisterForms() {
    }

    record ActivityForm(@NotBlank(message = "请选择") String kind, @NotBlank @DateText String heldOn,
                        @NotBlank @Pattern(regexp = "\\s*\\d{1,8}\\s*", message = "须为正整数") String quantity,
                        @NotBlank @Size(max = 200) String place, @Size(max = 200) String theme,
                        @NotBlank @Size(max = 50) String reporter, @NotBlank @Size(max = 200) String source) {
        static ActivityForm blank() {
            return new ActivityForm(null, null, null, null, null, null, null);
        }
    }

    record DocumentForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100) String docNumber,
                        @NotBlank @Size(max = 200) String issuingUnit, @NotBlank @DateText String issuedOn,
                        @NotBlank @DateText String effectiveOn, String reviewed, @DateText String reviewedOn,
                        @NotBlank(message = "请选择") String status) {
        static DocumentForm blank() {
            return new DocumentForm(null, null, null, null, null, null, null, "IN_FORCE");
        }
    }
}
