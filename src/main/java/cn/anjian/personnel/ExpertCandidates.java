package cn.anjian.personnel;

import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;

/**
 * SPI (TI-07): part-time technical inspectors are hired from the local expert pool. The expert pool implements this
 * (personnel must not depend on it); hiring asks it for active experts of the actor's pool to pick an applicant from.
 * Without an implementation the picker offers nobody.
 */
public interface ExpertCandidates {

    /** An active expert as the picker shows him: the ID card masked; the title level as personnel counts it. */
    record ExpertCandidate(long expertId, String name, String maskedIdCard, String fieldName, String title,
                           TitleLevel titleLevel, String employer) {
    }

    /** Active experts of the actor's pool whose name or employer contains {@code q}, at most {@code limit}. */
    List<ExpertCandidate> search(Actor actor, String q, int limit);

    /** The full ID card number of an active expert of the actor's pool (to register him), or empty: not found. */
    Optional<String> idCard(Actor actor, long expertId);

    /** One active expert of the actor's pool, or empty. */
    Optional<ExpertCandidate> get(Actor actor, long expertId);
}
