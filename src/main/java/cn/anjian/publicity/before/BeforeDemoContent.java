package cn.anjian.publicity.before;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The demo texts of {@link BeforeDemoData}: a county's and the province's disclosure before enforcement. */
final class BeforeDemoContent {

    private BeforeDemoContent() {
    }

    record Demo(BeforeKind kind, String title, String unitPrefix, String caseKind, int order, Map<String, String> values) {
    }

    private static final String SAFETY_LAW = "《中华人民共和国安全生产法》";

    static List<Demo> of(boolean county) {
        List<Demo> out = new ArrayList<>(county ? county() : province());
        out.addAll(procedures(county));
        return out;
    }

    private static List<Demo> county() {
        return List.of(
                new Demo(BeforeKind.UNIT_DUTY, "安全生产执法监督股", "安全生产执法监督", null, 1, Map.of(
                        "duties", "依法监督检查工矿商贸生产经营单位贯彻执行安全生产法律法规情况；组织实施年度监督检查计划和“双随机、一公开”抽查；查处安全生产违法行为。",
                        "phone", "0356-3021234")),
                new Demo(BeforeKind.UNIT_DUTY, "政策法规股", "政策法规", null, 2, Map.of(
                        "duties", "负责重大执法决定法制审核；组织行政执法公示、全过程记录工作；承担行政复议、行政应诉有关工作。")),
                new Demo(BeforeKind.UNIT_DUTY, "办公室", "办公室", null, 3, Map.of(
                        "duties", "负责机关日常运转、政务公开和信息公开；受理投诉举报和社会监督员意见。", "phone", "0356-3029876")),
                new Demo(BeforeKind.POWER, "对生产经营单位未按规定对从业人员进行安全生产教育和培训的行政处罚", "安全生产执法监督", null, 1, Map.of(
                        "powerType", "行政处罚",
                        "basis", SAFETY_LAW + "第九十七条第（三）项",
                        "responsibility", "1. 立案责任：发现违法行为，予以审查，决定是否立案。\n2. 调查责任：两名以上执法人员出示证件，调查取证。\n3. 审查责任：对案件事实、证据、依据、程序进行审查。\n4. 告知责任：告知当事人陈述、申辩及听证权利。\n5. 决定责任：作出处罚决定。\n6. 送达责任：依法送达。\n7. 执行责任：监督当事人履行。",
                        "accountability", "不履行或不正确履行上述职责的，依照《行政处罚法》《山西省行政执法条例》追究责任。")),
                new Demo(BeforeKind.POWER, "对生产经营单位安全生产情况的监督检查", "安全生产执法监督", null, 2, Map.of(
                        "powerType", "行政检查",
                        "basis", SAFETY_LAW + "第六十五条",
                        "responsibility", "按年度监督检查计划实施检查；检查时出示执法证件；制作现场检查记录；发现隐患依法责令整改。",
                        "accountability", "未依法履行检查职责造成后果的，依法追究责任。")),
                new Demo(BeforeKind.POWER, "对有根据认为不符合保障安全生产的国家标准或者行业标准的设施、设备、器材予以查封或者扣押", "安全生产执法监督", null, 3, Map.of(
                        "powerType", "行政强制",
                        "basis", SAFETY_LAW + "第六十五条第一款第（四）项",
                        "responsibility", "经负责人批准实施；当场告知当事人理由、依据和权利救济途径；制作现场笔录；期限不超过三十日。")),
                new Demo(BeforeKind.SPOT_CHECK, "工贸企业安全生产条件随机抽查", "安全生产执法监督", null, 1, Map.of(
                        "basis", SAFETY_LAW + "第六十二条；《山西省“双随机、一公开”监管工作实施方案》",
                        "content", "安全生产责任制落实、安全培训、隐患排查治理、有限空间作业、粉尘防爆等。",
                        "method", "随机抽取检查对象、随机选派执法检查人员，现场检查，结果公开。",
                        "targets", "本县行政区域内冶金、有色、建材、机械、轻工、纺织、烟草、商贸企业。",
                        "frequency", "每年抽查比例不低于 5%")),
                new Demo(BeforeKind.SPOT_CHECK, "危险化学品经营单位随机抽查", "安全生产执法监督", null, 2, Map.of(
                        "basis", "《危险化学品安全管理条例》第六条",
                        "content", "经营许可证有效性、储存场所、安全管理制度、从业人员培训。",
                        "method", "随机抽取检查对象、随机选派执法检查人员，现场检查，结果公开。",
                        "targets", "本县取得危险化学品经营许可证的经营单位。")),
                guide("危险化学品经营许可证（不带储存设施）核发", "泽州县应急管理局", "泽州县行政审批服务管理局一楼政务大厅 3 号窗口", "0356-3025566"),
                new Demo(BeforeKind.LEGAL_BASIS, "泽州县应急管理局行政处罚自由裁量权基准", "政策法规", null, 1, Map.of(
                        "category", "裁量基准",
                        "issuer", "泽州县应急管理局　泽应急发〔2025〕12 号",
                        "summary", "细化《安全生产法》等法律法规规定的罚款幅度，按轻微、一般、较重、严重四档情节确定处罚幅度；超出建议幅度须说明理由。")));
    }

