package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.Instant;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageChanged;
import cn.anjian.enforcement.CaseStageGuard;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage transitions (CASE-03) through {@link Case#advanceTo}: {@link StageRules} first, then (leaving
 * INITIATION) a valid team, then every {@link CaseStageGuard} inside this transaction; the log, the
 * time limit, {@link CaseStageChanged} and the audit entry follow.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CaseStages {

    private final CaseRepository repository;
    private final CaseReads reads;
    private final CaseTeams teams;
    private final ObjectProvider<CaseStageGuard> guards;
    private final StageLog log;
    private final CaseDeadlines deadlines;
    private final CaseClock clock;

    @Transactional
    CaseView transition(Actor actor, long caseId, CaseStage to, String note) {
        Guards.require(actor, "case:manage");
        CaseView view = reads.get(actor, caseId);
        Case c = repository.findById(caseId).orElseThrow(() -> BusinessException.notFound(CaseService.WHAT));
        if (c.stage() != view.stage()) {
            throw concurrent();
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        Instant now = clock.now();
        String logged = c.advanceTo(to, n, reads.decisionIssued(caseId), (aggregate, from, target) -> {
            // archiving files a closed case: not an act of the team, so an expired certificate never blocks it
            if (target != CaseStage.ARCHIVED) {
                teams.requireValidTeam(view, "进入" + target.label() + "阶段");
            }
            CaseRef ref = reads.toRef(view);
            // every guard bean (none until a downstream module plugs one in), in @Order order
            guards.orderedStream().forEach(g -> g.beforeTransition(ref, from, target));
        }, actor.username(), now);
        log.append(caseId, view.stage(), to, actor.username(), now, logged);
        if (to == CaseStage.CLOSURE) {
            deadlines.close(c.deadlineId(), now);
        }
        try {
            repository.save(c); // publishes CaseStageChanged and the audit entry
        } catch (OptimisticLockingFailureException e) {
            throw concurrent();
        }
        return reads.get(actor, caseId);
    }

    private static BusinessException concurrent() {
        return BusinessException.conflict("CASE-STAGE-CONCURRENT", "案件阶段已被他人变更，请刷新后重试");
    }
}
