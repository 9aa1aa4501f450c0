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
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.cases.CaseOrigins;
import cn.anjian.enforcement.items.CaseItems;
import cn.anjian.enforcement.items.EnforcementItems;
import cn.anjian.enforcement.items.ItemViews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The choices the case forms offer (parties, team candidates, units), each read in the actor's scope. */
@Component
@RequiredArgsConstructor
class CaseFormChoices {

    private final Enterprises enterprises;
    private final Agencies agencies;
    private final Officers officers;
    private final People people;
    private final CaseOrigins origins;
    private final CaseItems caseItems;
    private final EnforcementItems items;

    /** CASE-17: the active enforcement items, offered on the new-case form grouped by kind. */
    List<ItemViews.ItemView> items() {
        return items.activeChoices();
    }

    /** Whether {@code itemId} names an active item (the new-case form reports it with the other errors). */
    boolean itemUsable(Long itemId) {
        return itemId == null || items.find(itemId).filter(ItemViews.ItemView::active).isPresent();
    }

    /** CASE-04: the plan items, draws and complaints/clues in scope the form offers as the case's basis. */
    List<CaseOrigins.Choice> origins(Actor actor) {
        return origins.candidates(actor);
    }

    /**
     * Opens the case (on the picked record {@code origin}, or on the typed basis) and, when one was picked, records its
     * enforcement item — both or neither (CASE-04, CASE-17).
     */
    @Transactional
    CaseRef open(Actor actor, NewCase c, CaseOrigin origin, Long itemId) {
        CaseRef ref = origins.open(actor, c, origin);
        if (itemId != null) {
            caseItems.choose(actor, ref.id(), itemId, null, null);
        }
        return ref;
    }

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
