package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-13 (art. 31): the half-year work report. Opening it prefills the five items from the records and opens its
 * calendar deadline (the last day of the half-year, kept for the commissioner); submitting meets the deadline and
 * generates the numbered .docx through {@code documents}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class WorkReports {

    static final String SUBJECT = "mine_work_report";
    static final String WHAT = "述职报告";

    private final WorkReportRepository reports;
    private final CommissionerSelf self;
    private final WorkReportFacts facts;
    private final Deadlines deadlines;
    private final IssuedDocuments documents;
    private final Clock clock;

    public record View(long id, String commissionerName, HalfYear period, WorkReportStatus status, String facts,
                       String accidents, String implementation, String discipline, String problems, String otherMatters,
                       LocalDate due, Instant submittedAt, Long fileId, String docNumber, boolean mine) {
    }

    public record Narrative(String accidents, String implementation, String discipline, String problems, String otherMatters) {
    }

    /** The actor's report of the current half-year, opened (prefilled, deadline) on first use. */
    public long openCurrent(Actor actor) {
        return open(actor, HalfYear.of(LocalDate.now(clock.withZone(Zones.SHANGHAI))));
    }

    /** The actor's report of {@code period}, opened on first use; a later half-year than today's is refused. */
    public long open(Actor actor, HalfYear period) {
        Me me = self.require(actor);
        if (period.first().isAfter(LocalDate.now(clock.withZone(Zones.SHANGHAI)))) {
            throw new BusinessException("MW-13-PERIOD", "尚未到" + period.label() + "，不能提前述职");
        }
        return reports.findByCommissionerIdAndPeriodYearAndHalf(me.commissionerId(), period.year(), period.half())
                .map(WorkReport::id).orElseGet(() -> {
                    WorkReport r = reports.save(WorkReport.open(me, period, facts.facts(me, period), clock.instant()));
                    LocalDate d = period.first().minusDays(1);
                    DeadlineId id = deadlines.open(new NewDeadline(SUBJECT, String.valueOf(r.id()), "MW-13", me.userId(),
                            null, me.jurisdictionId(), me.scopePath(),
                            Period.calendarDays((int) ChronoUnit.DAYS.between(d, period.last())),
                            d.atStartOfDay(Zones.SHANGHAI).toInstant(), "述职报告：" + me.name() + " " + period.label(),
                            me.userId()));
                    r.deadline(id.value());
                    return reports.save(r).id();
                });
    }

    /** The actor's own reports, newest period first. */
    @Transactional(readOnly = true)
    public List<View> mine(Actor actor) {
        return self.find(actor).map(me -> reports.findByCommissionerId(me.commissionerId()).stream()
                .sorted(Comparator.comparing((WorkReport r) -> r.period().first()).reversed())
                .map(r -> view(r, me.name(), true)).toList()).orElse(List.of());
    }

    /** A report the actor wrote, or one in the actor's scope for holders of mine:read; else 404. */
    @Transactional(readOnly = true)
    public View get(Actor actor, long id) {
        WorkReport r = find(actor, id);
        String name = self.find(actor).filter(me -> me.commissionerId() == r.commissionerId()).map(Me::name)
                .orElseGet(() -> self.nameOf(r.commissionerId()));
        return view(r, name, r.userId() == actor.userId());
    }

    /** Saves the narrative (the commissioner's own draft only). */
    public void edit(Actor actor, long id, Narrative n) {
        WorkReport r = own(actor, id);
        r.edit(new WorkReport.Items(n.accidents(), n.implementation(), n.discipline(), n.problems(), n.otherMatters()));
        reports.save(r);
    }

    /** MW-13: submits the report (items one to four filled), meets its deadline and generates the .docx. */
    public void submit(Actor actor, long id) {
        WorkReport r = own(actor, id);
        Instant now = clock.instant();
        r.submit(now);
        View v = view(r, self.require(actor).name(), true);
        Map<String, Object> data = new HashMap<>();
        data.put("commissionerName", v.commissionerName());
        data.put("period", v.period().label() + "（" + Fmt.chineseDate(v.period().first()) + "至" + Fmt.chineseDate(v.period().last()) + "）");
        List<String> mines = self.mines(r.commissionerId(), v.period().last()).stream().map(CommissionerSelf.MyMine::name).toList();
        data.put("mines", mines.isEmpty() ? "（本期无派驻矿山）" : String.join("、", mines));
        data.put("facts", v.facts());
        data.put("accidents", v.accidents());
        data.put("implementation", v.implementation());
        data.put("discipline", v.discipline());
        data.put("problems", v.problems());
        data.put("otherMatters", v.otherMatters().isBlank() ? "无" : v.otherMatters());
        data.put("date", Fmt.chineseDate(LocalDate.ofInstant(now, Zones.SHANGHAI)));
        IssuedDocument doc = documents.issue("MINE_WORK_REPORT", r.agencyId(), SUBJECT, String.valueOf(r.id()), data,
                r.scopePath(), actor);
        r.document(doc.fileId(), doc.number().text());
        reports.save(r);
        if (r.deadlineId() != null) {
            deadlines.markMet(new DeadlineId(r.deadlineId()), now);
        }
    }

    private WorkReport own(Actor actor, long id) {
        WorkReport r = reports.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        if (r.userId() != actor.userId()) {
            throw BusinessException.notFound(WHAT);
        }
        return r;
    }

    private WorkReport find(Actor actor, long id) {
        WorkReport r = reports.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        if (r.userId() != actor.userId()) {
            if (!actor.hasPermission("mine:work-read")) {
                throw BusinessException.notFound(WHAT);
            }
            ScopeSql.requireInScope(actor, r.scopePath(), WHAT);
        }
        return r;
    }

    private View view(WorkReport r, String name, boolean mine) {
        LocalDate due = r.deadlineId() == null ? null
                : deadlines.find(new DeadlineId(r.deadlineId())).map(DeadlineView::dueDate).orElse(null);
        WorkReport.Items i = r.items();
        return new View(r.id(), name, r.period(), r.status(), r.facts(), i.accidents(), i.implementation(), i.discipline(),
                i.problems(), i.otherMatters(), due, r.submittedAt(), r.fileId(), r.docNumber(), mine);
    }
}
