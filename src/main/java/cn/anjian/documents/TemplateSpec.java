package cn.anjian.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each .docx template holds: the official title, its fields (placeholder, label, required)
 * and an optional items table. The one source for both the validation in {@link DocumentGenerator}
 * and the tool that writes the template files ({@code DocumentTemplateWriter} in the tests).
 */
record TemplateSpec(String type, String title, List<Field> fields, List<String> itemHeaders, List<String> fixedText) {

    /** {@code inline}: not a line of its own but a placeholder inside a clause (the remedy bodies' names). */
    record Field(String key, String label, boolean required, boolean inline) {
        static Field req(String key, String label) {
            return new Field(key, label, true, false);
        }

        static Field opt(String key, String label) {
            return new Field(key, label, false, false);
        }

        static Field clause(String key, String label) {
            return new Field(key, label, true, true);
        }
    }

    /** The bodies named in the remedy clause (行政复议法第二十四条; 行政诉讼法第十八条): filled from the issuing agency. */
    static final List<Field> REMEDY_BODIES = List.of(Field.clause("reviewBody", "行政复议机关"), Field.clause("court", "人民法院"));

    /**
     * The remedy clause of the 执法文书式样 for a document called {@code doc} (决定/指令): 复议 within 60 days
     * (行政复议法第二十条), 诉讼 within 6 months (行政诉讼法第四十六条), naming both bodies.
     */
    static String remedy(String doc) {
        return "如不服本" + doc + "，可以在收到本" + doc + "之日起六十日内依法向{{reviewBody}}申请行政复议，或者在六个月内依法向"
                + "{{court}}提起行政诉讼，但本" + doc + "不停止执行，法律另有规定的除外。";
    }


    /** Fields every template has: the heading, number and signature date. */
    static final List<Field> COMMON = List.of(Field.req("agencyName", "执法机关"), Field.req("docNumber", "文书编号"),
            Field.req("date", "日期"));

    static final Map<String, TemplateSpec> ALL = build();

    String file() {
        return "documents/templates/" + type + ".docx";
    }

    boolean hasItems() {
        return !itemHeaders.isEmpty();
    }

    List<Field> allFields() {
        List<Field> all = new java.util.ArrayList<>(COMMON);
        all.addAll(fields);
        return all;
    }

