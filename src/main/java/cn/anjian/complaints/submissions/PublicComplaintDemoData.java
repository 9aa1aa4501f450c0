package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo (issue 19, STAT-05): complaints, tips and consultations the public filed on 泽州县's portal (140525) over the
 * past half year, handled by zz_office — answered, declined with a reason, accepted and in hand, and new ones waiting —
 * so 泽州's (and 晋城's) statistics count consultations, reports, accepted and handled, each linked to its record.
 * Through the portal's intake and the office's transitions (gates, answer deadlines, audit); once only.
 */
@Component
@RequiredArgsConstructor
class PublicComplaintDemoData {

    private static final Logger log = LoggerFactory.getLogger(PublicComplaintDemoData.class);
    static final String PORTAL = "140525";

    /** What happened to a filing: days after filing it was accepted / answered / declined (null: not yet). */
    record Step(int daysAgo, String kind, String title, String content, String location, String enterprise, boolean anonymous,
                Integer acceptedAfter, Integer answeredAfter, String answer, Integer declinedAfter, String reason) {
    }

    static final List<Step> STEPS = List.of(
            new Step(170, "COMPLAINT", "某企业夜间违规进行动火作业", "巴公镇某机械制造企业连续多日夜间在厂房内电焊切割，未见监护人员和灭火器材。",
                    "泽州县巴公镇", "泽州县恒通机械制造有限公司", false, 2, 12,
                    "经现场核查，该企业动火作业未办理审批手续，已责令停止作业并立案调查。感谢您的监督。", null, null),
            new Step(150, "HAZARD_CLUE", "石料厂粉尘治理设施长期停用", "北义城镇某石料厂除尘设备长期不开，破碎车间粉尘弥漫。",
                    "泽州县北义城镇", null, true, 1, 10,
                    "已派员检查，该厂除尘设施确已停用，责令限期整改，复查时已恢复运行。", null, null),
            new Step(120, "VIOLATION_CLUE", "加油站擅自扩建储罐", "金村镇某加油站近期施工增设地下储罐，未见公示许可信息。",
                    "泽州县金村镇", "泽州县顺达加油站", false, 3, 14,
                    "经核查，该站扩建项目未履行安全设施“三同时”手续，已依法责令停止建设，案件正在办理。", null, null),
            new Step(100, "CONSULTATION", "危险化学品经营许可证延续需要哪些材料", "我公司经营许可证明年到期，请问延续申请需要提交哪些材料、提前多久申请？",
                    null, null, false, null, 3,
                    "应在有效期届满三个月前提出延续申请，材料清单见本门户“行政许可服务指南”栏目，也可电话咨询政务服务窗口。", null, null),
            new Step(80, "COMPLAINT", "检查人员未出示证件", "某部门人员到店检查，未出示证件即要求停业。", "泽州县南村镇", null, true,
                    null, null, null, 2, "经核实，该次检查由市场监督管理部门实施，不属于本局职责，已告知向市场监督管理部门反映。"),
            new Step(60, "HAZARD_CLUE", "物流园区违规存放液化气钢瓶", "高都镇某物流园仓库内堆放大量液化气钢瓶，无通风和防爆措施。",
                    "泽州县高都镇", null, true, 1, 9,
                    "已会同属地镇政府检查，钢瓶已全部清运至合规储存场所，对责任单位依法处理。", null, null),
            new Step(45, "SUGGESTION", "建议在村务公开栏张贴举报电话", "很多村民不知道安全生产举报电话，建议在各村公开栏张贴。", "泽州县", null, false,
                    2, 12, "感谢建议，我局已印制举报电话海报，通过各乡镇发放至村务公开栏张贴。", null, null),
            new Step(40, "VIOLATION_CLUE", "煤矿疑似超层越界开采", "听说某煤矿在批准范围外开采，夜间有运煤车辆从废弃井口出入。",
                    "泽州县大阳镇", null, true, null, null, null, 3, "该举报内容与本局此前已受理并办结的举报件相同，不再重复受理，处理结果已在原件中答复。"),
            new Step(12, "CONSULTATION", "烟花爆竹零售点设置有哪些要求", "春节前想开设烟花爆竹零售点，请问选址和申请有哪些要求？", null, null, false,
                    null, 2, "零售点须与居民住宅等保持规定安全距离，并向县级应急管理部门申请零售许可，具体条件见“行政许可服务指南”。", null, null),
            new Step(9, "VIOLATION_CLUE", "烟花爆竹非法储存", "某村民院内存放大量烟花爆竹，疑似无证批发。", "泽州县巴公镇", null, true,
                    1, null, null, null, null),
            new Step(6, "COMPLAINT", "企业未配备劳动防护用品", "某铸造企业浇注岗位员工未配发防护面罩和隔热服。", "泽州县周村镇", null, false,
                    null, null, null, null, null),
            new Step(3, "HAZARD_CLUE", "加油站卸油时周边有明火", "某加油站卸油作业时，旁边餐馆在露天烧烤。", "泽州县金村镇", null, true,
                    null, null, null, null, null));

    private final PublicIntake intake;
    private final SubmissionService service;
    private final SubmissionHandling handling;
    private final ActingUsers users;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Environment environment;

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 4)
    void load() {
        Actor office = DemoDataSwitch.enabled(environment) ? users.actor("zz_office").orElse(null) : null;
        boolean done = office == null || jdbc.sql("SELECT count(*) FROM cmp_submission WHERE channel = 'PUBLIC_PORTAL' AND title = :t")
                .param("t", STEPS.get(0).title()).query(Long.class).single() > 0;
        if (done) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> STEPS.forEach(s -> file(office, s, service.today())));
            log.info("Demo public complaints loaded for 泽州县");
        } catch (RuntimeException e) {
            // demo data must never stop the application from starting
            log.warn("Demo public complaints not loaded: {}", e.toString());
        }
    }

    private void file(Actor office, Step s, LocalDate today) {
        Instant at = today.minusDays(s.daysAgo()).atTime(LocalTime.of(9, 30)).atZone(Zones.SHANGHAI).toInstant();
        Submission filed = intake.fromPortalAt(PORTAL, new PublicIntake.Filing(s.kind(), s.title(), s.content(), s.location(),
                s.enterprise(), s.anonymous(), s.anonymous() ? null : "王先生", s.anonymous() ? null : "13835612345"), at);
        if (s.acceptedAfter() != null) {
            service.accept(office, filed.id, at.plus(java.time.Duration.ofDays(s.acceptedAfter())));
        }
        if (s.answeredAfter() != null) {
            service.answer(office, filed.id, s.answer(), at.plus(java.time.Duration.ofDays(s.answeredAfter())));
        }
        if (s.declinedAfter() != null) {
            handling.decline(office, filed.id, s.reason(), at.plus(java.time.Duration.ofDays(s.declinedAfter())));
        }
    }
}
