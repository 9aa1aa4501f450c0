package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-07/TI-08/TI-14: appointment with contract, and the term with its calendar deadline. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class InspectorAppointments {

    private final InspectorSupport support;
    private final InspectorRepository repository;
    private final Campaigns campaigns;
    private final HiringPlans plans;
    private final People people;
    private final Deadlines deadlines;
    private final JdbcClient jdbc;

    @Transactional
    InspectorView appoint(Actor actor, Appointment a) {
        if (a == null) {
            throw BusinessException.badInput("REQUIRED", "请填写聘用信息");
        }
        Agency agency = support.agency(actor.agencyId());
        if (agency.kind() != AgencyKind.EMERGENCY_MANAGEMENT) {
            throw new BusinessException("TI-08", "技术检查员由应急管理部门聘用");
        }
        String body = a.partTime() ? InspectorRules.recommendingBody(a.recommendingBody()) : null;
        long planId = a.partTime() ? requirePartTimePlace(actor, a.planId()) : requireHireable(actor, a);
        long personId = person(actor, a);
        Inspector.Contract contract = contract(a);
        LocalDate end = termEnd(a);
        Inspector inspector = Inspector.appoint(personId, agency.id(), agency.jurisdictionId(), agency.scopePath(),
                a.partTime(), planId, a.partTime() ? null : a.applicantId(), body, a.specialty(), a.termStart(), end,
                contract, support.now());
        try {
            repository.save(inspector);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof DuplicateKeyException) {
                throw BusinessException.conflict("TI-DUPLICATE", "此人已是本部门在聘的技术检查员");
            }
            throw e;
        }
        if (!a.partTime()) {
            campaigns.markHired(a.applicantId(), personId);
        }
        openTermDeadline(inspector, a.termStart());
        repository.save(inspector);
        InspectorView created = support.find(inspector.id);
        support.publish(AuditableEvent.change("ti.inspector.appointed", "ti-inspector", inspector.id, null,
                Inspectors.snapshot(created)));
        return created;
    }

    /** TI-03: a full-time inspector comes from a campaign's qualified applicant; returns the plan. */
    private long requireHireable(Actor actor, Appointment a) {
        if (a.campaignId() == null || a.applicantId() == null) {
            throw new BusinessException("TI-03", "专职技术检查员须经公开招聘：请选择招聘活动及拟聘人员");
        }
        campaigns.requireHireable(actor, a.campaignId(), a.applicantId());
        long planId = campaigns.get(actor, a.campaignId()).planId();
        requireWithinHeadcount(planId, InspectorKind.FULL_TIME);
        return planId;
    }

    /** TI-01: a part-time inspector takes one of the part-time places of an approved plan of the department. */
    private long requirePartTimePlace(Actor actor, Long planId) {
        if (planId == null) {
            throw new BusinessException("TI-01", "兼职技术检查员须依据经批准的聘用计划聘用：请选择聘用计划");
        }
        PlanView plan = plans.requireApproved(actor, planId);
        if (plan.agencyId() != actor.agencyId()) {
            throw new BusinessException("TI-01", "只能依据本部门的聘用计划聘用技术检查员");
        }
        requireWithinHeadcount(planId, InspectorKind.PART_TIME);
        return planId;
    }

    /**
     * TI-01: the approved numbers of full-time and part-time inspectors are binding — every appointment
     * made on the plan counts (the plan row is locked, so two concurrent hirings cannot both take the last place).
     */
    private void requireWithinHeadcount(long planId, InspectorKind kind) {
        String column = kind == InspectorKind.FULL_TIME ? "full_time_count" : "part_time_count";
        int approved = jdbc.sql("SELECT " + column + " FROM ti_hiring_plan WHERE id = :p FOR UPDATE").param("p", planId)
                .query(Integer.class).single();
        long hired = jdbc.sql("SELECT count(*) FROM ti_inspector WHERE plan_id = :p AND kind = :k")
                .param("p", planId).param("k", kind.name()).query(Long.class).single();
        if (hired >= approved) {
            throw new BusinessException("TI-01-HEADCOUNT", "聘用计划批准的" + (kind == InspectorKind.FULL_TIME ? "专职" : "兼职") + "技术检查员为 " + approved
                    + " 名，已聘用 " + hired + " 名，不能超出批准人数聘用");
        }
    }

    /** The person is recorded once (People): chosen, found by the application's ID card, or recorded now. */
    private long person(Actor actor, Appointment a) {
        Long personId = a.personId();
        if (personId == null && !a.partTime()) {
            ApplicantView ap = campaigns.applicant(actor, a.campaignId(), a.applicantId());
            personId = ap.personId() != null ? ap.personId()
                    : people.findByIdCard(actor, ap.idCard()).map(PersonView::id)
                    .orElseGet(() -> people.create(actor, NewPerson.basic(ap.name(), ap.idCard(), null)).id());
        }
        if (personId == null) {
            throw BusinessException.badInput("REQUIRED", "请先在人员信息中登记此人，并选择该人员");
        }
        String personScope = jdbc.sql("SELECT scope_path FROM per_person WHERE id = :id").param("id", personId)
                .query(String.class).optional().orElseThrow(() -> BusinessException.notFound("人员"));
        ScopeSql.requireInScope(actor, personScope, "人员");
        return personId;
    }

    private static Inspector.Contract contract(Appointment a) {
        ContractKind kind = null;
        for (ContractKind k : ContractKind.values()) {
            if (k.name().equals(a.contractKind())) {
                kind = k;
            }
        }
        if (kind == null) {
            throw BusinessException.badInput("TI-08", "请选择合同形式：劳动合同、劳务合同或其他方式");
        }
        return new Inspector.Contract(kind, InspectorRules.text(a.duties(), "合同中的岗位职责", 2000),
                InspectorRules.text(a.rights(), "合同中的权利义务", 2000),
                InspectorRules.text(a.pay(), "合同中的薪酬待遇", 500),
                InspectorRules.text(a.termination(), "合同解除或者终止条款", 2000));
    }

    private static LocalDate termEnd(Appointment a) {
        if (a.termStart() == null) {
            throw BusinessException.badInput("REQUIRED", "请填写聘用起始日期");
        }
        if (a.partTime()) {
            return InspectorRules.partTimeTermEnd(a.termStart()); // TI-14: 3 years, regardless of input
        }
        if (a.termEnd() == null) {
            throw new BusinessException("TI-14", "专职技术检查员的聘用期限由聘用部门确定：请填写聘用截止日期");
        }
        if (!a.termEnd().isAfter(a.termStart()) || a.termEnd().isAfter(a.termStart().plusYears(10))) {
            throw BusinessException.badInput("TI-14", "聘用截止日期须晚于起始日期，且聘期不超过 10 年");
        }
        return a.termEnd();
    }

    /**
     * TI-14: the term's end is tracked by the one deadline mechanism (D = the day before the term
     * starts). A 3-year term usually ends in a year whose holiday notice is not yet published; the
     * calendar then keeps the deadline pending and opens it once that year's data is entered.
     */
    private void openTermDeadline(Inspector i, LocalDate start) {
        LocalDate end = i.termEnd;
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > Period.MAX_DAYS) {
            return;
        }
        DeadlineId d = deadlines.open(new NewDeadline("ti-inspector", String.valueOf(i.id), "TI-14", null, null,
                i.jurisdictionId, i.scopePath, Period.calendarDays((int) days),
                start.minusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant(), "技术检查员聘期届满（聘用编号 " + i.id + "）"));
        i.trackTerm(d.value());
    }

    /** TI-14: a part-time term is renewed for another three years by the hiring department. */
    @Transactional
    InspectorView renewTerm(Actor actor, long id) {
        InspectorView before = support.requireActive(actor, id);
        InspectorSupport.requireHiringAgency(actor, before);
        Inspector i = support.load(before);
        Long previous = i.termDeadlineId;
        LocalDate start = i.renewTerm();
        if (previous != null) {
            deadlines.markMet(new DeadlineId(previous), support.now());
        }
        openTermDeadline(i, start);
        return support.save("ti.term.renewed", before, i);
    }
}
