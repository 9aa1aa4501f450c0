package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.Actor;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
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
 * Demo inspectors in Zezhou: a hiring plan approved through the real TI-01 chain (泽州县应急管理局 →
 * 泽州县司法局 → 泽州县人民政府), a campaign at the interview stage with rejected and scored applicants,
 * and a few part-time inspectors, one near certificate renewal. Runs after the base demo data (on
 * ApplicationReadyEvent), once: the plan's title is the marker.
 */
@Component
class InspectorDemoData {

    private static final Logger log = LoggerFactory.getLogger(InspectorDemoData.class);
    static final String MARKER = "泽州县2026年技术检查员聘用计划";
    /** The demo password documented in the README (same as the base demo data). */
    private static final String DEMO_PASSWORD = "Anjian@2026";

    private final Environment environment;
    private final UserAdministration users;
    private final Jurisdictions jurisdictions;
    private final Agencies agencies;
    private final People people;
    private final HiringPlans plans;
    private final Campaigns campaigns;
    private final Inspectors inspectors;
    private final Workflows workflows;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    InspectorDemoData(Environment environment, UserAdministration users, Jurisdictions jurisdictions, Agencies agencies,
                      People people, HiringPlans plans, Campaigns campaigns, Inspectors inspectors, Workflows workflows,
                      JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.environment = environment;
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.agencies = agencies;
        this.people = people;
        this.plans = plans;
        this.campaigns = campaigns;
        this.inspectors = inspectors;
        this.workflows = workflows;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }


    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    void load() {
        if (!enabled() || !users.exists("zz_hr") || !users.exists("sx_hr")) {
            return;
        }
        boolean done = jdbc.sql("SELECT count(*) FROM ti_hiring_plan WHERE title = :t").param("t", MARKER)
                .query(Integer.class).single() > 0;
        if (done) {
            return;
        }
        tx.executeWithoutResult(status -> load(LocalDate.now(clock)));
        log.info("Demo inspectors loaded (Zezhou: approved plan, campaign at interview, part-time inspectors)");
    }

