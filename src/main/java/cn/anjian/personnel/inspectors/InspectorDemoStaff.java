package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;

import cn.anjian.kernel.Actor;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import org.springframework.stereotype.Component;

/** Demo part-time inspectors (TI-07..TI-15), one near certificate renewal. */
@Component
@RequiredArgsConstructor
class InspectorDemoStaff {

    private final People people;
    private final Inspectors inspectors;

    void load(Actor hr, Actor province, LocalDate today, long planId) {
        // TI-07..TI-15: part-time inspectors
        long p1 = people.create(hr, NewPerson.basic("陈国栋", InspectorDemoData.card("14052519700315201"), "13903561001")).id();
        long p2 = people.create(hr, NewPerson.basic("刘文斌", InspectorDemoData.card("14052519750620202"), "13903561002")).id();
        long p3 = people.create(hr, NewPerson.basic("周海燕", InspectorDemoData.card("14052519820918203"), "13903561003")).id();
        InspectorView near = partTime(hr, planId, p1, "晋城市安全生产协会", Specialty.COAL_MINE, today.minusYears(2).minusMonths(9));
        InspectorView normal = partTime(hr, planId, p2, "泽州县煤炭工业协会", Specialty.NON_COAL_MINE, today.minusMonths(6));
        InspectorView fresh = partTime(hr, planId, p3, "晋城市化工行业协会", Specialty.HAZARDOUS_CHEMICALS, today.minusDays(10));
        certify(hr, province, near, today.plusDays(75)); // within 3 months of expiry: renewal reminder (TI-15)
        certify(hr, province, normal, normal.termEnd()); // TI-14: never beyond the term
        // TI-14: a part-time inspector whose three-year term ended last month: no longer assists nor is called up
        long p4 = people.create(hr, NewPerson.basic("王建军", InspectorDemoData.card("14052519680411204"), "13903561004")).id();
        partTime(hr, planId, p4, "泽州县安全生产协会", Specialty.METALLURGY_TRADE, today.minusYears(3).minusMonths(1));
        inspectors.addTraining(hr, near.id(), "ROTATION", "煤矿重大事故隐患判定标准轮训", 8, today.minusDays(20));
        inspectors.addTraining(hr, normal.id(), "SPECIAL", "非煤矿山专项执法专题培训", 12, today.minusDays(15));
        inspectors.addTraining(hr, fresh.id(), "PRE_JOB", "技术检查员岗前培训（第一期）", 24, today.minusDays(5));
        inspectors.issueEquipment(hr, normal.id(), "PROTECTIVE", "矿用安全帽、自救器", today.minusMonths(5));
        inspectors.issueEquipment(hr, normal.id(), "TECHNICAL", "便携式甲烷检测报警仪", today.minusMonths(5));
        inspectors.addRecord(hr, normal.id(), "INSURANCE", "人身意外伤害保险", today.minusMonths(5), today.plusMonths(7),
                "中国人寿 团体意外险 保单号 P2026-0417", null, null);
    }

    private InspectorView partTime(Actor hr, long planId, long personId, String body, Specialty s, LocalDate start) {
        return inspectors.appoint(hr, new Appointment(personId, true, null, null, body, s, "SERVICE",
                "协助执法人员开展现场检查、复查和调查取证，提供专业意见", "按照安排履职，出示工作证，保守工作秘密",
                "按检查任务计酬，每日 600 元", "聘期届满或一方提前 30 日书面通知解除", start, null, planId));
    }

    private void certify(Actor hr, Actor province, InspectorView i, LocalDate expiresOn) {
        inspectors.addTraining(hr, i.id(), "PRE_JOB", "技术检查员岗前培训", 32, i.termStart().plusDays(10));
        inspectors.recordAssessment(province, i.id(), i.termStart().plusDays(20));
        inspectors.issueCertificate(province, i.id(), expiresOn);
    }
}
