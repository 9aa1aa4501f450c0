package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.identity.UserRoles;
import cn.anjian.mines.MajorMatterEscalated;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MW-06/MW-08/MW-12: a major matter goes at once to the heads (局长、分管副局长) of the department that supervises the
 * mine — the emergency-management and mine-safety agencies of the mine's department jurisdiction, no other. Who was
 * told and when is recorded here; the message centre is fed by {@link MajorMatterEscalated}.
 */
@Component
@RequiredArgsConstructor
class Escalations {

    static final List<String> HEADS = List.of("DIRECTOR", "DEPUTY_DIRECTOR");

    private final Agencies agencies;
    private final UserRoles roles;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    /** Tells the heads; returns their user ids (recorded, once per person and matter). */
    List<Long> escalate(String subjectType, long subjectId, long departmentJurisdictionId, String title, String link,
                        Instant at) {
        Set<Long> heads = new LinkedHashSet<>();
        for (AgencyKind kind : List.of(AgencyKind.EMERGENCY_MANAGEMENT, AgencyKind.MINE_SAFETY)) {
            agencies.findAgency(departmentJurisdictionId, kind).ifPresent(a -> heads.addAll(roles.holders(a.id(), HEADS)));
        }
        List<Long> told = new ArrayList<>(heads);
        for (long user : told) {
            jdbc.sql("""
                            INSERT INTO mine_escalation (subject_type, subject_id, user_id, escalated_at)
                            VALUES (:t, :s, :u, :at) ON CONFLICT DO NOTHING""")
                    .param("t", subjectType).param("s", subjectId).param("u", user).param("at", Timestamp.from(at))
                    .update();
        }
        events.publishEvent(new MajorMatterEscalated(subjectType, subjectId, title, link, told, at));
        return told;
    }
}
