package cn.anjian.experts.pool;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.Jurisdictions;
import org.springframework.stereotype.Component;

/** Which pool an actor works with: the pool of their own agency (ORG-03: one pool per agency, its own settings). */
@Component
@RequiredArgsConstructor
public class Pools {

    private final Agencies agencies;
    private final Jurisdictions jurisdictions;

    public Pool of(Actor actor) {
        return of(actor.agencyId());
    }

    public Pool of(long agencyId) {
        Agency a = agencies.get(agencyId);
        return new Pool(a.id(), a.name(), PoolLevel.of(jurisdictions.get(a.jurisdictionId()).level()), a.scopePath());
    }
}
