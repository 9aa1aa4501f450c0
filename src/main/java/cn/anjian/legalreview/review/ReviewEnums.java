package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import lombok.Getter;

/** The fixed lists of legal review (art. 8, 10, 11, 12). */
public final class ReviewEnums {

    private ReviewEnums() {
    }

    @Getter
    @RequiredArgsConstructor
    public enum Status {
        SUPPLEMENT_REQUESTED("退回补充材料"), CONSENT_REQUESTED("待局长同意由局内设法制机构审核"),
        CONSENT_REFUSED("局长未同意由局内设法制机构审核"), UNDER_REVIEW("审核中"), AWAITING_APPROVAL("待分管负责人签批"),
        DECIDED("审核意见已签批"), DIRECTOR_REVIEW("报主要负责人审核"), FINAL("主要负责人已审定");

        private final String label;
    }

    /** LR-05 / art. 8: the materials; the application form is filled in the system (not a file). */
    @Getter
    @RequiredArgsConstructor
    public enum MaterialKind {
        STATEMENT("基本情况说明及决定建议", true), INVESTIGATION_REPORT("经分管负责人签批的调查报告", true),
        CASE_FILE("案卷材料", true), DRAFT_DECISION("决定书代拟稿", true), HEARING_RECORD("听证笔录或评估报告", false),
        OTHER("其他材料", false);

        private final String label;
        private final boolean required;

        /**
         * LR-05: what is still missing — each required material kind, the hearing record when there was a hearing or
         * assessment, the signatures of the unit head and the deputy director on the application form.
         */
        static java.util.List<String> missing(java.util.List<String> have, boolean hadHearing, String signedUnitHead,
                                              String signedDeputy) {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (MaterialKind k : values()) {
                if ((k.required || k == HEARING_RECORD && hadHearing) && !have.contains(k.name())) {
                    out.add(k.label);
                }
            }
            if (signedUnitHead == null || signedUnitHead.isBlank() || signedDeputy == null || signedDeputy.isBlank()) {
                out.add("申请表须经承办机构负责人和分管负责人签字");
            }
            return out;
        }
    }

    /** LR-06 / art. 10: the ten checkpoints. */
    @Getter
    @RequiredArgsConstructor
    public enum Checkpoint {
        SUBJECT("行政执法主体是否适格"), OFFICERS("行政执法人员是否具备执法资格"),
        FACTS("事实是否清楚，证据是否确凿、充分，材料是否齐全"), APPROPRIATE("拟作出的行政执法决定是否适当"),
        PROCEDURE("是否符合法定程序"), LAW("适用法律是否准确，行政裁量权是否适当"), ULTRA_VIRES("是否超越职权或滥用职权"),
        DOCUMENTS("行政执法文书制作是否规范"), CRIME("是否涉嫌犯罪需要移送司法机关"), OTHER("其他依法应当审核的内容");

        private final String label;
    }

    /** LR-07 / art. 11, LR-15 / art. 16. */
    @Getter
    @RequiredArgsConstructor
    public enum MeetingKind {
        SYMPOSIUM("座谈会"), EXPERT("专家论证会"), QUESTIONING("询问执法人员"), ADVISER("法律顾问书面意见");

        private final String label;
    }

    /** LR-08 / art. 12: the four outcomes; APPROVE and CORRECT let the decision go on (after corrections). */
    @Getter
    @RequiredArgsConstructor
    public enum Outcome {
        APPROVE("同意"), CORRECT("纠正"), REVOKE("撤销或不予作出决定"), TRANSFER("移送");

        private final String label;

        public boolean passes() {
            return this == APPROVE || this == CORRECT;
        }
    }

    /** CAL-04 / art. 14: periods not counted in the review time limit. */
    @Getter
    @RequiredArgsConstructor
    public enum Suspension {
        SUPPLEMENT("补充材料"), EXPERT("专家论证"), INTERPRETATION("提请解释");

        private final String label;
    }
}
