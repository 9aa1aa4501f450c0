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

    /**
     * CASE-04: the label of the record picked on a form shown again (after a refusal), so the typeahead shows what was
     * picked; null when none was picked or it cannot be read.
     */
    String originLabel(Actor actor, String source, String originId) {
        if (originId == null || !originId.strip().matches("\\d{1,18}") || source == null) {
            return null;
        }
        for (cn.anjian.enforcement.CaseSource s : cn.anjian.enforcement.CaseSource.values()) {
            if (s.name().equals(source.strip())) {
                return CaseOrigins.Kind.of(s).flatMap(k -> origins.describe(actor, k.name(), Long.parseLong(originId.strip())))
                        .map(CaseOrigins.Choice::label).orElse(null);
            }
        }
        return null;
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

    /** The unit filter's choices: the node's copy of the agency's units (no statement per list page). */
    List<OrgUnit> units(Actor actor) {
        return agencies.listedUnits(actor.agencyId());
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
