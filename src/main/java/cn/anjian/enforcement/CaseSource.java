package cn.anjian.enforcement;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-04: where a case comes from; each source names the document it rests on. */
@Getter
@RequiredArgsConstructor
public enum CaseSource {
    ANNUAL_PLAN("年度监督检查计划", "年度计划"),
    SPECIAL_CAMPAIGN("专项执法行动", "专项行动通知或方案"),
    COMPLAINT("投诉举报", "举报信件及批示"),
    ASSIGNMENT("上级交办、移送", "交办或移送文件"),
    RANDOM_DRAW("双随机抽查", "抽查结果");

    private final String label;
    private final String basisLabel;

    /** What the basis document of this source is called on forms ("专项行动通知或方案"). */
}
