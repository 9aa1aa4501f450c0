package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.complaints.SubmissionFigures;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import org.springframework.stereotype.Component;

/** {@link SubmissionFigures} through the staff list's own query (the total of a one-row page). */
@Component
@RequiredArgsConstructor
class SubmissionFiguresQuery implements SubmissionFigures {

    private final SubmissionQueries queries;
    private final Clock clock;

    @Override
    public long waiting(Actor actor) {
        return count(actor, new SubmissionQueries.Filter(SubmissionStatus.SUBMITTED, null, null, null, null));
    }

    @Override
    public long overdue(Actor actor) {
        return count(actor, new SubmissionQueries.Filter(null, null, true, null, null));
    }

    private long count(Actor actor, SubmissionQueries.Filter f) {
        return queries.forStaff(actor.scope(), f, SubmissionQueries.SORT.defaults(), 0, 1, LocalDate.now(clock.withZone(Zones.SHANGHAI))).total();
    }
}
