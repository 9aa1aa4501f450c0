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
        mines(m);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** MA-12 (矿山安全监管专员制度第二十六条): the yearly assessment and reward results, to the superior department and HR. */
    private static void mines(Map<String, TemplateSpec> m) {
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
    }

    private static void add(Map<String, TemplateSpec> m, TemplateSpec s) {
        m.put(s.type(), s);
    }
}
