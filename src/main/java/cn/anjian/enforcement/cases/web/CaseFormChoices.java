package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.kernel.Actor;
import cn.anjian.org.Agencies;
import cn.anjian.org.OrgUnit;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.Officers;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonView;
import cn.anjian.enterprises.Enterprises;
import org.springframework.stereotype.Component;

/** The choices the case forms offer (parties, team candidates, units), each read in the actor's scope. */
@Component
@RequiredArgsConstructor
class CaseFormChoices {

    private final Enterprises enterprises;
    private final Agencies agencies;
    private final Officers officers;
    private final People people;

    List<EnterpriseView> parties(Actor actor) {
        return actor.hasPermission("enterprise:read")
                ? enterprises.search(actor, EnterpriseFilter.none(), 0, 200).items() : List.of();
    }

    List<OrgUnit> units(Actor actor) {
        return agencies.units(actor.agencyId());
    }

    /** Certified officers as members, everyone else in scope as possible assistants (CASE-02). */
    Team team(Actor actor) {
        List<OfficerRow> certified = officers.list(actor, new OfficerFilter(null, null, "VALID", null, null), 0, 200).items();
        Set<Long> officerIds = new LinkedHashSet<>();
        certified.forEach(o -> officerIds.add(o.personId()));
        List<PersonView> others = new ArrayList<>(people.search(actor, PersonFilter.none(), 0, 200).items());
        others.removeIf(p -> officerIds.contains(p.id()));
        return new Team(certified, others);
    }

    record Team(List<OfficerRow> officers, List<PersonView> assistants) {
    }
}
