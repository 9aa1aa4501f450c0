package cn.anjian.experts.dispatches;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The enumerations of dispatches, each constant with its Chinese label. */
final class DispatchEnums {

    private DispatchEnums() {
    }

    /** A dispatch's state (EXP-09..EXP-13); RECORD rows of V20_0 are COMPLETED. */
    @Getter
    @RequiredArgsConstructor
    enum Status {
        REQUESTED("待分管领导审批"), APPROVED("待专家确认"), ACCEPTED("执行中"), DECLINED("专家已拒绝"),
        REPORTED("已提交任务报告"), COMPLETED("已完成"), REJECTED("未获批准"), REPLACED("已更换");

        private final String label;
    }

    /** How the expert was chosen (EXP-07, EXP-08, EXP-10). */
    @Getter
    @RequiredArgsConstructor
    enum Source {
        DRAW("随机抽取"), MANUAL("指定选取"), OUT_OF_POOL("库外专家"), RECORD("历史派遣记录");

        private final String label;
    }

    /** EXP-10: the professional title grade of an out-of-pool expert; 高级以上（含高级） are senior and full senior. */
    @Getter
    @RequiredArgsConstructor
    enum TitleGrade {
        FULL_SENIOR("正高级", true), SENIOR("副高级", true), INTERMEDIATE("中级", false), JUNIOR("初级及以下", false);

        private final String label;
        private final boolean seniorOrAbove;
    }

    /** Annex 6: the overall assessment of the expert's service. */
    @Getter
    @RequiredArgsConstructor
    enum Overall {
        EXCELLENT("优秀"), GOOD("良好"), QUALIFIED("合格"), UNQUALIFIED("不合格");

        private final String label;
    }

    /** EXP-16: where the reimbursement of a paid dispatch stands (art. 20). */
    @Getter
    @RequiredArgsConstructor
    enum Reimbursement {
        PENDING("报销审批中"), PAID("已报销"), REJECTED("报销未获批准");

        private final String label;
    }
}
