package cn.anjian.enforcement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;

/** What other modules read about cases, and how they open one. */
public interface Cases {

    /** The case in the actor's scope; {@code NOT_FOUND} (404) otherwise, so other ids cannot be probed. */
    CaseRef ref(long caseId, Actor actor);

    /**
     * The current team of a case in the viewer's scope ({@code NOT_FOUND} otherwise), leader first; names masked
     * unless the viewer holds {@code pii:view-full} (IAM-06).
     */
    List<TeamMemberRef> team(long caseId, Actor viewer);

    /** Unscoped, for event listeners and scheduled jobs. */
    Optional<CaseRef> find(long caseId);

    /**
     * Unscoped: the case numbers (案号) of these cases in one query, for a list that names its rows' cases (issue 20:
     * one {@link #find} per row was two queries each); a case that does not exist or has no number is absent.
     */
    Map<Long, String> numbers(Collection<Long> caseIds);

    /** The numbered documents generated for a case in the actor's scope ({@code NOT_FOUND} otherwise), oldest first. */
    List<CaseDocumentRef> documents(long caseId, Actor actor);

    /** Unscoped: the undertaking unit (承办机构) of a case, empty when the case has none or does not exist. */
    Optional<Long> undertakingUnitId(long caseId);

    /**
     * The case with exactly this number (案号, stripped) in the actor's scope; empty when there is none or it lies
     * outside the scope (a supervisor links a corrected penalty to its case by number, COR-02).
     */
    Optional<CaseRef> findByNumber(String caseNumber, Actor actor);

    /** Unscoped: the newest case with exactly this title (demo loaders find the demo cases by title). */
    Optional<CaseRef> findByTitle(String title);

    /**
     * Opens a case for the actor's agency (CASE-01, CASE-04): a case number (案号) is taken, the
     * stage is INITIATION, the case's time limit is opened. Refused (nothing stored) without the
     * basis document of its source, for a party out of scope, etc. Needs {@code case:manage}.
     */
    CaseRef open(Actor actor, NewCase newCase);

    /**
     * Opens a case from a plan item or a draw (source ANNUAL_PLAN / RANDOM_DRAW / SPECIAL_CAMPAIGN,
     * basis = the plan or the draw result); the origin is stored on the case. Same gates as {@link #open}, but
     * {@code plan:manage} suffices instead of {@code case:manage}.
     */
    CaseRef openFrom(Actor actor, NewCase newCase, CaseOrigin origin);

    /** Links a case in the actor's scope to a joint operation (CASE-08). Needs {@code case:manage} or {@code plan:manage}. */
    void linkJointOperation(Actor actor, long caseId, long jointOperationId);

    /**
     * Ends the link of a case in the actor's scope to that joint operation (CASE-08); refused with
     * JOINT-NOT-LINKED when the case is not linked to it. The caller checks its own permission.
     */
    void unlinkJointOperation(Actor actor, long caseId, long jointOperationId);
}
