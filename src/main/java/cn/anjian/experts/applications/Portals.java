package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import cn.anjian.experts.pool.Pool;
import cn.anjian.experts.pool.Pools;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdictions;
import org.springframework.stereotype.Component;

/** The pool a portal addresses by its public division code (the Zezhou portal when none is given). */
@Component
@RequiredArgsConstructor
class Portals {

    private final Jurisdictions jurisdictions;
    private final Agencies agencies;
    private final Pools pools;

    Pool pool(String portal) {
        String code = portal == null || portal.isBlank() ? "140525" : portal.strip();
        Agency a = jurisdictions.findByCode(code)
                .flatMap(j -> agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT))
                .orElseThrow(() -> BusinessException.notFound("专家库"));
        return pools.of(a.id());
    }
}
