package cn.anjian.mines.web;

import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the commissioner's own pages (leave, work report) and the integrity card's phone. */
final class MobileForms {

    private MobileForms() {
    }

    record LeaveForm(@NotBlank(message = "请填写开始日期") @DateText String startsOn,
                     @NotBlank(message = "请填写结束日期") @DateText String endsOn,
                     @NotBlank(message = "请填写请假事由") @Size(max = 500) String reason,
                     @NotBlank(message = "请选择代岗监管专员") @Pattern(regexp = "\\d{1,18}", message = "请选择代岗监管专员") String substituteId) {

        static LeaveForm blank() {
            return new LeaveForm("", "", "", "");
        }

        static PageRefusal fields(PageRefusal r) {
            return r.field("MW-11-DATES", "startsOn").field("MW-11-OVERLAP", "startsOn").field("MW-11-REASON", "reason")
                    .field("MW-11-SUBSTITUTE", "substituteId");
        }
    }

    record ReportForm(@Size(max = 4000) String accidents, @Size(max = 4000) String implementation,
                      @Size(max = 4000) String discipline, @Size(max = 4000) String problems,
                      @Size(max = 4000) String otherMatters) {
    }

    record PhoneForm(@NotBlank(message = "请填写监督电话") @Size(max = 30) String phone) {
    }
}
