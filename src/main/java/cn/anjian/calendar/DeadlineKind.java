package cn.anjian.calendar;

import java.util.Arrays;
import java.util.Optional;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * What a deadline is for, in words people read (issue 12 defect 2): a Chinese label and the regulation and
 * article that set it, looked up by the rule ID the deadline was opened with. Rule IDs are never shown; a deadline
 * of a rule not listed here reads as {@link #OTHER}. The filter of the deadlines page offers these kinds.
 */
@Getter
@RequiredArgsConstructor
public enum DeadlineKind {
    CASE_TIME_LIMIT("CASE-03", "办案期限", "《中华人民共和国行政处罚法》", "第六十条"),
    CASE_DECISION("CASE-13", "作出处罚决定期限", "《中华人民共和国行政处罚法》", "第六十条"),
    COERCIVE_MEASURE("CASE-14", "先行登记保存、查封扣押期限", "《中华人民共和国行政处罚法》第五十六条；《中华人民共和国行政强制法》", "第二十五条"),
    EXECUTION("CASE-15", "缴纳罚款与申请强制执行期限", "《中华人民共和国行政处罚法》", "第六十七条、第七十二条"),
    RECORD_UPLOAD("REC-07", "音像记录上传期限", "《安全生产行政执法全过程记录制度》", "第十八条"),
    CASE_FILE_ARCHIVE("REC-08", "案卷归档期限", "《安全生产行政执法全过程记录制度》", "第十九条"),
    EMERGENCY_REVIEW("LR-04", "紧急措施补充法制审核期限", "《安全生产重大行政执法决定法制审核制度》", "第五条"),
    REVIEW_SUPPLEMENT("LR-05", "法制审核补充材料期限", "《安全生产重大行政执法决定法制审核制度》", "第八条、第九条"),
    LEGAL_REVIEW("LR-11", "法制审核期限", "《安全生产重大行政执法决定法制审核制度》", "第十四条"),
    SUPERVISOR_ANSWER("SS-05", "答复社会监督员意见期限",
            "《贯彻落实〈应急管理综合行政执法技术检查员和社会监督员工作规定（试行）〉实施细则》", "第二十五条"),
    OFFICER_POST("OFF-04", "调离执法岗位期限", "《执法人员岗前培训和持证上岗制度》", "第五条第（四）项"),
    CERTIFICATE_RETURN("OFF-05", "执法证件交回期限", "《执法人员岗前培训和持证上岗制度》", "第五条第（三）项"),
    INSPECTOR_TERM("TI-14", "技术检查员聘期届满",
            "《贯彻落实〈应急管理综合行政执法技术检查员和社会监督员工作规定（试行）〉实施细则》", "第二十七条"),
    HAZARD_RECTIFICATION("MW-06", "隐患整改复查期限", "《山西省矿山安全监管专员制度》", "第十五条、第十六条"),
    PUBLICATION("PUB-06", "信息公示期限", "《安全生产行政执法公示制度》", "第十三条"),
    OTHER(null, "其他期限", null, null);

    private final String ruleId;
    private final String label;
    private final String regulation;
    private final String article;

    public static DeadlineKind of(String ruleId) {
        return Arrays.stream(values()).filter(k -> k.ruleId != null && k.ruleId.equals(ruleId)).findFirst().orElse(OTHER);
    }

    /** The regulation and article ("《……》第十九条"), or empty for {@link #OTHER}. */
    public Optional<String> basis() {
        return regulation == null ? Optional.empty() : Optional.of(regulation + article);
    }
}
