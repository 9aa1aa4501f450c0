/**
 * Notifications (issue 11): the in-app message centre. Each person is told of approval steps waiting for them
 * (workflow inbox), deadlines they or their unit own due within the next 3 working days and overdue ones (CAL-06,
 * the horizon counted by the working-day calendar), and being put on a case's enforcement team. Read/unread is
 * kept per person.
 *
 * <p>Sources: listeners persist what is pushed ({@code DeadlineOverdue}, {@code CaseTeamAssigned}, mines' {@code MajorMatterEscalated} and {@code MinePlanReported}); approvals
 * (a step waits for a role in an agency, not a person) and due-soon deadlines are pulled for the reading user
 * when they open the centre, the badge or the home panel. Either way a row is written once per person and subject
 * ({@code dedupe_key}, {@code ON CONFLICT DO NOTHING}). Nothing of this module is used by others: it has no API.
 * Tables: {@code ntf_*} (V18_x).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"kernel", "workflow", "calendar", "enforcement", "mines"})
package cn.anjian.notifications;
