package cn.anjian.recording;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** REC-01 (art. 6, art. 8): kinds of text record. */
@Getter
@RequiredArgsConstructor
public enum TextKind {
    DECISION("行政执法决定书"),
    INVESTIGATION_DOCUMENT("执法文书（含调查取证文书）"),
    EXPERT_OPINION("鉴定意见、专家论证报告"),
    HEARING_REPORT("听证告知书、听证通知书、听证笔录及听证报告"),
    INTERNAL_APPROVAL("内部程序审批表、集体讨论记录"),
    SERVICE_RECEIPT("送达回执"),
    /** Art. 8(二)1–3 and 8(一)1: the plan, notice, programme or complaint letter a case rests on. */
    BASIS_DOCUMENT("执法依据文件"),
    /** Art. 8(一)1: the licence application's acceptance notice (or the notice of non-acceptance, or of corrections). */
    ACCEPTANCE_NOTICE("行政许可申请受理（不予受理、补正）通知书"),
    /** Art. 8(一)5: the approval document or a copy of the licence certificate. */
    LICENCE_COPY("行政许可批准文件或证书复印件"),
    /** Art. 9(三): certificates and copies the party submitted (a licence application's materials). */
    PARTY_MATERIAL("当事人提交的证件资料及复印件"),
    OTHER("其他文字记录");

    private final String label;

    /** The text kind of a generated document (documents module's type codes); unknown types are OTHER. */
    public static TextKind ofDocType(String docType) {
        if (docType == null) {
            return OTHER;
        }
        if (docType.endsWith("_DECISION") || docType.equals("RECTIFICATION_ORDER")) {
            return DECISION; // penalty, no-penalty, coercive, licence decisions; the rectification order
        }
        return switch (docType) {
            case "INSPECTION_RECORD", "PENALTY_NOTICE" -> INVESTIGATION_DOCUMENT;
            case "SERVICE_RECEIPT" -> SERVICE_RECEIPT;
            case "HEARING_NOTICE", "HEARING_RECORD", "HEARING_REPORT" -> HEARING_REPORT; // CASE-12, filed by enforcement
            case "LEGAL_REVIEW_OPINION" -> INTERNAL_APPROVAL;
            default -> OTHER;
        };
    }
}
