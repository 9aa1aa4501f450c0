package cn.anjian.experts.dispatches;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;

/** The dispatch approval form (annex 4) as typed; every field text, so every error shows at once. */
record DispatchForm(@NotBlank(message = "请选择选取方式") String source,
                    @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "请从列表中选择") String drawId,
                    @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "请从列表中选择专家") String expertId,
                    @Size(max = 50) String outsideName, @Size(max = 60) String outsideTitle, String outsideGrade,
                    @Size(max = 200) String outsideEmployer,
                    @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "请从列表中选择") String applicationId,
                    @NotBlank(message = "请填写任务名称") @Size(max = 200) String task,
                    @NotBlank(message = "请填写任务内容") @Size(max = 2000) String content,
                    @NotBlank(message = "请填写任务地点") @Size(max = 200) String place,
                    @NotBlank(message = "请填写开始日期") @DateText String taskStart,
                    @NotBlank(message = "请填写结束日期") @DateText String taskEnd,
                    @Size(max = 18) String targetCreditCode, String paid,
                    @Pattern(regexp = "\\s*(\\d{1,7}(\\.\\d{1,2})?)?\\s*", message = "须为金额（元，最多两位小数）") String fee) {

    static DispatchForm blank(Long drawId) {
        return new DispatchForm(drawId == null ? "MANUAL" : "DRAW", drawId == null ? "" : drawId.toString(), "", "", "", "", "",
                "", "", "", "", "", "", "", "", "");
    }

    public boolean paidFlag() {
        return "true".equals(paid) || "on".equals(paid);
    }

    NewDispatch toNew(Long enterpriseId) {
        return new NewDispatch(source, id(drawId), id(expertId), outsideName, outsideTitle, blankToNull(outsideGrade),
                outsideEmployer, id(applicationId), task, content, place, taskStart, taskEnd, enterpriseId, paidFlag(), fee);
    }

    static Long id(String v) {
        return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    /** Where the domain's refusals show on this form. */
    static PageRefusal fields(PageRefusal r) {
        return r.field("EXP-TASK", "task").field("EXP-CONTENT", "content").field("EXP-PLACE", "place")
                .field("EXP-START", "taskStart").field("EXP-END", "taskEnd").field("BAD-DATE", "taskStart")
                .field("EXP-FEE", "fee").field("EXP-16", "fee").field("BAD-NUMBER", "fee")
                .field("EXP-EXPERT", "expertId").field("EXP-08", "expertId").field("EXP-09", "expertId")
                .field("EXP-DRAW", "drawId").field("EXP-SOURCE", "source").field("EXP-10", "outsideGrade")
                .field("EXP-OUTSIDE-NAME", "outsideName").field("EXP-OUTSIDE-TITLE", "outsideTitle")
                .field("EXP-OUTSIDE-EMPLOYER", "outsideEmployer").field("EXP-12", "applicationId")
                .field("EXP-TARGET", "targetCreditCode");
    }
}
