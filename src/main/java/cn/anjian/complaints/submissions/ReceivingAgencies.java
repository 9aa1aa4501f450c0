package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import java.util.Optional;

import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which agency receives a public filing, and which of its units answers by default (its general office). */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ReceivingAgencies {

    private final Agencies agencies;
    private final Jurisdictions jurisdictions;

    /** The portal's agency: the emergency-management agency of the jurisdiction with that code (blank: the province). */
    Agency portal(String code) {
        Optional<Jurisdiction> j = code == null || code.isBlank()
                ? jurisdictions.roots().stream().findFirst() : jurisdictions.findByCode(code);
        return j.flatMap(x -> agencies.findAgency(x.id(), AgencyKind.EMERGENCY_MANAGEMENT))
                .orElseThrow(() -> BusinessException.notFound("受理部门"));
    }

    Agency get(long id) {
        return agencies.get(id);
    }

    Long generalOffice(long agencyId) {
        return agencies.units(agencyId).stream()
                .filter(u -> u.active() && u.kind() == cn.anjian.org.UnitKind.GENERAL_OFFICE)
                .map(cn.anjian.org.OrgUnit::id).findFirst().orElse(null);
    }
}
