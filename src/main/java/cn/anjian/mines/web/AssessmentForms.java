package cn.anjian.mines.web;

import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the assessment pages (fields as text: every error shows at once, inline). */
final class AssessmentForms {

    private AssessmentForms() {
    }

    /** A yes/no select: blank → null (the domain says which are required for the fact's kind). */
    static Boolean yesNo(String label, String v) {
        return v == null || v.isBlank() ? null : Params.flag(label, v);
    }

    record FactForm(@NotBlank(message = "请选择") String kind, @Size(max = 50) String commissionerName,
                    @Size(max = 200) String mineName, @NotBlank @DateText String occurredOn,
                    @NotBlank @Size(max = 1000) String title, String level, String accidentKind, String liability,
                    String dutiesFulfilled, String obeyed, String completed) {

        static FactForm blank() {
            return new FactForm("", "", "", "", "", "", "", "", "", "", "");
        }

        static void fields(PageRefusal r) {
            r.field("MA-FACT-COMMISSIONER", "commissionerName").field("MA-FACT-MINE", "mineName")
                    .field("MA-FACT-DATE", "occurredOn").field("MA-FACT-TITLE", "title").field("MA-FACT-ACCIDENT", "level")
                    .field("MA-FACT-TASK", "obeyed");
        }
    }

    record OverrideForm(@NotBlank(message = "请选择") String grade, @NotBlank @Size(max = 1000) String reason) {
        static OverrideForm blank() {
            return new OverrideForm("", "");
        }
    }

    record ExemptionForm(@NotBlank(message = "请选择") String checkRef, @NotBlank(message = "请选择") String ground,
                         @NotBlank @Size(max = 1000) String note) {
        static ExemptionForm blank() {
            return new ExemptionForm("", "", "");
        }
    }

    record InvestigationForm(@NotBlank(message = "请选择") String ground, @NotBlank @Size(max = 2000) String facts,
                             String higherLevel, @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "请选择矿山") String mineId) {
        static InvestigationForm blank() {
            return new InvestigationForm("", "", "", "");
        }
    }

    /** 从专家库抽取 for an investigation: the pool's field and how many (EXP-07). */
    record ExpertDrawForm(@NotBlank(message = "请选择行业领域") String field,
                          @NotBlank(message = "请填写抽取人数") @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "须为 1–20 的整数") String count) {
        static ExpertDrawForm blank() {
            return new ExpertDrawForm("", "2");
        }
    }

    /** 指定 an expert of the pool by name (EXP-08 checked by the pool). */
    record ExpertPickForm(@NotBlank(message = "请填写专家姓名") @Size(max = 50) String name) {
        static ExpertPickForm blank() {
            return new ExpertPickForm("");
        }
    }

    /** {@code investigationId}: optional, the investigation this decision concludes (MA-10/MA-11). */
    record DecisionForm(@NotBlank(message = "请选择") String measure, @NotBlank @Size(max = 2000) String reason,
                        @NotBlank @DateText String issuedOn, @NotBlank @DateText String receivedOn,
                        @Size(max = 19) String investigationId) {
        static DecisionForm blank() {
            return new DecisionForm("", "", "", "", "");
        }
    }

    record AppealForm(@NotBlank @DateText String filedOn, @NotBlank @Size(max = 2000) String text) {
    }

    record AppealDecisionForm(@NotBlank(message = "请选择") String upheld, @NotBlank @Size(max = 2000) String text) {
    }
}
