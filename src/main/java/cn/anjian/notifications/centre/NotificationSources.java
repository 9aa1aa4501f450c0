package cn.anjian.notifications.centre;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Zones;
import cn.anjian.workflow.InboxFilter;
import cn.anjian.workflow.InboxItem;
import cn.anjian.workflow.Workflows;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is pulled for the reading person: approval steps waiting for them (a step waits for a role in an agency,
 * so only the person who opens the centre can be told), their own flows returned for revision, and deadlines
 * they or their unit own (CAL-06) that fall due within {@link #DUE_SOON_WORKING_DAYS} working days or are overdue.
 */
@Component
@RequiredArgsConstructor
class NotificationSources {

    /** "Deadlines in the next 3 working days": due no later than the end of the 3rd working day after today. */
    static final int DUE_SOON_WORKING_DAYS = 3;
    static final int MAX_PULLED = 200;
    static final String DEADLINES_LINK = "/calendar/deadlines";

    private final Workflows workflows;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final NotificationStore store;
    private final Clock clock;

    /** Brings the person's notifications up to date (idempotent). */
    @Transactional
    void pull(Actor actor) {
        if (actor.hasPermission("workflow:inbox")) {
            approvals(actor);
        }
        if (actor.hasPermission("deadline:read")) {
            deadlines(actor);
        }
    }

    private void approvals(Actor actor) {
        List<InboxItem> items = workflows.inbox(actor, InboxFilter.all(), PageRequest.of(0, MAX_PULLED)).getContent();
        for (InboxItem i : items) {
            String what = i.definitionName() + "「" + i.title() + "」";
            String title = i.returned() ? "已退回修改，请修改后重新提交：" + what : "待您审批：" + what + "（" + i.stepName() + "）";
            String key = "flow:" + i.flowId().value() + ":" + i.stepIndex() + ":" + i.kind() + ":"
                    + (i.waitingSince() == null ? "" : i.waitingSince().toEpochMilli());
            store.add(actor.userId(), NotificationKind.APPROVAL, title, "/workflow/flows/" + i.flowId().value(), key);
        }
    }

    private void deadlines(Actor actor) {
        LocalDate horizon = horizon();
        for (DeadlineView d : deadlines.mine(actor, MAX_PULLED)) {
            if (d.state() == DeadlineState.OVERDUE) {
                overdue(actor.userId(), d);
            } else if (horizon != null && d.state() == DeadlineState.OPEN && !d.suspended() && d.dueDate() != null
                    && !d.dueDate().isAfter(horizon)) {
                store.add(actor.userId(), NotificationKind.DUE_SOON,
                        "期限将至：" + label(d) + "，" + Fmt.date(d.dueDate()) + " 到期", DEADLINES_LINK,
                        "deadline-soon:" + d.id().value() + ":" + d.dueDate());
            }
        }
    }

    /** An overdue deadline for its owner (pulled, or pushed by the overdue scan). */
    void overdue(long userId, DeadlineView d) {
        store.add(userId, NotificationKind.OVERDUE,
                "期限已逾期：" + label(d) + (d.dueDate() == null ? "" : "（" + Fmt.date(d.dueDate()) + " 到期）"),
                DEADLINES_LINK, "deadline-overdue:" + d.id().value());
    }

    /**
     * The last due date counted as "soon": today plus 3 working days (CAL-02 counting: today not counted). Null
     * when the calendar has no holiday data for those days yet: then nothing is called "soon" rather than guessed.
     */
    LocalDate horizon() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        try {
            return calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS).date();
        } catch (BusinessException e) {
            if (WorkingCalendar.NO_DATA.equals(e.code())) {
                return null;
            }
            throw e;
        }
    }

    private static String label(DeadlineView d) {
        return d.title() != null && !d.title().isBlank() ? d.title() : "业务期限";
    }
}
