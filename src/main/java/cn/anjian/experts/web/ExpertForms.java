package cn.anjian.experts.web;

import java.util.List;

import cn.anjian.experts.pool.ExpertDetails;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The roster forms (EXP-01, EXP-02, EXP-08): fields as typed, so every error shows at once next to its field. */
final class ExpertForms {

    private ExpertForms() {
    }

    /** Admit (every field required) or edit (ID card and phone left blank stay as they are). */
    record ExpertForm(@NotBlank @Size(max = 50) String name, @Size(max = 18) String idCard, @Size(max = 20) String phone,
                      @NotBlank @Size(max = 60) String title, @NotBlank String level, @NotBlank @Size(max = 200) String employerName,
                      @NotBlank String field, @NotEmpty(message = "请至少选择一个专业小类") List<String> subCodes) {

        static ExpertForm blank() {
            return new ExpertForm("", "", "", "", "", "", "", List.of());
        }

        static ExpertForm of(ExpertDetails.Detail d) {
            return new ExpertForm(d.name(), "", "", d.title(), d.level().name(), d.employer(), d.fieldCode(), d.subCodes());
        }

        NewExpert expert() {
            return new NewExpert(name, idCard, phone, title, Params.choice("EXP-LEVEL", ExpertLevel.class, "专家级别", level,
                    ExpertLevel::label), employerName, null, field, subCodes, null, null);
        }

        static void fields(PageRefusal refusal) {
            refusal.field("EXP-NAME", "name").field("PERSON-ID-CARD", "idCard").field("EXP-PHONE", "phone").field("EXP-TITLE", "title")
                    .field("EXP-LEVEL", "level").field("EXP-EMPLOYER", "employerName").field("EXP-FIELD", "field")
                    .field("EXP-SUB", "subCodes").field("EXP-DUPLICATE", "idCard");
        }
    }

    /** EXP-08: a relation with an enterprise (by its unified social credit code). */
    record ConflictForm(@NotBlank(message = "请填写统一社会信用代码") @Size(max = 18) String creditCode,
                        @NotBlank @Size(max = 100) String relation, @NotBlank @DateText String from, @DateText String to) {

        static ConflictForm blank() {
            return new ConflictForm("", "", "", "");
        }
    }

    record RemoveForm(@NotBlank(message = "请填写出库原因") @Size(max = 200) String reason) {

        static RemoveForm blank() {
            return new RemoveForm("");
        }
    }

    /** EXP-17: the yearly evaluation with the unit's reasons. */
    record EvaluationForm(@NotBlank @jakarta.validation.constraints.Pattern(regexp = "\\s*\\d{4}\\s*", message = "须为四位数字的年份") String year,
                          @NotBlank String grade, @NotBlank @Size(max = 1000) String reason) {

        static EvaluationForm blank(int year) {
            return new EvaluationForm(String.valueOf(year), "", "");
        }
    }

    /** Seed 002 art. 21: a commendation. */
    record CommendationForm(@NotBlank @jakarta.validation.constraints.Pattern(regexp = "\\s*\\d{4}\\s*", message = "须为四位数字的年份") String year,
                            @NotBlank @Size(max = 500) String reason) {

        static CommendationForm blank(int year) {
            return new CommendationForm(String.valueOf(year), "");
        }
    }
}
