package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.enforcement.cases.EnforcementSettings;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of a plan: a new one (its grade frequencies, CASE-10, are the settings in force on the day it is
 * drafted) and the revision of the plan in force (same items and frequencies, with the recorded reason).
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PlanDrafting {

    private final PlanRepository repository;
    private final PlanQueries queries;
    private final PlanItems items;
    private final Agencies agencies;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    long create(Actor actor, Integer year, String title) {
        InspectionPlans.requireManage(actor);
        int y = InspectionPlans.year(year);
        String t = InspectionPlans.text(title, 200, "PLAN-TITLE", "计划名称");
        if (t == null) {
            t = y + " 年度安全生产监督检查计划";
        }
        Agency agency = agencies.get(actor.agencyId());
        if (queries.inForce(agency.id(), y) != null) {
            throw new BusinessException("PLAN-IN-FORCE", agency.name() + y + " 年度计划已公布施行，如需变更请对其发起修订并说明理由");
        }
        requireNoOpen(agency.id(), y);
        GradeFrequencies frequencies = inForce(LocalDate.now(clock.withZone(Zones.SHANGHAI)));
        long id = insert(actor, agency, y, t, 1, null, null, frequencies);
        events.publishEvent(AuditableEvent.change("enforcement.plan.created", "inspection-plan", id, null,
                Map.of("year", y, "title", t, "agencyId", agency.id(), "frequencies", frequencies.asMap())));
        return id;
    }

    /** A revision of the plan in force: a new draft with the same items; it supersedes the plan when published. */
    @Transactional
    long revise(Actor actor, long planId, String reason) {
        InspectionPlans.requireManage(actor);
        PlanViews.Plan p = queries.get(actor, planId);
        String r = InspectionPlans.text(reason, 500, "PLAN-REVISION-REASON", "修订理由");
        if (r == null) {
            throw BusinessException.badInput("PLAN-REVISION-REASON", "请填写修订理由");
        }
        if (p.status() != PlanStatus.PUBLISHED) {
            throw new BusinessException("PLAN-REVISE-STATE", "只能修订已公布施行的计划（当前：" + p.status().label() + "）");
        }
        requireNoOpen(p.agencyId(), p.year());
        Agency agency = agencies.get(p.agencyId());
        long id = insert(actor, agency, p.year(), p.title(), p.revision() + 1, p.id(), r, p.frequencies());
        items.copy(p.id(), id);
        events.publishEvent(AuditableEvent.change("enforcement.plan.revision-started", "inspection-plan", id, null,
                Map.of("supersedes", p.id(), "reason", r, "revision", p.revision() + 1)));
        return id;
    }

    /** CASE-10: the frequencies the settings hold on that day. */
    GradeFrequencies inForce(LocalDate day) {
        return new GradeFrequencies(settings.value(EnforcementSettings.INSPECTIONS_A, day),
                settings.value(EnforcementSettings.INSPECTIONS_B, day), settings.value(EnforcementSettings.INSPECTIONS_C, day),
                settings.value(EnforcementSettings.INSPECTIONS_D, day));
    }

    private long insert(Actor actor, Agency agency, int year, String title, int revision, Long supersedes, String reason,
                        GradeFrequencies frequencies) {
        try {
            return repository.save(InspectionPlan.draft(agency, year, title, revision, supersedes, reason, frequencies,
                    actor.username(), clock.instant())).id();
        } catch (DuplicateKeyException e) {
            throw InspectionPlans.openExists(year);
        }
    }

    private void requireNoOpen(long agencyId, int year) {
        if (queries.openExists(agencyId, year)) {
            throw InspectionPlans.openExists(year);
        }
    }
}
