package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.TeamMemberRef;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.ActivityKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PUB-02 (《安全生产行政执法公示制度》第七条): at an on-site activity the officers show their certificates and inform the
 * party of the grounds, basis, rights and obligations. Recorded once per activity — ticked when the activity is
 * registered, or afterwards — with the time and the case team's officers; an on-site activity without it is flagged.
 */
@Service
@RequiredArgsConstructor
public class PublicNotices {

    /** The on-site steps where officers face the party (a hearing and service have their own notices). */
    static final Set<ActivityKind> ON_SITE = EnumSet.of(ActivityKind.INSPECTION, ActivityKind.SURVEY, ActivityKind.INQUIRY,
            ActivityKind.PRESERVATION, ActivityKind.SEALING_SEIZURE, ActivityKind.SEIZURE_RELEASE,
            ActivityKind.REMOVAL_RESTORATION, ActivityKind.PERSONAL_RIGHTS, ActivityKind.DISPUTE_PRONE);

    static final String MESSAGE = "须确认已向当事人出示执法证件，并告知执法事由、依据及陈述、申辩、听证等权利和义务"
            + "（《安全生产行政执法公示制度》第七条）";

    private final JdbcClient jdbc;
    private final Activities activities;
    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** What the case page shows: when, by which officers. */
    public record NoticeView(long activityId, Instant informedAt, String officers, String recordedBy) {
    }

    public static boolean needed(ActivityKind kind) {
        return ON_SITE.contains(kind);
    }

    /**
     * Registers an activity (REC-03) and, when the form ticked them, its PUB-02 facts at its start, in one transaction.
     * One box without the other is refused before anything is written.
     */
    @Transactional
    public long open(long caseId, RecordingService.NewActivity a, boolean certificatesShown, boolean rightsInformed, Actor actor) {
        if (certificatesShown != rightsInformed) {
            throw new BusinessException("PUB-02", MESSAGE);
        }
        long id = activities.openActivity(caseId, a, actor);
        if (certificatesShown) {
            ActivityView v = activities.activity(id, actor);
            write(v, v.startedAt(), actor);
        }
        return id;
    }

    /** PUB-02 recorded afterwards for an activity in the actor's scope (404 otherwise); both facts must be confirmed. */
    @Transactional
    public void record(long activityId, boolean certificatesShown, boolean rightsInformed, Actor actor) {
        ActivityView v = activities.activity(activityId, actor);
        if (!needed(v.kind())) {
            throw BusinessException.badInput("PUB-02-KIND", "该执法活动不是现场执法环节，无需记录出示证件和告知");
        }
        if (!certificatesShown || !rightsInformed) {
            throw new BusinessException("PUB-02", MESSAGE);
        }
        write(v, clock.instant(), actor);
    }

    private void write(ActivityView v, Instant at, Actor actor) {
        List<TeamMemberRef> team = cases.team(v.caseId(), actor);
        String officers = team.isEmpty() ? actor.displayName()
                : team.stream().map(TeamMemberRef::name).collect(Collectors.joining("、"));
        String scope = jdbc.sql("SELECT scope_path FROM rec_activity WHERE id = :id").param("id", v.id()).query(String.class).single();
        int n = jdbc.sql("""
                        INSERT INTO rec_public_notice (activity_id, case_id, scope_path, certificates_shown, rights_informed,
                            informed_at, officers, recorded_at, recorded_by)
                        VALUES (:a, :c, :scope, TRUE, TRUE, :at, :officers, :now, :by) ON CONFLICT (activity_id) DO NOTHING""")
                .param("a", v.id()).param("c", v.caseId()).param("scope", scope).param("at", Timestamp.from(at))
                .param("officers", officers.length() > 400 ? officers.substring(0, 400) : officers)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
        if (n == 0) {
            throw BusinessException.conflict("PUB-02-DONE", "该执法活动已记录出示证件和告知情况");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("certificatesShown", true);
        after.put("rightsInformed", true);
        after.put("informedAt", at.toString());
        after.put("officers", officers);
        events.publishEvent(AuditableEvent.change("recording.activity.public-notice", "rec-activity", v.id(), null, after));
    }

    /** The PUB-02 records of a case's activities in the actor's scope, by activity id. */
    @Transactional(readOnly = true)
    public Map<Long, NoticeView> of(long caseId, Actor actor) {
        Map<Long, NoticeView> out = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT activity_id, informed_at, officers, recorded_by FROM rec_public_notice
                        WHERE case_id = :c AND scope_path LIKE :p ORDER BY informed_at""")
                .param("c", caseId).param("p", actor.scope().pattern())
                .query(rs -> {
                    out.put(rs.getLong(1), new NoticeView(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4)));
                });
        return out;
    }

    /** PUB-02 flags: the on-site activities of the list that have no record of it. */
    public static long missing(List<ActivityView> list, Map<Long, NoticeView> notices) {
        return list.stream().filter(a -> needed(a.kind()) && !notices.containsKey(a.id())).count();
    }
}
