package cn.anjian.recording;

/** REC-01 (art. 6, art. 8): kinds of text record. */
public enum TextKind {
    DECISION("行政执法决定书"),
    INVESTIGATION_DOCUMENT("执法文书（含调查取证文书）"),
    EXPERT_OPINION("鉴定意见、专家论证报告"),
    HEARING_REPORT("听证报告"),
    INTERNAL_APPROVAL("内部程序审批表、集体讨论记录"),
    SERVICE_RECEIPT("送达回执"),
    /** Art. 8(二)1–3 and 8(一)1: the plan, notice, programme or complaint letter a case rests on. */
    BASIS_DOCUMENT("执法依据文件"),
    OTHER("其他文字记录");

    private final String label;

    TextKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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
            case "LEGAL_REVIEW_OPINION" -> INTERNAL_APPROVAL;
            default -> OTHER;
        };
    }
}
