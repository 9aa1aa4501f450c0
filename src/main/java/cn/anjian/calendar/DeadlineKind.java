package cn.anjian.calendar;

import java.util.Arrays;
import java.util.Optional;

import cn.anjian.kernel.RuleBasis;
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
    // the 90-day time limit is opened under the stage rule CASE-03, but its basis is the penalty law's own article
    CASE_TIME_LIMIT("CASE-03", "办案期限", "《中华人民共和国行政处罚法》第六十条"),
    CASE_DECISION("CASE-13", "作出处罚决定期限", null),
    COERCIVE_MEASURE("CASE-14", "先行登记保存、查封扣押期限", null),
    EXECUTION("CASE-15", "缴纳罚款与申请强制执行期限", null),
    RECORD_UPLOAD("REC-07", "音像记录上传期限", null),
    CASE_FILE_ARCHIVE("REC-08", "案卷归档期限", null),
    EMERGENCY_REVIEW("LR-04", "紧急措施补充法制审核期限", null),
    REVIEW_SUPPLEMENT("LR-05", "法制审核补充材料期限", null),
    LEGAL_REVIEW("LR-11", "法制审核期限", null),
    SUPERVISOR_ANSWER("SS-05", "答复社会监督员意见期限", null),
    OFFICER_POST("OFF-04", "调离执法岗位期限", null),
    CERTIFICATE_RETURN("OFF-05", "执法证件交回期限", null),
    INSPECTOR_TERM("TI-14", "技术检查员聘期届满", null),
    MINE_REMOTE_WEEK("MW-01", "矿山每周远程监管", null),
    COAL_GROUP_PATROL("MW-02", "煤矿监管组每周巡回检查与月度全覆盖", null),
    NON_COAL_ONSITE("MW-03", "非煤矿山每周现场检查与月度全覆盖", null),
    HAZARD_RECTIFICATION("MW-06", "隐患整改复查期限", null),
    SELF_CHECK_REPORT("MW-08", "企业自查报告报送期限", null),
    PUBLICATION("PUB-06", "信息公示期限", null),
    FIXED_EXPERT_TERM("EXP-11", "相对固定专家使用届满更换", null),
    CORRECTION_ORDER("COR-02", "纠错整改期限", null),
    EXPERT_MEETING("EXP-17", "专家组季度会商研判会议", null),
    NORMATIVE_CATALOGUE("STAT-03", "上年度规范性文件目录统计", "《执法情况统计分析制度》第五条第（三）项"),
    SUPERVISOR_BRIEFING("SS-06", "向社会监督员通报执法情况", null),
    MINE_HANDOVER("MC-07", "监管专员轮换交接期限", null),
    ACCOUNTABILITY_APPEAL("MA-11", "监管专员问责决定申诉期限", null),
    OTHER(null, "其他期限", null);

    private final String ruleId;
    private final String label;
    /** Only where the deadline's basis is not its rule's (kernel.RuleBasis, the one rule → article table). */
    private final String ownBasis;

    public static DeadlineKind of(String ruleId) {
        return Arrays.stream(values()).filter(k -> k.ruleId != null && k.ruleId.equals(ruleId)).findFirst().orElse(OTHER);
    }

    /** The regulation and article ("《……》第十九条"), or empty for {@link #OTHER}. */
    public Optional<String> basis() {
        return ownBasis != null ? Optional.of(ownBasis) : ruleId == null ? Optional.empty() : RuleBasis.of(ruleId);
    }
}
