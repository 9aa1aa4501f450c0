package cn.anjian.experts.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;

/** The annex-2 form on the portal, fields as typed (a conversion failure would hide the other errors). */
record ApplicationForm(String portal,
                       @NotBlank(message = "请选择申报方式") String source,
                       @Size(max = 200) String recommender,
                       @NotBlank(message = "请选择申报专家类别") String level,
                       @NotBlank @Size(max = 50) String name,
                       @NotBlank(message = "请选择性别") String gender,
                       @NotBlank @DateText String birthDate,
                       @NotBlank @Size(max = 18) String idCard,
                       @NotBlank @Size(max = 20) String phone,
                       @Size(max = 100) String email,
                       @NotBlank(message = "请选择在岗情况") String employment,
                       @NotBlank @Size(max = 200) String employerName,
                       @Size(max = 200) String employerAddress,
                       @Size(max = 100) String department,
                       @NotBlank @Size(max = 60) String title,
                       @NotBlank(message = "请选择职称等级") String titleGrade,
                       @NotBlank(message = "请选择职业资格") String qualification,
                       @Size(max = 100) String school,
                       @Size(max = 40) String education,
                       @Size(max = 100) String major,
                       @NotBlank @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "须为 0–60 的整数") String yearsExperience,
                       @Pattern(regexp = "\\s*\\d{0,2}\\s*", message = "须为 0–60 的整数") String keyIndustryYears,
                       String legalPractice, String healthy, String cleanRecord,
                       @NotBlank(message = "请选择行业领域") String fieldCode,
                       List<String> subCodes,
                       @NotBlank @Size(max = 4000) String workHistory,
                       @Size(max = 4000) String publications,
                       @Size(max = 4000) String awards,
                       @Size(max = 4000) String achievements,
                       String commitDiscipline, String commitEthics, String commitService, String commitIntegrity,
                       @NotBlank(message = "请填写验证码答案") @Size(max = 10) String captcha) {

    static ApplicationForm blank(String portal) {
        return new ApplicationForm(portal, "SELF", null, null, null, null, null, null, null, null, "ON_DUTY", null, null,
                null, null, null, "NONE", null, null, null, null, "0", null, null, null, null, List.of(), null, null, null,
                null, null, null, null, null, null);
    }

    private static boolean on(String v) {
        return "true".equals(v) || "on".equals(v);
    }

    NewApplication application() {
        return new NewApplication(
                Params.requiredChoice("EXP-SOURCE", ApplicationSource.class, "申报方式", source, ApplicationSource::label),
                recommender,
                Params.requiredChoice("EXP-LEVEL", ApplicationLevel.class, "申报专家类别", level, ApplicationLevel::label),
                name, Params.requiredChoice("EXP-GENDER", Gender.class, "性别", gender, Gender::label),
                Params.date("出生年月", birthDate), idCard, phone, email,
                Params.requiredChoice("EXP-EMPLOYMENT", Employment.class, "在岗情况", employment, Employment::label),
                employerName, employerAddress, department, title,
                Params.requiredChoice("EXP-GRADE", TitleGrade.class, "职称等级", titleGrade, TitleGrade::label),
                Params.requiredChoice("EXP-QUALIFICATION", Qualification.class, "职业资格", qualification, Qualification::label),
                school, education, major, Integer.parseInt(yearsExperience.strip()),
                keyIndustryYears == null || keyIndustryYears.isBlank() ? 0 : Integer.parseInt(keyIndustryYears.strip()),
                on(legalPractice), on(healthy), on(cleanRecord), fieldCode, subCodes, workHistory, publications, awards,
                achievements, on(commitDiscipline), on(commitEthics), on(commitService), on(commitIntegrity));
    }

    /** Refusals of the domain that belong to one field show next to it. */
    static void fields(PageRefusal refusal) {
        refusal.field("EXP-04-COMMITMENT", "commitIntegrity").field("EXP-04-RECOMMENDER", "recommender")
                .field("EXP-PHONE", "phone").field("EXP-BIRTH", "birthDate").field("EXP-SUB", "subCodes")
                .field("EXP-YEARS", "yearsExperience").field("EXP-ATTACHMENT", "workHistory")
                .field("PERSON-ID-CARD", "idCard");
    }
}