    private static List<Demo> province() {
        return List.of(
                new Demo(BeforeKind.UNIT_DUTY, "安全生产执法监督处", "安全生产执法监督", null, 1, Map.of(
                        "duties", "指导全省应急管理系统安全生产执法工作；组织重大执法检查；承担行政执法监督。")),
                new Demo(BeforeKind.UNIT_DUTY, "政策法规处", "政策法规", null, 2, Map.of(
                        "duties", "组织起草地方性法规和规章草案；负责行政执法公示、法制审核制度建设；承担行政复议工作。")),
                new Demo(BeforeKind.POWER, "对非煤矿山企业安全生产许可证的颁发", "安全生产执法监督", null, 1, Map.of(
                        "powerType", "行政许可",
                        "basis", "《安全生产许可证条例》第二条、第三条",
                        "responsibility", "受理、审查、决定、送达；对取得许可的企业实施监督检查。")),
                new Demo(BeforeKind.SPOT_CHECK, "非煤矿山企业安全生产随机抽查", "安全生产执法监督", null, 1, Map.of(
                        "basis", SAFETY_LAW + "第六十二条",
                        "content", "安全生产许可条件保持情况、重大事故隐患排查治理、应急预案。",
                        "method", "随机抽取检查对象、随机选派执法检查人员，必要时聘请专家参加。",
                        "targets", "省级发证的非煤矿山企业。")),
                guide("非煤矿山企业安全生产许可证核发", "山西省应急管理厅", "太原市小店区山西省政务服务中心二层应急管理窗口", "0351-12345678"),
                new Demo(BeforeKind.LEGAL_BASIS, "山西省应急管理行政处罚裁量权基准", "政策法规", null, 1, Map.of(
                        "category", "裁量基准",
                        "issuer", "山西省应急管理厅　晋应急发〔2024〕88 号",
                        "summary", "全省应急管理部门行政处罚裁量的统一基准；各市县可在幅度内细化。")));
    }

    /** A licence guide with every field of PUB-03 (公示 art. 8). */
    private static Demo guide(String title, String body, String address, String phone) {
        return new Demo(BeforeKind.LICENCE_GUIDE, title, "安全生产执法监督", null, 1, Map.ofEntries(
                Map.entry("basis", "《危险化学品安全管理条例》第三十三条；《安全生产许可证条例》第二条"),
                Map.entry("body", body),
                Map.entry("type", "行政许可（依申请）"),
                Map.entry("servedParties", "企业法人"),
                Map.entry("statutoryLimit", "受理之日起 45 日"),
                Map.entry("promisedLimit", "受理之日起 20 个工作日"),
                Map.entry("quantityLimit", "无数量限制"),
                Map.entry("result", "许可证（有效期 3 年）"),
                Map.entry("conditions", "1. 有符合规定的经营场所；\n2. 主要负责人和安全生产管理人员经考核合格；\n3. 有健全的安全生产规章制度和岗位操作规程；\n4. 有符合规定的事故应急救援预案。"),
                Map.entry("process", "申请 → 受理（当场或 5 日内）→ 审查（必要时现场核查）→ 决定 → 送达"),
                Map.entry("materials", "1. 申请书；\n2. 营业执照复印件；\n3. 主要负责人、安全管理人员考核合格证明；\n4. 安全生产规章制度目录；\n5. 应急预案备案证明。"),
                Map.entry("forms", "申请书样表可在办理窗口领取，或在山西政务服务网下载。"),
                Map.entry("complaint", "监督电话 12345；或在本门户“投诉举报”栏目提交"),
                Map.entry("address", address),
                Map.entry("phone", phone),
                Map.entry("statusQuery", "山西政务服务网“办件查询”，或致电咨询电话")));
    }

    private static List<Demo> procedures(boolean county) {
        List<Demo> out = new ArrayList<>();
        out.add(new Demo(BeforeKind.PROCEDURE, "行政许可程序", "安全生产执法监督", "LICENCE", 1, Map.of(
                "method", "依申请，窗口或网上办理",
                "steps", "申请｜—\n受理或不予受理｜收到申请之日起 5 日内\n审查及现场核查｜受理后 20 个工作日内\n作出许可决定｜受理之日起 45 日内\n送达｜决定之日起 10 日内")));
        if (!county) {
            return out;
        }
        out.add(new Demo(BeforeKind.PROCEDURE, "行政处罚一般程序", "安全生产执法监督", "PENALTY", 1, Map.of(
                "method", "两名以上执法人员出示执法证件，调查取证",
                "steps", "立案｜发现违法行为之日起 7 个工作日内\n调查取证｜—\n告知陈述、申辩、听证权利｜作出决定前\n陈述申辩｜告知后 5 个工作日内\n听证｜当事人申请后 5 日内提出，举行前 7 日通知\n法制审核与集体讨论｜重大决定作出前\n作出处罚决定｜立案之日起 90 日内\n送达｜决定之日起 7 日内")));
        out.add(new Demo(BeforeKind.PROCEDURE, "监督检查程序", "安全生产执法监督", "INSPECTION", 1, Map.of(
                "method", "按年度监督检查计划或随机抽查实施现场检查",
                "steps", "制定检查方案｜检查前\n出示证件、告知检查事项｜进入现场时\n现场检查并记录｜当日\n责令整改或依法处理｜发现问题时\n复查｜整改期满之日起 10 日内")));
        out.add(new Demo(BeforeKind.PROCEDURE, "查封扣押程序", "安全生产执法监督", "COERCIVE", 1, Map.of(
                "method", "经负责人批准，两名以上执法人员实施",
                "steps", "报告负责人并经批准｜实施前（情况紧急的 24 小时内补报）\n通知当事人到场、告知理由依据和权利｜实施时\n制作现场笔录和查封扣押决定书｜当场\n作出处理决定｜30 日内（经批准可延长 30 日）")));
        return out;
    }
}
