package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.TitleLevel;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Component;

/** Demo recruitment (TI-01..TI-06): the plan through the real approval chain, a campaign at the interview. */
@Component
@RequiredArgsConstructor
class InspectorDemoRecruitment {

    /** The demo password documented in the README (same as the base demo data). */
    private static final String DEMO_PASSWORD = "Anjian@2026";

    private final UserAdministration users;
    private final ActingUsers acting;
    private final Jurisdictions jurisdictions;
    private final Agencies agencies;
    private final HiringPlans plans;
    private final Campaigns campaigns;
    private final Workflows workflows;

    /** Returns the approved plan, whose part-time places the demo's part-time inspectors take (TI-01). */
    long load(Actor hr, LocalDate today) {
        Jurisdiction zz = jurisdictions.findByCode("140525").orElseThrow();
        ensureUser("zz_justice_director", agencies.findAgency(zz.id(), AgencyKind.JUSTICE).orElseThrow().id(), "司法局局长");
        ensureUser("zz_gov_director", agencies.findAgency(zz.id(), AgencyKind.GOVERNMENT).orElseThrow().id(), "县政府负责人");
        PlanView plan = approvedPlan(hr, today);
        campaign(hr, plan);
        return plan.id();
    }

    private PlanView approvedPlan(Actor hr, LocalDate today) {
        // TI-01/TI-02: the plan, approved through the real chain
        PlanView plan = plans.draft(hr, new PlanContent(InspectorDemoData.MARKER, today.getYear(), 3, 4,
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

        return plan;
    }

    private void campaign(Actor hr, PlanView plan) {
        // TI-03..TI-06: a campaign in progress (interview stage), some rejected with reasons, some scored
        CampaignView c = campaigns.open(hr, new Campaigns.NewCampaign(plan.id(), "泽州县2026年专职技术检查员公开招聘",
                "煤矿安全技术检查员 2 名、危险化学品安全技术检查员 1 名",
                "安全工程等相关专业本科以上学历，或相关领域中级以上职称、二级（技师）以上职业资格、注册安全工程师；年龄 45 周岁以下",
                HiringMethod.EXAM, "报名：公告发布之日起 10 日内；笔试：报名结束后 15 日内；面试：笔试成绩公布后 10 日内",
                new BigDecimal("0.60")));
        campaigns.recordStage(hr, c.id(), Stage.ANNOUNCEMENT, "已在泽州县人民政府门户网站发布招聘公告");
        ApplicantView a1 = campaigns.register(hr, c.id(), "郭志强", InspectorDemoData.card("14052519880312101"),
                new Application(Education.BACHELOR, true, TitleLevel.NONE, false, null, false, false, 8, false, true, true, true));
        ApplicantView a2 = campaigns.register(hr, c.id(), "李红梅", InspectorDemoData.card("14052519850706102"),
                new Application(Education.COLLEGE, false, TitleLevel.MID, true, null, false, false, 12, false, true, true, true));
        ApplicantView a3 = campaigns.register(hr, c.id(), "王建军", InspectorDemoData.card("14052519900101103"),
                new Application(Education.SECONDARY, false, TitleLevel.NONE, false, 2, true, false, 15, false, true, true, true));
        campaigns.register(hr, c.id(), "赵鹏", InspectorDemoData.card("14052519950505104"),
                new Application(Education.BACHELOR, false, TitleLevel.JUNIOR, true, 4, true, false, 3, false, true, true, true));
        campaigns.register(hr, c.id(), "孙丽", InspectorDemoData.card("14052519870808105"),
                new Application(Education.MASTER, true, TitleLevel.NONE, false, null, false, true, 6, false, true, false, true));
        campaigns.recordStage(hr, c.id(), Stage.REGISTRATION, "共 5 人报名");
        campaigns.recordStage(hr, c.id(), Stage.QUALIFICATION_REVIEW, "3 人通过资格审查，2 人未通过（原因见名单）");
        campaigns.score(hr, c.id(), a1.id(), new BigDecimal("82.5"), null);
        campaigns.score(hr, c.id(), a2.id(), new BigDecimal("76"), null);
        campaigns.score(hr, c.id(), a3.id(), new BigDecimal("68.5"), null);
        campaigns.recordStage(hr, c.id(), Stage.WRITTEN_OR_ASSESSMENT, "笔试已完成，成绩已公布");
        campaigns.score(hr, c.id(), a1.id(), null, new BigDecimal("78"));
        campaigns.score(hr, c.id(), a2.id(), null, new BigDecimal("91"));

    }

    private void ensureUser(String username, long agencyId, String displayName) {
        if (!users.exists(username)) {
            users.createUser(username, displayName, agencyId, null, Set.of("DIRECTOR"), DEMO_PASSWORD, false);
        }
    }

    private Actor actor(String username) {
        return acting.actor(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    }
}
