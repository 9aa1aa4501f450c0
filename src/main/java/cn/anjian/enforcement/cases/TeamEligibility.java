package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import cn.anjian.settings.Settings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.enterprises.Conflicts;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.InspectorEligibility;
import cn.anjian.personnel.InspectorStanding;
import org.springframework.stereotype.Component;

/**
 * What a person brings to a case team on a day (CASE-02, OFF-03, TI-10): a valid enforcement
 * certificate, an inspector's standing, or a conflict with the case's enterprise within the
 * avoidance look-back period.
 */
@Component
@RequiredArgsConstructor
class TeamEligibility {

    private final Conflicts conflicts;
    private final EnforcerEligibility enforcers;
    private final InspectorEligibility inspectors;
    private final Settings settings;

    TeamRules.Candidate candidate(CaseView c, long personId, String name, TeamRole role, LocalDate day,
                                          Map<Long, String> certificates) {
        boolean conflicted = c.enterpriseId() != null && conflicts.conflicted(personId, c.enterpriseId(), day,
                settings.value(EnforcementSettings.AVOIDANCE_LOOK_BACK_YEARS, day));
        Eligibility e = role == TeamRole.ASSISTANT ? null : enforcers.check(personId, day);
        boolean enforcer = e != null && e.mayEnforce();
        List<String> reasons = new ArrayList<>(e == null ? List.of() : e.reasons());
        boolean mayAssist = false;
        if (!enforcer) {
            InspectorStanding s = inspectors.standing(personId, day);
            mayAssist = s.mayAssist();
            if (role == TeamRole.ASSISTANT) {
                reasons = new ArrayList<>(s.reasons());
            }
        }
        if (enforcer) {
            certificates.put(personId, e.certificateNumber());
        }
        return new TeamRules.Candidate(personId, name, role, enforcer, mayAssist, conflicted, reasons);
    }
}