    private void load(LocalDate today) {
        Jurisdiction zz = jurisdictions.findByCode("140525").orElseThrow();
        ensureUser("zz_justice_director", agencies.findAgency(zz.id(), AgencyKind.JUSTICE).orElseThrow().id(), "司法局局长");
        ensureUser("zz_gov_director", agencies.findAgency(zz.id(), AgencyKind.GOVERNMENT).orElseThrow().id(), "县政府负责人");
        Actor hr = actor("zz_hr");
        Actor province = actor("sx_hr");

        // TI-01/TI-02: the plan, approved through the real chain
        PlanView plan = plans.draft(hr, new PlanContent(MARKER, today.getYear(), 3, 4,
                EnumSet.of(Specialty.COAL_MINE, Specialty.NON_COAL_MINE, Specialty.HAZARDOUS_CHEMICALS),
                HiringMethod.EXAM_AND_ASSESSMENT, 36, "岗前培训不少于 32 学时，经省应急管理厅考核合格后持证上岗；每年轮训不少于 12 学时",
                "列入县应急管理局部门预算，县财政保障（每人每年 8 万元）", new BigDecimal("0.60"),
                "全县煤矿 46 座、非煤矿山 21 座、危险化学品企业 38 家，安全风险较高", 412,
                "煤矿、非煤矿山、危险化学品生产经营单位", "井下检查专业性强，执法难度大", "执法人员中具有采矿、化工专业背景的不足三成"));
        plans.submit(hr, plan.id());
        FlowId flow = new FlowId(plans.find(plan.id()).flowId());
        workflows.decide(flow, actor("zz_director"), Decision.APPROVE, "同意，报县司法局征求意见");
        workflows.decide(flow, actor("zz_justice_director"), Decision.APPROVE, "经审核，同意该聘用计划");
        workflows.decide(flow, actor("zz_gov_director"), Decision.APPROVE, "同意，由县应急管理局组织实施");

        // TI-03..TI-06: a campaign in progress (interview stage), some rejected with reasons, some scored
        CampaignView c = campaigns.open(hr, new Campaigns.NewCampaign(plan.id(), "泽州县2026年专职技术检查员公开招聘",
                "煤矿安全技术检查员 2 名、危险化学品安全技术检查员 1 名",
                "安全工程等相关专业本科以上学历，或相关领域中级以上职称、二级（技师）以上职业资格、注册安全工程师；年龄 45 周岁以下",
                HiringMethod.EXAM, "报名：公告发布之日起 10 日内；笔试：报名结束后 15 日内；面试：笔试成绩公布后 10 日内",
                new BigDecimal("0.60")));
        campaigns.recordStage(hr, c.id(), Stage.ANNOUNCEMENT, "已在泽州县人民政府门户网站发布招聘公告");
        ApplicantView a1 = campaigns.register(hr, c.id(), "郭志强", card("14052519880312101"),
                new Application(Education.BACHELOR, true, TitleLevel.NONE, false, null, false, false, 8, false, true, true, true));
        ApplicantView a2 = campaigns.register(hr, c.id(), "李红梅", card("14052519850706102"),
                new Application(Education.COLLEGE, false, TitleLevel.MID, true, null, false, false, 12, false, true, true, true));
        ApplicantView a3 = campaigns.register(hr, c.id(), "王建军", card("14052519900101103"),
                new Application(Education.SECONDARY, false, TitleLevel.NONE, false, 2, true, false, 15, false, true, true, true));
        campaigns.register(hr, c.id(), "赵鹏", card("14052519950505104"),
                new Application(Education.BACHELOR, false, TitleLevel.JUNIOR, true, 4, true, false, 3, false, true, true, true));
        campaigns.register(hr, c.id(), "孙丽", card("14052519870808105"),
                new Application(Education.MASTER, true, TitleLevel.NONE, false, null, false, true, 6, false, true, false, true));
        campaigns.recordStage(hr, c.id(), Stage.REGISTRATION, "共 5 人报名");
        campaigns.recordStage(hr, c.id(), Stage.QUALIFICATION_REVIEW, "3 人通过资格审查，2 人未通过（原因见名单）");
        campaigns.score(hr, c.id(), a1.id(), new BigDecimal("82.5"), null);
        campaigns.score(hr, c.id(), a2.id(), new BigDecimal("76"), null);
        campaigns.score(hr, c.id(), a3.id(), new BigDecimal("68.5"), null);
        campaigns.recordStage(hr, c.id(), Stage.WRITTEN_OR_ASSESSMENT, "笔试已完成，成绩已公布");
        campaigns.score(hr, c.id(), a1.id(), null, new BigDecimal("78"));
        campaigns.score(hr, c.id(), a2.id(), null, new BigDecimal("91"));

        // TI-07..TI-15: part-time inspectors
        long p1 = people.create(hr, NewPerson.basic("陈国栋", card("14052519700315201"), "13903561001")).id();
        long p2 = people.create(hr, NewPerson.basic("刘文斌", card("14052519750620202"), "13903561002")).id();
        long p3 = people.create(hr, NewPerson.basic("周海燕", card("14052519820918203"), "13903561003")).id();
        InspectorView near = partTime(hr, p1, "晋城市安全生产协会", Specialty.COAL_MINE, today.minusYears(2).minusMonths(9));
        InspectorView normal = partTime(hr, p2, "泽州县煤炭工业协会", Specialty.NON_COAL_MINE, today.minusMonths(6));
        InspectorView fresh = partTime(hr, p3, "晋城市化工行业协会", Specialty.HAZARDOUS_CHEMICALS, today.minusDays(10));
        certify(hr, province, near, today.plusDays(75)); // within 3 months of expiry: renewal reminder (TI-15)
        certify(hr, province, normal, today.plusYears(3));
        inspectors.addTraining(hr, near.id(), "ROTATION", "煤矿重大事故隐患判定标准轮训", 8, today.minusDays(20));
        inspectors.addTraining(hr, normal.id(), "SPECIAL", "非煤矿山专项执法专题培训", 12, today.minusDays(15));
        inspectors.addTraining(hr, fresh.id(), "PRE_JOB", "技术检查员岗前培训（第一期）", 24, today.minusDays(5));
        inspectors.issueEquipment(hr, normal.id(), "PROTECTIVE", "矿用安全帽、自救器", today.minusMonths(5));
        inspectors.issueEquipment(hr, normal.id(), "TECHNICAL", "便携式甲烷检测报警仪", today.minusMonths(5));
        inspectors.addRecord(hr, normal.id(), "INSURANCE", "人身意外伤害保险", today.minusMonths(5), today.plusMonths(7),
                "中国人寿 团体意外险 保单号 P2026-0417", null, null);
    }

    private InspectorView partTime(Actor hr, long personId, String body, Specialty s, LocalDate start) {
        return inspectors.appoint(hr, new Appointment(personId, true, null, null, body, s, "SERVICE",
                "协助执法人员开展现场检查、复查和调查取证，提供专业意见", "按照安排履职，出示工作证，保守工作秘密",
                "按检查任务计酬，每日 600 元", "聘期届满或一方提前 30 日书面通知解除", start, null));
    }

    private void certify(Actor hr, Actor province, InspectorView i, LocalDate expiresOn) {
        inspectors.addTraining(hr, i.id(), "PRE_JOB", "技术检查员岗前培训", 32, i.termStart().plusDays(10));
        inspectors.recordAssessment(province, i.id(), i.termStart().plusDays(20));
        inspectors.issueCertificate(province, i.id(), expiresOn);
    }

    private void ensureUser(String username, long agencyId, String displayName) {
        if (!users.exists(username)) {
            users.createUser(username, displayName, agencyId, null, Set.of("DIRECTOR"), DEMO_PASSWORD, false);
        }
    }

    /** The demo account as itself: its real permissions, so demo data passes the same gates. */
    private Actor actor(String username) {
        return users.actor(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }

    private boolean enabled() {
        return cn.anjian.kernel.DemoDataSwitch.enabled(environment);
    }

    /** A valid demo ID card from its first 17 digits (GB 11643 check character). */
    static String card(String first17) {
        return cn.anjian.personnel.IdCardNumber.complete(first17).value();
    }
}
