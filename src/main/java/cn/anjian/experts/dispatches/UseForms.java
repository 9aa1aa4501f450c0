package cn.anjian.experts.dispatches;

import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The expert-use forms (EXP-11, EXP-12, EXP-15, EXP-16): fields as typed, so every error shows at once next to its
 * field; the domain's refusals that belong to one field are declared in each {@code fields(refusal)}.
 */
final class UseForms {

    private static final String YEAR = "\\s*\\d{4}\\s*";
    private static final String YEAR_MESSAGE = "须为四位数字的年份";

    private UseForms() {
    }

    /** EXP-16: a unit's budget of a year. */
    record BudgetForm(@NotBlank(message = "请选择股室") String unitId,
                      @NotBlank @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
                      @NotBlank @Pattern(regexp = "\\s*\\d{1,9}(\\.\\d{1,2})?\\s*", message = "须为金额（元），最多两位小数") String amount) {

        static BudgetForm blank(int year) {
            return new BudgetForm("", String.valueOf(year), "");
        }

        static void fields(PageRefusal refusal) {
            refusal.field("EXP-BUDGET-UNIT", "unitId").field("EXP-BUDGET-YEAR", "year").field("EXP-BUDGET-AMOUNT", "amount")
                    .field("EXP-16", "amount");
        }
    }

    /** EXP-11: a relatively fixed expert for the unit. */
    record FixedForm(@NotBlank(message = "请选择专家") String expertId, @NotBlank @DateText String from,
                     @NotBlank @DateText String to, @NotBlank @Size(max = 500) String reason) {

        static FixedForm blank() {
            return new FixedForm("", "", "", "");
        }

        static void fields(PageRefusal refusal) {
            refusal.field("EXP-EXPERT", "expertId").field("EXP-08", "expertId").field("EXP-REASON", "reason")
                    .field("EXP-11", "to").field("EXP-END", "to");
        }
    }

    /** EXP-12: an outside unit's application (annex 5). */
    record ApplicationForm(@NotBlank @Size(max = 200) String applicant, @NotBlank @Size(max = 50) String contact,
                           @NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 200) String task,
                           @NotBlank @Size(max = 2000) String content, @NotBlank @Size(max = 200) String place,
                           @NotBlank @DateText String taskStart, @NotBlank @DateText String taskEnd,
                           @NotBlank(message = "请选择所需专业") String field,
                           @NotBlank @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "须为 1–20 的整数") String experts) {

        static ApplicationForm blank() {
            return new ApplicationForm("", "", "", "", "", "", "", "", "", "1");
        }

        static void fields(PageRefusal refusal) {
            refusal.field("EXP-APP-APPLICANT", "applicant").field("EXP-APP-CONTACT", "contact").field("EXP-APP-PHONE", "phone")
                    .field("EXP-TASK", "task").field("EXP-CONTENT", "content").field("EXP-PLACE", "place")
                    .field("EXP-END", "taskEnd").field("EXP-FIELD", "field");
        }
    }

    /** EXP-15: a dismissal on one of the grounds of art. 18, with the confidentiality notice (art. 15). */
    record DismissalForm(@NotBlank(message = "请选择专家") String expertId, @NotBlank(message = "请选择解聘情形") String ground,
                         @NotBlank @Size(max = 2000) String evidence, @NotBlank @DateText String confidentialityOn) {

        static DismissalForm blank() {
            return new DismissalForm("", "", "", "");
        }

        static void fields(PageRefusal refusal) {
            refusal.field("EXP-EXPERT", "expertId").field("EXP-GROUND", "ground").field("EXP-14", "ground")
                    .field("EXP-EVIDENCE", "evidence").field("EXP-15", "confidentialityOn").field("EXP-15-STATE", "expertId");
        }
    }
}
