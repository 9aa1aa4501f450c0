package cn.anjian.personnel.inspectors;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.kernel.DateText;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.TitleLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The inspector pages' forms, fields as typed (a conversion failure while binding would hide the other errors):
 * presence, length and format are constraints shown next to each field; the rules (TI-01 to TI-08, ranges, the
 * ID card's checksum) stay the domain's, identical on page and API.
 */
final class InspectorForms {

    static final String ID = "\\s*\\d{0,18}\\s*";
    static final String ID_MESSAGE = "须为数字编号";
    static final String INTEGER = "\\s*\\d{0,9}\\s*";
    static final String INTEGER_MESSAGE = "须为整数";
    static final String DECIMAL = "\\s*(\\d{1,9}(\\.\\d{1,9})?)?\\s*";
    static final String DECIMAL_MESSAGE = "须为数字（如 0.60）";
    static final int TEXT = InspectorRules.MAX_TEXT;

    private InspectorForms() {
    }

    /** TI-08: hiring one inspector with the contract (full-time from a campaign's applicant, part-time recommended). */
    record AppointmentForm(Boolean partTime, @Pattern(regexp = ID, message = ID_MESSAGE) String personId,
                           @Pattern(regexp = ID, message = ID_MESSAGE) String campaignId,
                           @Pattern(regexp = ID, message = ID_MESSAGE) String applicantId,
                           @Size(max = 200) String recommendingBody, String specialty,
                           @NotBlank(message = "请选择合同形式") String contractKind, @NotBlank @Size(max = TEXT) String duties,
                           @NotBlank @Size(max = TEXT) String rights, @NotBlank @Size(max = 500) String pay,
                           @NotBlank @Size(max = TEXT) String termination, @NotBlank @DateText String termStart,
                           @DateText String termEnd, @Pattern(regexp = ID, message = ID_MESSAGE) String planId) {

        /** The form as the link from a campaign's applicant opens it, starting today. */
        static AppointmentForm start(String campaignId, String applicantId, LocalDate today) {
            return new AppointmentForm(false, null, campaignId, applicantId, null, null, ContractKind.LABOUR.name(), null, null,
                    null, null, today.toString(), null, null);
        }

        Appointment appointment() {
            return new Appointment(Params.optionalId("人员", personId), Boolean.TRUE.equals(partTime),
                    Params.optionalId("招聘活动", campaignId), Params.optionalId("拟聘人员", applicantId), recommendingBody,
                    Params.enumValue(Specialty.class, "专业", specialty), contractKind, duties, rights, pay, termination,
                    Params.date("聘用起始日期", termStart), Params.date("聘用截止日期", termEnd),
                    Params.optionalId("聘用计划", planId));
        }
    }

    /** TI-01/TI-02: a hiring plan's draft. */
    record PlanForm(@NotBlank @Size(max = 100) String title,
                    @NotBlank @Pattern(regexp = "\\s*\\d{4}\\s*", message = "须为四位数字的年份") String year,
                    @NotBlank @Pattern(regexp = INTEGER, message = INTEGER_MESSAGE) String fullTimeCount,
                    @NotBlank @Pattern(regexp = INTEGER, message = INTEGER_MESSAGE) String partTimeCount, List<String> specialties,
                    @NotBlank(message = "请选择聘用方式") String hiringMethod,
                    @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String writtenWeight,
                    @NotBlank @Pattern(regexp = INTEGER, message = INTEGER_MESSAGE) String termMonths,
                    @NotBlank @Size(max = TEXT) String trainingAssessment, @NotBlank @Size(max = TEXT) String funding,
                    @NotBlank @Size(max = TEXT) String riskProfile,
                    @NotBlank @Pattern(regexp = INTEGER, message = INTEGER_MESSAGE) String enterpriseCount,
                    @NotBlank @Size(max = TEXT) String keyEnterpriseTypes, @NotBlank @Size(max = TEXT) String difficulty,
                    @NotBlank @Size(max = TEXT) String capacity) {

        static PlanForm start(int year) {
            return new PlanForm(null, String.valueOf(year), null, null, List.of(), HiringMethod.EXAM.name(), "0.60", "36",
                    null, null, null, null, null, null, null);
        }

        PlanContent content() {
            Set<Specialty> chosen = specialties == null ? Set.of() : specialties.stream()
                    .map(s -> Params.enumValue(Specialty.class, "专业", s)).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Specialty.class)));
            return new PlanContent(title, Params.optionalInteger("年度", year), Params.optionalInteger("专职人数", fullTimeCount),
                    Params.optionalInteger("兼职人数", partTimeCount), chosen,
                    Params.enumValue(HiringMethod.class, "聘用方式", hiringMethod), Params.optionalInteger("聘用期限", termMonths),
                    trainingAssessment, funding, Params.decimal("笔试占比", writtenWeight), riskProfile,
                    Params.optionalInteger("企业数量", enterpriseCount), keyEnterpriseTypes, difficulty, capacity);
        }
    }

    /** TI-03: a recruitment campaign on an approved plan, with what its public notice states. */
    record CampaignForm(@NotBlank(message = "请选择聘用计划") @Pattern(regexp = ID, message = ID_MESSAGE) String planId,
                        @NotBlank @Size(max = 100) String title, @NotBlank @Size(max = TEXT) String positions,
                        @NotBlank @Size(max = TEXT) String requirements, @NotBlank(message = "请选择聘用方式") String hiringMethod,
                        @NotBlank @Size(max = TEXT) String schedule,
                        @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String writtenWeight) {

        static CampaignForm start() {
            return new CampaignForm(null, null, null, null, null, HiringMethod.EXAM.name(), null);
        }

        Campaigns.NewCampaign campaign() {
            return new Campaigns.NewCampaign(Params.optionalId("聘用计划", planId), title, positions, requirements,
                    Params.enumValue(HiringMethod.class, "聘用方式", hiringMethod), schedule, Params.decimal("笔试占比", writtenWeight));
        }
    }

    /** TI-05/TI-06: an applicant's registration, reviewed for eligibility on the spot. */
    record ApplicantForm(@NotBlank @Size(max = 50) String name,
                         @Pattern(regexp = "\\s*(\\d{17}[\\dXx])?\\s*", message = "应为 18 位公民身份号码") String idCard,
                         @NotBlank(message = "请选择学历") String education, String titleLevel,
                         @Pattern(regexp = "\\s*[1-5]?\\s*", message = "须为 1 到 5 之间的整数") String vocationalLevel,
                         @NotBlank @Pattern(regexp = INTEGER, message = INTEGER_MESSAGE) String experienceYears,
                         Boolean safetyRelatedMajor, Boolean titleRelevant, Boolean qualificationRelevant,
                         Boolean registeredSafetyEngineer, Boolean retired, Boolean lawAbiding, Boolean fitForPost,
                         Boolean otherRequirementsMet, String expertId) {

        static ApplicantForm start() {
            return new ApplicantForm(null, null, null, TitleLevel.NONE.name(), null, null, false, true, true,
                    false, false, true, true, true, null);
        }

        Application application() {
            TitleLevel title = Params.enumValue(TitleLevel.class, "职称", titleLevel);
            return new Application(Params.enumValue(Education.class, "学历", education), on(safetyRelatedMajor),
                    title == null ? TitleLevel.NONE : title, on(titleRelevant),
                    Params.optionalInteger("职业资格等级", vocationalLevel), on(qualificationRelevant), on(registeredSafetyEngineer),
                    Params.optionalInteger("工作年限", experienceYears), on(retired), on(lawAbiding), on(fitForPost),
                    on(otherRequirementsMet));
        }

        private static boolean on(Boolean b) {
            return Boolean.TRUE.equals(b);
        }
    }

    /** TI-11/TI-12: a training of the inspector's file. */
    record TrainingForm(@NotBlank(message = "请选择培训类别") String kind, @NotBlank @Size(max = 200) String course,
                        @NotBlank @Pattern(regexp = INTEGER, message = INTEGER_MESSAGE) String hours,
                        @NotBlank @DateText String endedOn) {

        static TrainingForm start() {
            return new TrainingForm(InspectorTrainingKind.PRE_JOB.name(), null, null, null);
        }
    }

    /** TI-18/TI-19: a misconduct, insurance, commendation or threat record of the inspector's file. */
    record RecordForm(@NotBlank(message = "请选择类别") String category, @Size(max = 50) String kind,
                      @NotBlank @DateText String occurredOn, @DateText String untilOn, String handling,
                      @NotBlank @Size(max = TEXT) String description, @Size(max = TEXT) String response) {

        static RecordForm start() {
            return new RecordForm("MISCONDUCT", null, null, null, null, null, null);
        }
    }

    /** TI-21: a special or annual assessment with its result. */
    record AssessmentForm(@NotBlank(message = "请选择考核类别") String kind, @NotBlank @Size(max = 200) String title,
                          @NotBlank @DateText String assessedOn, @NotBlank(message = "请选择考核结果") String result,
                          @Size(max = TEXT) String remarks) {

        static AssessmentForm start() {
            return new AssessmentForm(Assessments.Kind.ANNUAL.name(), null, null, Assessments.Result.COMPETENT.name(), null);
        }
    }
}
