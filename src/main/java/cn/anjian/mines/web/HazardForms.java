package cn.anjian.mines.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.anjian.kernel.PageRefusal;

/** The commissioner's forms for hazards (fields as typed; converted after the binding errors are shown). */
final class HazardForms {

    private HazardForms() {
    }

    record NewHazardForm(@NotBlank(message = "请选择矿山") @Pattern(regexp = "\\s*\\d{1,18}\\s*", message = "请选择矿山") String mineId,
                         @NotBlank(message = "请填写隐患描述") @Size(max = 2000) String description,
                         String major,
                         @Pattern(regexp = "\\s*(\\d{1,3})?\\s*", message = "须为 1–180 之间的整数") String days) {
        static NewHazardForm blank() {
            return new NewHazardForm("", "", null, "");
        }

        Integer daysValue() {
            return days == null || days.isBlank() ? null : Integer.valueOf(days.strip());
        }

        static void fields(PageRefusal refusal) {
            refusal.field("MW-06-DESCRIPTION", "description").field("MW-06-DAYS", "days").field("MW-MINE", "mineId")
                    .field("MW-NOT-SUPERVISED", "mineId");
        }
    }

    record NewStopForm(@NotBlank(message = "请选择矿山") @Pattern(regexp = "\\s*\\d{1,18}\\s*", message = "请选择矿山") String mineId,
                       @NotBlank(message = "请选择指令类别") String kind,
                       @NotBlank(message = "请填写事由") @Size(max = 2000) String reason,
                       @NotBlank(message = "请填写停止作业范围") @Size(max = 500) String scope,
                       @Pattern(regexp = "\\s*(\\d{1,6})?\\s*", message = "须为不小于 0 的整数") String peopleEvacuated) {
        static NewStopForm blank() {
            return new NewStopForm("", "", "", "", "0");
        }

        Integer people() {
            return peopleEvacuated == null || peopleEvacuated.isBlank() ? 0 : Integer.valueOf(peopleEvacuated.strip());
        }

        static void fields(PageRefusal refusal) {
            refusal.field("MW-12-REASON", "reason").field("MW-12-SCOPE", "scope").field("MW-12-EVACUATED", "peopleEvacuated")
                    .field("MW-12-KIND", "kind").field("MW-MINE", "mineId").field("MW-NOT-SUPERVISED", "mineId");
        }
    }

    record NewTipForm(@NotBlank(message = "请选择矿山") @Pattern(regexp = "\\s*\\d{1,18}\\s*", message = "请选择矿山") String mineId,
                      @NotBlank(message = "请选择线索来源") String source,
                      @NotBlank(message = "请选择反映情形") String kind,
                      @NotBlank(message = "请填写线索内容") @Size(max = 2000) String summary,
                      String immediate) {
        static NewTipForm blank() {
            return new NewTipForm("", "", "", "", null);
        }

        static void fields(PageRefusal refusal) {
            refusal.field("MW-08-SUMMARY", "summary").field("MW-08-KIND", "kind").field("MW-MINE", "mineId")
                    .field("MW-NOT-SUPERVISED", "mineId");
        }
    }
}
