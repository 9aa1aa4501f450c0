package cn.anjian.enforcement;

import java.util.Optional;

import cn.anjian.kernel.Actor;

/** What other modules read about cases. */
public interface Cases {

    /** The case in the actor's scope; {@code NOT_FOUND} (404) otherwise, so other ids cannot be probed. */
    CaseRef ref(long caseId, Actor actor);

    /** Unscoped, for event listeners and scheduled jobs. */
    Optional<CaseRef> find(long caseId);
}
