package cn.anjian.experts.dispatches;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** EXP-15: the ten grounds of dismissal of seed 002 art. 18, in the article's order. */
@Getter
@RequiredArgsConstructor
public enum DismissalGround {
    OWN_REQUEST("本人或所在单位提出不再担任专家"),
    HEALTH_OR_JOB("因身体状况、工作变动等原因不能再担任专家"),
    DECLINED_THREE("一年内3次不能接受委派任务"),
    CRIMINAL("被依法追究刑事责任"),
    FALSE_OPINION("出具虚假专家意见"),
    INCOMPETENT("专业能力不能胜任专家工作"),
    MISUSE("利用专家身份联系业务、推销产品或故意打压、刁难"),
    BRIBERY("收受被调查、检查、审查、核查单位和技术服务机构财物"),
    CREDIT("专家信用评级不适合担任专家"),
    OTHER("其他不宜继续从事专家工作");

    private final String label;
}
