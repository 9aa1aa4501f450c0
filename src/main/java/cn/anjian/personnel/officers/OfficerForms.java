package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.util.List;

import cn.anjian.kernel.DateText;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.PostStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The officer pages' forms, fields as typed (a conversion failure while binding would hide the other errors):
 * presence, length and format are constraints shown next to each field; the rules (hours, dates, the ID card's
 * checksum, OFF-01) stay the domain's, identical on page, API and import.
 */
final class OfficerForms {

    static final String DECIMAL = "\\s*\\d{1,9}(\\.\\d{1,9})?\\s*";
    static final String DECIMAL_MESSAGE = "须为数字（如 8 或 1.5）";

    private OfficerForms() {
    }

    /** Registering an officer: the person recorded under the ID card, or a new one, and the officer role. */
    record NewOfficerForm(@NotBlank @Size(max = 50) String name,
                          @NotBlank @Pattern(regexp = "\\s*\\d{17}[\\dXx]\\s*", message = "应为 18 位公民身份号码") String idCard,
                          @Pattern(regexp = "\\s*([0-9+\\- ]{5,20})?\\s*", message = "只能包含数字、空格、+ 和 -，5 到 20 位")
                          String phone,
                          String education, @Size(max = 100) String major, String unitId, @DateText String hiredOn,
                          String post, @DateText String postSince) {

        static NewOfficerForm empty() {
            return new NewOfficerForm(null, null, null, null, null, null, null, PostStatus.OFF_POST.name(), null);
        }

        NewPerson person() {
            return new NewPerson(name, null, idCard, phone, Params.enumValue(Education.class, "学历", education), major,
                    false, false, 0, false, null, List.of(), List.of());
        }

        NewOfficer officer() {
            return new NewOfficer(Params.optionalId("内设机构", unitId), Params.date("入职日期", hiredOn),
                    Params.enumValue(PostStatus.class, "岗位状态", post), Params.date("岗位变动日期", postSince));
        }
    }

    /** A training of the officer page. */
    record TrainingForm(@NotBlank @Size(max = 100) String course, @NotBlank String kind,
                        @NotBlank @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String classHours,
                        @NotBlank @DateText String startDate, @NotBlank @DateText String endDate, Boolean centralised,
                        String examResult, @DateText String examDate,
                        @Pattern(regexp = "\\s*(\\d{1,3}(\\.\\d)?)?\\s*", message = "须为 0 到 100 的数字，最多 1 位小数")
                        String examScore, String attendance) {

        static TrainingForm empty() {
            return new TrainingForm(null, TrainingKind.PRE_JOB.name(), null, null, null, true, ExamResult.NONE.name(), null,
                    null, Attendance.PRESENT.name());
        }

        NewTraining training() {
            return new NewTraining(course, Params.enumValue(TrainingKind.class, "培训类别", kind),
                    new BigDecimal(classHours.strip()), Params.date("开始日期", startDate), Params.date("结束日期", endDate),
                    Boolean.TRUE.equals(centralised), Params.enumValue(ExamResult.class, "考试结果", examResult),
                    Params.date("考试日期", examDate),
                    examScore == null || examScore.isBlank() ? null : new BigDecimal(examScore.strip()),
                    Params.enumValue(Attendance.class, "出勤情况", attendance));
        }
    }

    /** A certificate of the officer page. */
    record CertificateForm(@NotBlank @Size(max = 40) String number, @NotBlank String kind,
                           @NotBlank @Size(max = 100) String issuer, @NotBlank @DateText String validFrom,
                           @NotBlank @DateText String validTo) {

        static CertificateForm empty() {
            return new CertificateForm(null, CertificateKind.ENFORCEMENT.name(), "山西省人民政府", null, null);
        }

        NewCertificate certificate() {
            return new NewCertificate(number, Params.enumValue(CertificateKind.class, "证件类别", kind), issuer,
                    Params.date("有效期起", validFrom), Params.date("有效期止", validTo));
        }
    }
}
