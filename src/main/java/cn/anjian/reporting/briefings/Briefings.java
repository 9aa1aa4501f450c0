package cn.anjian.reporting.briefings;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SS-06 (000 art. 25: "每半年向社会监督员通报1次本地区行政执法情况"): one briefing per department and half year, its
 * calendar deadline the 31st day after the half ends (31 July, 31 January; a rest day moves it, CAL-03). The office
 * drafts it — prefilled from the statistical table of its jurisdiction and half year ({@link BriefingFigures}), then edited — and sends it to the director (workflow, four eyes:
 * the drafter never approves); on approval {@link BriefingDelivery} generates the .docx and delivers it to each serving
 * supervisor of the department, which meets the deadline.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Briefings {

    static final String WHAT = "执法情况通报";
    /** D = the last day of the half (not counted); the 31st day after 30 June is 31 July, after 31 December 31 January. */
    static final int DAYS_AFTER_HALF = 31;

    static final FlowDefinition FLOW = new FlowDefinition("supervisor-briefing", "向社会监督员通报执法情况",
            new StepDefinition("director", "局长审定", "DIRECTOR", AgencyTarget.SAME_AGENCY, EnumSet.of(Decision.APPROVE, Decision.REJECT), null));

    private final BriefingRepository briefings;
    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final Workflows workflows;
    private final BriefingFigures figures;
    private final Clock clock;

    /** The department's briefing on a half year, opened with its deadline when missing (idempotent). */
    public long ensure(long agencyId, int year, int half) {
        Briefing existing = briefings.findByAgencyIdAndYearAndHalf(agencyId, year, half).orElse(null);
        if (existing != null) {
            return existing.id();
        }
        record Agency(long jurisdictionId, String scopePath, String name) {
        }
        Agency a = jdbc.sql("SELECT jurisdiction_id, scope_path, name FROM org_agency_view WHERE id = :a").param("a", agencyId)
                .query((rs, n) -> new Agency(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> BusinessException.notFound("机构"));
        Briefing b = Briefing.open(agencyId, a.jurisdictionId(), a.scopePath(), year, half, "");
        b = briefings.save(Briefing.open(agencyId, a.jurisdictionId(), a.scopePath(), year, half,
                a.name() + "关于" + b.period() + "行政执法情况的通报"));
        DeadlineId d = deadlines.open(new NewDeadline(Briefing.SUBJECT, String.valueOf(b.id()), "SS-06", null, null, a.jurisdictionId(),
                a.scopePath(), Period.calendarDays(DAYS_AFTER_HALF), halfEnd(year, half), "向社会监督员通报" + b.period() + "执法情况"));
        b.deadline(d.value());
        briefings.save(b);
        return b.id();
    }

    /** Noon of the half's last day in Beijing: its date is the day D the calendar does not count. */
    static Instant halfEnd(int year, int half) {
        LocalDate last = half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        return last.atTime(LocalTime.NOON).atZone(Zones.SHANGHAI).toInstant();
    }

    /** The half year that ended last before {@code today}: January–June → the previous year's second half. */
    static int[] lastEndedHalf(LocalDate today) {
        return today.getMonthValue() <= 6 ? new int[] {today.getYear() - 1, 2} : new int[] {today.getYear(), 1};
    }

    /** Every active emergency-management department's briefing on the half year that ended last (the daily job). */
    public int ensureAll() {
        int[] h = lastEndedHalf(LocalDate.now(clock.withZone(Zones.SHANGHAI)));
        List<Long> ids = jdbc.sql("SELECT id FROM org_agency_view WHERE kind = 'EMERGENCY_MANAGEMENT' AND status = 'ACTIVE'")
                .query(Long.class).list();
        ids.forEach(a -> ensure(a, h[0], h[1]));
        return ids.size();
    }

    /** The draft's text composed from the figures of its half year (replacing what was there). */
    public void prefill(Actor actor, long id) {
        Briefing b = own(actor, id);
        b.edit(b.title(), BriefingFigures.text(b.period(), figures.figures(b.jurisdictionId(), b.year(), b.half())), actor.username());
        briefings.save(b);
    }

    public void edit(Actor actor, long id, String title, String body) {
        Briefing b = own(actor, id);
        b.edit(Params.text("SS-06-TITLE", "标题", title, 200, true), Params.text("SS-06-BODY", "通报内容", body, 20_000, true),
                actor.username());
        briefings.save(b);
    }

    /** To the director for approval (the drafter cannot approve it: four eyes). */
    public void submit(Actor actor, long id) {
        Briefing b = own(actor, id);
        if (b.status() != Briefing.Status.DRAFT) {
            throw BusinessException.conflict("SS-06-STATE", "该通报已提交审核或已通报");
        }
        FlowId flow = workflows.start(FLOW, Briefing.SUBJECT, String.valueOf(id), b.title(), "/reporting/briefings/" + id, b.agencyId(), actor);
        b.submit(flow.value(), actor.username());
        briefings.save(b);
    }

    private Briefing own(Actor actor, long id) {
        Briefing b = load(actor, id);
        if (!actor.hasPermission("stat-register:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有起草通报的权限");
        }
        if (b.agencyId() != actor.agencyId()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "SS-06-AGENCY", "只有本部门可以起草本部门的通报");
        }
        return b;
    }

    /** What the briefing's page shows. */
    public record View(long id, long agencyId, String period, String title, String body, Briefing.Status status, Long deadlineId,
                       Long flowId, Long fileId, java.time.Instant deliveredAt) {
    }

    @Transactional(readOnly = true)
    public View view(Actor actor, long id) {
        Briefing b = load(actor, id);
        return new View(b.id(), b.agencyId(), b.period(), b.title(), b.body(), b.status(), b.deadlineId(), b.flowId(), b.fileId(),
                b.deliveredAt());
    }

    /** The half year's figures the briefing is prefilled from, each with its drill-down (STAT-09). */
    @Transactional(readOnly = true)
    List<BriefingFigures.Figure> figures(Actor actor, long id) {
        Briefing b = load(actor, id);
        return figures.figures(b.jurisdictionId(), b.year(), b.half());
    }

    Briefing load(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, briefings.findById(id), Briefing::scopePath, WHAT);
    }

    /** Opened for the actor's own department (the register page): the half that ended last. */
    public long ensureOwn(Actor actor) {
        int[] h = lastEndedHalf(LocalDate.now(clock.withZone(Zones.SHANGHAI)));
        return ensure(actor.agencyId(), h[0], h[1]);
    }
}