    private static Map<String, TemplateSpec> build() {
        Map<String, TemplateSpec> m = new LinkedHashMap<>();
        add(m, new TemplateSpec("INSPECTION_RECORD", "现场检查记录", List.of(
                Field.req("partyName", "被检查单位"), Field.req("address", "地址"),
                Field.opt("legalRepresentative", "法定代表人（负责人）"), Field.req("inspectionPlace", "检查场所"),
                Field.req("inspectionTime", "检查时间"), Field.req("officers", "检查人员（执法证号）"),
                Field.req("facts", "检查情况"), Field.opt("basis", "依据"), Field.opt("decision", "现场处理措施（责令事项）"),
                Field.opt("deadline", "整改期限")),
                List.of("序号", "检查项目及发现的问题"),
                List.of("以上记录已经被检查单位现场负责人核对，确认无误。", "被检查单位现场负责人（签名）：", "检查人员（签名）：")));
        add(m, new TemplateSpec("RECTIFICATION_ORDER", "责令限期整改指令书", List.of(
                Field.req("partyName", "被责令单位"), Field.req("address", "地址"),
                Field.req("facts", "经查，你单位存在下列问题"), Field.req("basis", "依据"),
                Field.req("decision", "责令事项"), Field.req("deadline", "整改期限"), Field.req("officers", "执法人员"),
                REMEDY_BODIES.get(0), REMEDY_BODIES.get(1)),
                List.of("序号", "隐患内容"),
                List.of("整改期间，你单位应当采取措施，确保安全生产。逾期未整改或者整改不合格的，依法予以处理。", remedy("指令"))));
        add(m, new TemplateSpec("PENALTY_NOTICE", "行政处罚告知书", List.of(
                Field.req("partyName", "当事人"), Field.req("address", "地址"),
                Field.req("facts", "经查，你（单位）存在以下违法行为"), Field.req("basis", "以上事实违反了"),
                Field.req("decision", "依据相关规定，拟作出的行政处罚")),
                List.of(),
                List.of("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。",
                        "符合听证条件的，你（单位）有权在收到本告知书之日起五日内提出听证要求；逾期不提出的，视为放弃上述权利。")));
        add(m, new TemplateSpec("PENALTY_DECISION", "行政处罚决定书", List.of(
                Field.req("partyName", "被处罚人"), Field.req("address", "地址"),
                Field.opt("legalRepresentative", "法定代表人（负责人）"),
                Field.req("facts", "违法事实及证据"), Field.req("basis", "处罚依据"), Field.req("decision", "处罚决定"),
                REMEDY_BODIES.get(0), REMEDY_BODIES.get(1)),
                List.of(),
                List.of("罚款应于收到本决定书之日起十五日内缴至指定银行。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。",
                        remedy("决定"))));
        hearing(m);
        add(m, new TemplateSpec("SERVICE_RECEIPT", "送达回执", List.of(
                Field.req("documentName", "送达文书名称及文号"), Field.req("partyName", "受送达人"),
                Field.req("address", "送达地点"), Field.req("serviceMethod", "送达方式"), Field.req("officers", "送达人")),
                List.of(),
                List.of("受送达人（签名或盖章）：", "收到日期：", "备注：")));
        add(m, new TemplateSpec("LEGAL_REVIEW_OPINION", "法制审核意见书", List.of(
                Field.req("caseName", "案件名称"), Field.req("partyName", "当事人"),
                Field.req("facts", "审核情况"), Field.req("basis", "法律依据"), Field.req("decision", "审核意见"),
                Field.req("officers", "法制审核人员")),
                List.of(), List.of("法制审核机构（盖章）：")));
        // LR-15, annex 2: kept by the legal unit; the director's opinion only when escalated (LR-12)
        add(m, new TemplateSpec("LEGAL_REVIEW_APPROVAL", "重大行政执法决定法制审核审批表", List.of(
                Field.req("caseName", "拟决定事项名称"), Field.req("submittingUnit", "送审机构"), Field.req("submittedOn", "送审时间"),
                Field.opt("expertOpinion", "法律专家意见"), Field.req("legalUnitOpinion", "法制机构意见"),
                Field.opt("deputyOpinion", "分管法制机构的部门负责人意见"), Field.opt("directorOpinion", "应急管理局主要负责人意见"),
                Field.opt("advisers", "法律顾问、公职律师书面意见")),
                List.of(), List.of("说明：1. 分管法制机构的部门负责人认为需要本单位主要负责人审签时，报主要负责人审签。2. 此表由法制机构留存。")));
        // LR-05, annex 1: the application form as filled in the system, signed by the unit head and the deputy in charge
        add(m, new TemplateSpec("LEGAL_REVIEW_APPLICATION", "重大行政执法决定法制审核申请表", List.of(
                Field.req("caseName", "拟决定事项"), Field.req("summary", "简要情况"), Field.req("basis", "法律依据（违法条款、处罚依据）"),
                Field.req("proposal", "决定意见"), Field.req("officers", "执法人员资格情况"), Field.opt("notes", "备注"),
                Field.req("signedUnitHead", "承办机构（单位）主要负责人"), Field.req("signedDeputy", "分管承办机构（单位）的部门负责人"),
                Field.req("submittedBy", "承办人"), Field.req("submittedOn", "申请日期")),
                List.of(), List.of("法制机构主要负责人：")));
        addCoercion(m);
        later(m);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The templates of issues 15, 17, 18 and 19 (experts, commissioners' work and assessment, statistics). */
    private static void later(Map<String, TemplateSpec> m) {
        addExperts(m);
        addExpertMeetings(m);
        mineCommissioners(m);
        // STAT-09 (执法情况统计分析制度): the periodic analysis report, its figures in the items table, the trend as text
        add(m, new TemplateSpec("STAT_REPORT", "执法情况统计分析报告", List.of(
                Field.req("scope", "统计范围"), Field.req("period", "统计期间"), Field.req("summary", "基本情况"),
                Field.req("trend", "月度趋势"), Field.opt("below", "下级比较")),
                List.of("序号", "统计类别", "统计项目", "数值"),
                List.of("本报告各项数据由系统依据执法记录自动统计生成，不含人工填报数据（普法宣传除外）。")));
        mines(m);
        mineAssessment(m);
    }

    /** MW-06, MW-12 (《山西省矿山安全监管专员制度》第十五条至第十六条、第四十三条): a commissioner's orders to a mine. */
    private static void mines(Map<String, TemplateSpec> m) {
        add(m, new TemplateSpec("MINE_RECTIFICATION_ORDER", "矿山隐患整改指令书", List.of(
                Field.req("mineName", "被监管矿山"), Field.req("facts", "经检查，发现下列事故隐患"),
                Field.req("deadline", "整改期限"), Field.req("officers", "监管专员")),
                List.of(), List.of("请你单位按期整改，并将整改情况书面报告监管专员；逾期未整改或者整改不合格的，依法予以处理。")));
        add(m, new TemplateSpec("MINE_STOP_WORK_ORDER", "矿山停产撤人指令书", List.of(
                Field.req("mineName", "被监管矿山"), Field.req("kindLabel", "指令类别"), Field.req("orderedAt", "下达时间"),
                Field.req("reason", "事由"), Field.req("scopeText", "停止作业范围"), Field.req("evacuated", "撤出人员（人）"),
                Field.req("officers", "监管专员")),
                List.of(), List.of("依据《山西省矿山安全监管专员制度》第四十三条，你单位须立即执行，积极配合，不得拒绝、阻挠。")));
    }

    /** MA-12 (矿山安全监管专员制度第二十六条): the yearly assessment and reward results, to the superior department and HR. */
    private static void mineAssessment(Map<String, TemplateSpec> m) {
        add(m, new TemplateSpec("MINE_ASSESSMENT_REPORT", "监管专员年度考核奖励情况报告", List.of(
                Field.req("recipients", "报送单位"), Field.req("year", "考核年度"), Field.req("summary", "考核奖励情况")),
                List.of("序号", "姓名", "所在单位", "考核等次", "年度考核衔接", "奖励"),
                List.of("特此报告。")));
    }

    /** CASE-12 (行政处罚法第六十四条、第六十五条): the hearing notice, its record and the report. */
    private static void hearing(Map<String, TemplateSpec> m) {
        add(m, new TemplateSpec("HEARING_NOTICE", "听证通知书", List.of(
                Field.req("partyName", "当事人"), Field.req("caseName", "案件名称"), Field.req("hearingDate", "听证时间"),
                Field.req("hearingPlace", "听证地点"), Field.req("presider", "听证主持人"), Field.req("officers", "案件调查人员")),
                List.of(),
                List.of("根据你（单位）的申请，本机关决定举行听证。请准时出席，并携带身份证明、证据材料；可以委托一至二人代理。",
                        "认为主持人与本案有直接利害关系的，有权申请回避。无正当理由拒不出席或者未经许可中途退出听证的，视为放弃听证权利。")));
        add(m, new TemplateSpec("HEARING_RECORD", "听证笔录", List.of(
                Field.req("caseName", "案件名称"), Field.req("partyName", "当事人"), Field.req("hearingDate", "听证时间"),
                Field.req("hearingPlace", "听证地点"), Field.req("officers", "案件调查人员"), Field.req("facts", "听证情况")),
                List.of(),
                List.of("以上笔录经当事人或者其代理人核对无误。", "当事人或者代理人（签名）：", "听证主持人（签名）：", "记录人（签名）：")));
        add(m, new TemplateSpec("HEARING_REPORT", "听证报告", List.of(
                Field.req("caseName", "案件名称"), Field.req("partyName", "当事人"), Field.req("hearingDate", "听证时间"),
                Field.req("facts", "听证基本情况"), Field.req("decision", "处理意见及建议")),
                List.of(), List.of("听证主持人（签名）：")));
    }

    /** CASE-14/15: preservation, sealing and seizure (with the list of goods), the 催告书 of the execution. */
    private static void addCoercion(Map<String, TemplateSpec> m) {
        List<String> goods = List.of("序号", "物品名称", "数量", "存放地点");
        String remedy = remedy("决定");
        add(m, new TemplateSpec("PRESERVATION_NOTICE", "先行登记保存证据通知书", List.of(
                Field.req("partyName", "当事人"), Field.req("address", "地址"), Field.opt("facts", "涉嫌违法行为"),
                Field.req("basis", "依据"), Field.req("decision", "保存事项"), Field.req("officers", "执法人员")),
                goods, List.of("本机关将在七个工作日内作出处理决定。在此期间，当事人或者有关人员不得销毁或者转移证据。")));
        add(m, new TemplateSpec("PRESERVATION_DECISION", "先行登记保存证据处理决定书", List.of(
                Field.req("partyName", "当事人"), Field.req("address", "地址"), Field.req("facts", "保存情况"),
                Field.req("basis", "依据"), Field.req("decision", "处理决定"), Field.req("officers", "执法人员")),
                goods, List.of()));
        add(m, new TemplateSpec("SEIZURE_DECISION", "查封扣押决定书", List.of(
                Field.req("partyName", "当事人"), Field.req("address", "地址"), Field.req("facts", "理由"),
                Field.req("basis", "依据"), Field.req("decision", "决定事项"), Field.req("deadline", "期限"),
                Field.req("officers", "执法人员"), REMEDY_BODIES.get(0), REMEDY_BODIES.get(1)),
                goods, List.of("查封、扣押的期限不得超过三十日；情况复杂的，经本机关负责人批准，可以延长，但是延长期限不得超过三十日。", remedy)));
        add(m, new TemplateSpec("SEIZURE_EXTENSION", "延长查封扣押期限决定书", List.of(
                Field.req("partyName", "当事人"), Field.req("address", "地址"), Field.req("facts", "原决定"),
                Field.req("basis", "延长理由及依据"), Field.req("decision", "决定事项"), Field.req("deadline", "延长后的期限"),
                REMEDY_BODIES.get(0), REMEDY_BODIES.get(1)),
                goods, List.of(remedy)));
        add(m, new TemplateSpec("SEIZURE_RELEASE", "解除查封扣押决定书", List.of(
                Field.req("partyName", "当事人"), Field.req("address", "地址"), Field.req("facts", "原决定"),
                Field.req("basis", "解除理由"), Field.req("decision", "解除及财物返还情况"), Field.req("officers", "执法人员")),
                goods, List.of()));
        add(m, new TemplateSpec("PAYMENT_REMINDER", "催告书", List.of(
                Field.req("partyName", "当事人"), Field.req("address", "地址"), Field.req("facts", "履行情况"),
                Field.req("basis", "依据"), Field.req("decision", "应当履行的金额（含加处罚款）"), Field.req("deadline", "履行期限")),
                List.of(), List.of("你（单位）收到本催告书后有权进行陈述和申辩。逾期仍不履行的，本机关将依法申请人民法院强制执行。")));
        // issue 19 (STAT-03): the previous year's catalogue of normative documents (执法情况统计分析制度 art. 5 (三))
        add(m, new TemplateSpec("NORMATIVE_CATALOGUE", "规范性文件目录", List.of(
                Field.req("year", "年度"), Field.req("summary", "说明")),
                List.of("序号", "文件名称", "文号", "制定机关", "发布日期", "施行日期", "合法性审核", "状态"), List.of()));
        // issue 19 (SS-06): the half-yearly briefing to the social supervisors (000 art. 25)
        add(m, new TemplateSpec("SUPERVISOR_BRIEFING", "行政执法情况通报", List.of(
                Field.req("period", "通报期间"), Field.req("recipients", "通报对象"), Field.req("body", "通报内容")),
                List.of(), List.of("欢迎各位社会监督员继续对本部门行政执法工作提出批评、意见和建议。")));
    }

    /** EXP-05 (seed 002 art. 9): the joint document that publishes an admitted expert, and his certificate (聘书). */
    private static void addExperts(Map<String, TemplateSpec> m) {
        add(m, new TemplateSpec("EXPERT_JOINT_DOC", "关于公布安全生产和应急管理专家的通知", List.of(
                Field.req("subject", "事由"), Field.req("body", "正文")),
                List.of("序号", "姓名", "工作单位", "职务职称", "专家级别", "行业领域及专业"),
                List.of("入库专家应当遵守专家使用管理办法，按照委派开展技术服务，严格遵守保密制度。")));
        add(m, new TemplateSpec("EXPERT_CERTIFICATE", "专家聘书", List.of(
                Field.req("expertName", "受聘专家"), Field.req("level", "专家级别"), Field.req("field", "行业领域及专业"),
                Field.req("appointment", "聘任事项")),
                List.of(),
                List.of("受聘专家应当遵守国家法律法规和专家使用管理办法，客观公正地提供技术服务，严格保守工作秘密。")));
    }

    /** EXP-17 (seed 002 art. 14): the joint opinion of a consultation meeting or the plenary (会商意见 / 会议纪要). */
    private static void addExpertMeetings(Map<String, TemplateSpec> m) {
        add(m, new TemplateSpec("EXPERT_MEETING_OPINION", "专家会商意见（会议纪要）", List.of(
                Field.req("subject", "会议名称"), Field.req("kind", "会议类别"), Field.req("heldOn", "召开日期"),
                Field.req("agenda", "议题"), Field.req("present", "出席专家"), Field.req("absent", "缺席专家"),
                Field.req("opinions", "专家意见"), Field.req("conclusion", "会商结论")),
                List.of(), List.of("本会商意见经与会专家讨论形成，供本部门研判决策参考。")));
    }

    /** MW-13 (矿山安全监管专员制度第三十一条): the half-year work report; MW-14 (第二十八条): the integrity supervision card. */
    private static void mineCommissioners(Map<String, TemplateSpec> m) {
        add(m, new TemplateSpec("MINE_WORK_REPORT", "矿山安全监管专员工作述职报告", List.of(
                Field.req("commissionerName", "述职人"), Field.req("period", "述职期间"), Field.req("mines", "所监管企业"),
                Field.req("facts", "履职记录概况"),
                Field.req("accidents", "一、被监管企业发生生产安全事故、涉险事故、重大安全风险隐患等情况"),
                Field.req("implementation", "二、被监管企业安全生产各项制度执行情况、各项政策措施落实情况，安全风险是否可控以及存在问题"),
                Field.req("discipline", "三、执行工作纪律和廉政纪律情况"),
                Field.req("problems", "四、履职过程中需要组织帮助和解决的问题，以及监管工作建议"),
                Field.opt("otherMatters", "五、其他需要报告的情况")),
                List.of(), List.of("述职人（签名）：", "矿山安全监管部门意见：")));
        add(m, new TemplateSpec("MINE_INTEGRITY_CARD", "监管检查廉政监督卡", List.of(
                Field.req("mineName", "被监管企业"), Field.req("commissioners", "监管专员"),
                Field.req("supervisionPhone", "监督电话"), Field.req("hotline", "12345 政务服务热线")),
                List.of(),
                List.of("监管专员已签订廉政承诺书：不接受被监管企业的宴请、礼品礼金和有价证券，不在被监管企业报销任何费用，"
                        + "不利用职务之便为本人或他人谋取利益，不干预企业正常生产经营。",
                        "如发现监管专员有违反廉政纪律的行为，请拨打上述监督电话或 12345 政务服务热线举报。",
                        "被监管企业应在醒目位置公布监管专员姓名、联系方式和监督电话。")));
    }

    private static void add(Map<String, TemplateSpec> m, TemplateSpec s) {
        m.put(s.type(), s);
    }
}
