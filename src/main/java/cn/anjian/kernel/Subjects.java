package cn.anjian.kernel;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What a subject reference ("case" / "14", "officer-post" / "10") is, as users read it (issue 12 defect 7):
 * a Chinese label and, where the subject has a page, a link to it. Audit entries, deadlines and document numbers
 * carry such references; pages show {@code ${@subjects.label(type)}} and link with {@code ${@subjects.link(type, id)}},
 * never the raw "type / id". One table for every module; a new subject type adds its line here.
 */
@Component("subjects")
public final class Subjects {

    /** A subject type's label and the page of one subject ({@code {id}} replaced), or null when it has none. */
    record Kind(String label, String page) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("case", new Kind("执法案件", "/cases/{id}")),
            Map.entry("case_document", new Kind("案件文书", null)),
            Map.entry("case_execution", new Kind("行政处罚执行", null)),
            Map.entry("case-execution", new Kind("行政处罚执行", null)),
            Map.entry("case-execution-court", new Kind("申请法院强制执行", null)),
            Map.entry("case-execution-instalment", new Kind("分期缴纳罚款", null)),
            Map.entry("case_preservation", new Kind("先行登记保存", null)),
            Map.entry("case-preservation", new Kind("先行登记保存", null)),
            Map.entry("case_remedy", new Kind("行政复议与诉讼", null)),
            Map.entry("case_seizure", new Kind("查封、扣押", null)),
            Map.entry("case-seizure", new Kind("查封、扣押", null)),
            Map.entry("case_transfer", new Kind("涉嫌犯罪案件移送", null)),
            Map.entry("enf_item", new Kind("执法事项", null)),
            Map.entry("inspection-plan", new Kind("检查计划", "/plans/{id}")),
            Map.entry("inspection-plan-item", new Kind("检查计划条目", null)),
            Map.entry("random-draw", new Kind("双随机抽取", null)),
            Map.entry("joint-operation", new Kind("联合执法", null)),
            Map.entry("legal-review", new Kind("法制审核", "/legal-review/{id}")),
            Map.entry("legal_review", new Kind("法制审核", "/legal-review/{id}")),
            Map.entry("legal-review-emergency", new Kind("紧急情况法制审核", null)),
            Map.entry("legal_review_emergency", new Kind("紧急情况法制审核", null)),
            Map.entry("legal-review-supplement", new Kind("法制审核补充材料", null)),
            Map.entry("officer-post", new Kind("执法岗位调整", "/personnel/people/{id}")),
            Map.entry("officer-post-case", new Kind("执法岗位调整", null)),
            Map.entry("officer-certificate-return", new Kind("执法证件交回", null)),
            Map.entry("certificate", new Kind("执法证件", null)),
            Map.entry("person", new Kind("人员", "/personnel/people/{id}")),
            Map.entry("ti-inspector", new Kind("技术检查员", "/personnel/inspectors/{id}")),
            Map.entry("ti-applicant", new Kind("技术检查员报名人员", null)),
            Map.entry("ti-campaign", new Kind("技术检查员招聘活动", null)),
            Map.entry("ti-hiring-plan", new Kind("技术检查员招聘计划", null)),
            Map.entry("supervisor", new Kind("社会监督员", "/personnel/supervisors/{id}")),
            Map.entry("supervisor-exchange", new Kind("社会监督员交流", null)),
            Map.entry("submission", new Kind("监督员意见线索", "/complaints/submissions/{id}")),
            Map.entry("enterprise", new Kind("生产经营单位", "/enterprises/{id}")),
            Map.entry("enterprise-blacklist", new Kind("生产经营单位黑名单", null)),
            Map.entry("enterprise-conflict", new Kind("利害关系登记", null)),
            Map.entry("expert", new Kind("专家", null)),
            Map.entry("sup-check", new Kind("执法监督检查", "/supervision/checks/{id}")),
            Map.entry("sup-order", new Kind("纠错整改通知", "/supervision/orders/{id}")),
            Map.entry("sup-violation", new Kind("执法人员违法行为", null)),
            Map.entry("sup-tolerance", new Kind("容错免责申请", "/supervision/tolerance/{id}")),
            Map.entry("rep-body", new Kind("监管能力建设单位", "/reporting/capacity/bodies/{id}")),
            Map.entry("rep-officer", new Kind("执法人员资质与装备", null)),
            Map.entry("rep-workstation", new Kind("采集工作站", null)),
            Map.entry("rep-veto", new Kind("一票否决", null)),
            Map.entry("rep-publicity-activity", new Kind("普法宣传活动", null)),
            Map.entry("rep-normative-doc", new Kind("规范性文件", "/reporting/normative-documents/{id}")),
            Map.entry("rep-catalogue", new Kind("规范性文件目录", "/reporting/normative-documents/catalogues/{id}")),
            Map.entry("rep-briefing", new Kind("向社会监督员通报执法情况", "/reporting/briefings/{id}")),
            Map.entry("expert-draw", new Kind("专家抽取", "/experts/draws/{id}")),
            Map.entry("expert-dispatch", new Kind("专家派遣", "/experts/dispatches/{id}")),
            Map.entry("expert-budget", new Kind("专家工作经费预算", null)),
            Map.entry("expert-fixed", new Kind("相对固定专家", null)),
            Map.entry("expert-use-application", new Kind("外单位使用专家申请", null)),
            Map.entry("mine", new Kind("矿山", null)),
            Map.entry("mine_commissioner", new Kind("矿山安全监管专员", null)),
            Map.entry("mine_plan", new Kind("监管专员派驻方案", null)),
            Map.entry("mine_leave", new Kind("监管专员请假", null)),
            Map.entry("mine_work_report", new Kind("监管专员述职报告", "/mines/reports/{id}")),
            Map.entry("mine_pledge", new Kind("廉政承诺书", null)),
            Map.entry("mine_integrity_phone", new Kind("廉政监督电话", null)),
            Map.entry("mine-hazard", new Kind("矿山隐患", "/mines/hazards/{id}")),
            Map.entry("mine-stop-order", new Kind("停产撤人指令", "/mines/stop-work-orders/{id}")),
            Map.entry("mine-incident-tip", new Kind("矿山举报线索", "/mines/incident-tips/{id}")),
            Map.entry("expert-meeting", new Kind("专家会议", "/experts/meetings/{id}")),
            Map.entry("publication", new Kind("公示信息", null)),
            Map.entry("decision-entry", new Kind("执法决定公示", "/publicity/entries/{id}")),
            Map.entry("before-item", new Kind("事前公示事项", "/publicity/before/{id}")),
            Map.entry("rec-activity", new Kind("执法活动记录", null)),
            Map.entry("rec-record", new Kind("执法记录", null)),
            Map.entry("rec-export", new Kind("证据导出", null)),
            Map.entry("doc_number", new Kind("文书编号", null)),
            Map.entry("file", new Kind("文件", null)),
            Map.entry("blob", new Kind("文件内容", null)),
            Map.entry("file-scan", new Kind("文件完整性检查", null)),
            Map.entry("deadline", new Kind("期限", null)),
            Map.entry("calendar-day", new Kind("节假日", null)),
            Map.entry("calendar-year", new Kind("年度节假日", null)),
            Map.entry("setting", new Kind("规则参数", null)),
            Map.entry("division", new Kind("行政区划", null)),
            Map.entry("jurisdiction", new Kind("行政区划", null)),
            Map.entry("agency", new Kind("机构", null)),
            Map.entry("unit", new Kind("内设机构", null)),
            Map.entry("user", new Kind("用户账户", null)),
            Map.entry("monitoring-token", new Kind("监控令牌", null)),
            Map.entry("role", new Kind("角色", null)),
            Map.entry("flow", new Kind("审批流程", "/workflow/flows/{id}")),
            Map.entry("notification", new Kind("通知", null)),
            Map.entry("notification_user", new Kind("通知", null)),
            Map.entry("audit_chain", new Kind("审计链", null)),
            Map.entry("stat-report", new Kind("执法情况统计分析报告", null)),
            Map.entry("demo", new Kind("演示数据", null)));

    /** The Chinese label of a subject type; an unknown type reads "其他对象", never the code. */
    public String label(String type) {
        return labelOf(type);
    }

    /** {@link #label} for Java code (messages, read models). */
    public static String labelOf(String type) {
        if (type == null || type.isBlank()) {
            return Fmt.EMPTY;
        }
        Kind k = KINDS.get(type);
        return k == null ? "其他对象" : k.label();
    }

    /** The page of one subject, or null when the type has none (or the id is not a number). */
    public String link(String type, String id) {
        Kind k = type == null ? null : KINDS.get(type);
        if (k == null || k.page() == null || id == null || !id.strip().matches("\\d{1,18}")) {
            return null;
        }
        return k.page().replace("{id}", id.strip());
    }

    public static boolean known(String type) {
        return KINDS.containsKey(type);
    }
}
