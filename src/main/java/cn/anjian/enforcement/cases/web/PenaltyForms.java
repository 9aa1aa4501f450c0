package cn.anjian.enforcement.cases.web;

import cn.anjian.enforcement.cases.PenaltyInputs;
import cn.anjian.enforcement.cases.ServiceMethod;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The forms of the case page's "处罚告知、陈述申辩与听证" and "办案期限" sections (CASE-12, CASE-13): text as typed,
 * shapes checked by the constraints, the rules (periods, states, amounts) the domain's.
 */
final class PenaltyForms {

    private PenaltyForms() {
    }

    static ServiceMethod serviceMethod(String v) {
        return CaseForms.choice(ServiceMethod.class, v, "CASE-SERVE-METHOD", "送达方式");
    }

    record NoticeForm(@NotBlank @Size(max = 2000) String facts,
                      @NotBlank @Size(max = 2000) String basis,
                      @Pattern(regexp = CaseForms.AMOUNT, message = CaseForms.AMOUNT_MESSAGE) String fineYuan,
                      @Pattern(regexp = CaseForms.AMOUNT, message = CaseForms.AMOUNT_MESSAGE) String confiscationYuan,
                      @Size(max = 6000) String measures,
                      @NotBlank(message = "请选择送达方式") String method,
                      @NotBlank @Size(max = 200) String recipient,
                      @DateText String servedOn) {

        static NoticeForm blank() {
            return new NoticeForm(null, null, null, null, null, "DIRECT", null, null);
        }

        PenaltyInputs.Notice toInput() {
            return new PenaltyInputs.Notice(facts, basis, CaseForms.amount(fineYuan, "拟罚款金额"),
                    CaseForms.amount(confiscationYuan, "拟没收金额"), CaseForms.lines(measures), serviceMethod(method), recipient,
                    Params.date("送达日期", servedOn));
        }

        static void fields(PageRefusal r) {
            r.field("CASE-12-EMPTY", "measures").field("CASE-AMOUNT", "fineYuan").field("CASE-SERVE-METHOD", "method")
                    .field("CASE-12-SERVED-ON", "servedOn");
        }
    }

    record StatementForm(String waived, @Size(max = 2000) String text, @NotBlank @DateText String on) {

        static StatementForm blank() {
            return new StatementForm(null, null, null);
        }

        PenaltyInputs.Statement toInput() {
            return new PenaltyInputs.Statement("true".equals(waived), text, Params.date("日期", on));
        }

        static void fields(PageRefusal r) {
            r.field("CASE-12-STATEMENT", "text").field("CASE-12-DATE", "on");
        }
    }

    record AnswerForm(@NotBlank @Size(max = 2000) String answer) {

        static AnswerForm blank() {
            return new AnswerForm(null);
        }
    }

    record HearingRequestForm(@NotBlank @DateText String requestedOn) {

        static HearingRequestForm blank() {
            return new HearingRequestForm(null);
        }

        static void fields(PageRefusal r) {
            r.field("CASE-12-HEARING-LATE", "requestedOn").field("CASE-12-DATE", "requestedOn");
        }
    }

    record HearingNoticeForm(@NotBlank @DateText String hearingDate,
                             @NotBlank @Size(max = 300) String place,
                             @NotBlank @Size(max = 100) String presider,
                             @NotBlank(message = "请选择送达方式") String method,
                             @NotBlank @Size(max = 200) String recipient,
                             @DateText String servedOn) {

        static HearingNoticeForm blank() {
            return new HearingNoticeForm(null, null, null, "DIRECT", null, null);
        }

        PenaltyInputs.HearingNotice toInput() {
            return new PenaltyInputs.HearingNotice(Params.date("听证日期", hearingDate), place, presider, serviceMethod(method),
                    recipient, Params.date("送达日期", servedOn));
        }

        static void fields(PageRefusal r) {
            r.field("CASE-12-HEARING-NOTICE", "hearingDate").field("CASE-SERVE-METHOD", "method")
                    .field("CASE-12-SERVED-ON", "servedOn");
        }
    }

    record HearingRecordForm(@NotBlank @DateText String heldOn, @NotBlank @Size(max = 2000) String record) {

        static HearingRecordForm blank() {
            return new HearingRecordForm(null, null);
        }

        PenaltyInputs.HearingRecord toInput() {
            return new PenaltyInputs.HearingRecord(Params.date("听证举行日期", heldOn), record);
        }

        static void fields(PageRefusal r) {
            r.field("CASE-12-DATE", "heldOn");
        }
    }

    record HearingReportForm(@NotBlank @Size(max = 2000) String summary, @NotBlank @Size(max = 2000) String opinion) {

        static HearingReportForm blank() {
            return new HearingReportForm(null, null);
        }
    }

    record ExtensionForm(@NotBlank @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "须为 1 至 365 的天数") String extraDays,
                         @NotBlank @Size(max = 2000) String reason) {

        static ExtensionForm blank() {
            return new ExtensionForm(null, null);
        }

        int days() {
            return Integer.parseInt(extraDays.strip());
        }

        static void fields(PageRefusal r) {
            r.field("CASE-13-DAYS", "extraDays").field("CASE-13-REASON", "reason");
        }
    }
}
