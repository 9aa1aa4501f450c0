package cn.anjian.notifications.centre;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.calendar.DeadlineOverdue;
import cn.anjian.calendar.Deadlines;
import cn.anjian.enforcement.CaseTeamAssigned;
import cn.anjian.mines.MajorMatterEscalated;
import cn.anjian.mines.MinePlanReported;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What is pushed: a deadline marked overdue by the scan (CAL-06) tells its owner; being put on a case's
 * enforcement team tells the person. After commit, in their own transaction, retried from the event
 * publication registry; idempotent through the dedupe key.
 */
@Component
@RequiredArgsConstructor
class NotificationListeners {

    private final Deadlines deadlines;
    private final NotificationSources sources;
    private final NotificationStore store;
    private final JdbcClient jdbc;

    @ApplicationModuleListener
    void on(DeadlineOverdue e) {
        if (e.ownerUserId() != null) {
            deadlines.find(e.id()).ifPresent(d -> sources.overdue(e.ownerUserId(), d));
        }
    }

    /**
     * A team member is a person of the personnel register, not an account: the account is the one user of the
     * case's agency whose display name is the person's name (none or several: nobody is told rather than the
     * wrong person).
     */
    @ApplicationModuleListener
    void on(CaseTeamAssigned e) {
        for (int i = 0; i < e.personIds().size(); i++) {
            List<Long> users = jdbc.sql("SELECT id FROM iam_user_view WHERE agency_id = :a AND display_name = :n")
                    .param("a", e.agencyId()).param("n", e.names().get(i)).query(Long.class).list();
            if (users.size() == 1) {
                store.add(users.get(0), NotificationKind.ASSIGNMENT, "您已被编入案件执法组：" + e.caseTitle(),
                        "/cases/" + e.caseId(), "case-team:" + e.caseId() + ":" + e.personIds().get(i) + ":"
                                + e.at().toEpochMilli());
            }
        }
    }

    /** MW-06/MW-08/MW-12: a major matter at a mine tells each head the mines module chose (once per head and matter). */
    @ApplicationModuleListener
    void on(MajorMatterEscalated e) {
        for (long user : e.recipientUserIds()) {
            store.add(user, NotificationKind.ESCALATION, e.title(), e.link(),
                    "mine-escalation:" + e.subjectType() + ":" + e.subjectId());
        }
    }

    /** MC-06: an approved assignment plan reported to the province tells the province's receivers (once per plan). */
    @ApplicationModuleListener
    void on(MinePlanReported e) {
        for (long user : e.recipientUserIds()) {
            store.add(user, NotificationKind.REPORT, e.title(), e.link(), "mine-plan-reported:" + e.planId());
        }
    }
}
