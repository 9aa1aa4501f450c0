package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DecisionIssuanceGuard;
import cn.anjian.enforcement.DecisionIssued;
import cn.anjian.enforcement.items.ItemViews.BenchmarkView;
import cn.anjian.enforcement.items.ItemViews.CaseItemView;
import cn.anjian.enforcement.items.ItemViews.ItemView;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-17 for one case: the item it rests on (chosen on opening or later, up to the decision) and the discretion gate
 * of its decision. As a {@link DecisionIssuanceGuard} (asked before legal review) it refuses a fine outside the
 * suggested range of the chosen circumstance without a recorded reason, and a fine under an item with benchmarks
 * while no circumstance is chosen; the fine decided is recorded on the choice when the decision is issued.
 * A case without a chosen item is not held up (cases opened before the catalogue existed).
 */
@Service
@Order(10)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseItems implements DecisionIssuanceGuard {

    private final JdbcClient jdbc;
    private final Cases cases;
    private final EnforcementItems items;
    private final CaseItemRepository choices;
    private final Clock clock;

    /** The case's choice, in the actor's scope (404 otherwise); empty when none was made. */
    public Optional<CaseItemView> find(Actor actor, long caseId) {
        cases.ref(caseId, actor);
        return view(caseId);
    }

    /**
     * Chooses the item (and, for a fine, the benchmark row {@code benchmarkSeq} of it) and the reason for deviating
     * from its range, before the decision is issued. Needs {@code case:manage}; refused (nothing stored) after the
     * decision, for a retired or unknown item, an unknown benchmark.
     */
    @Transactional
    public CaseItemView choose(Actor actor, long caseId, Long itemId, Integer benchmarkSeq, String reason) {
        if (!actor.hasPermission("case:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-01", "您没有办理案件的权限");
        }
        CaseRef c = cases.ref(caseId, actor);
        if (c.stage().ordinal() > CaseStage.DECISION.ordinal() || decided(caseId)) {
            throw new BusinessException("CASE-17-DECIDED", "处理决定已作出，不能再变更执法事项和裁量情节");
        }
        if (itemId == null) {
            throw BusinessException.badInput("CASE-17-ITEM", "请选择执法事项");
        }
        ItemView item = items.find(itemId).filter(ItemView::active)
                .orElseThrow(() -> BusinessException.badInput("CASE-17-ITEM", "所选执法事项不存在或已停用"));
        EnforcementItem.Benchmark benchmark = null;
        if (benchmarkSeq != null) {
            BenchmarkView b = item.benchmarks().stream().filter(x -> x.seq() == benchmarkSeq).findFirst()
                    .orElseThrow(() -> BusinessException.badInput("CASE-17-BENCHMARK", "所选裁量基准不属于该执法事项"));
            benchmark = new EnforcementItem.Benchmark(b.violation(), b.circumstance(), b.minYuan(), b.maxYuan(), b.description());
        }
        String why = Params.text("CASE-17-REASON", "偏离裁量基准的理由", reason, 2000, false);
        CaseItemChoice choice = choices.findById(caseId).orElseGet(() -> CaseItemChoice.first(caseId, c.scopePath()));
        choice.choose(item.id(), benchmark, why, clock.instant(), actor.username());
        try {
            choices.save(choice); // publishes the audit entry
        } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
            throw BusinessException.conflict("CASE-17-STALE", "本案执法事项已被他人修改，请刷新后重试");
        }
        return view(caseId).orElseThrow();
    }

    /** CASE-17, asked by the one decision-issuing method before anything is numbered or stored. */
    @Override
    public void beforeIssue(CaseRef theCase, CaseDecision decision) {
        BigDecimal fine = decision.fineYuan();
        if (decision.kind() != CaseDecision.DecisionKind.PENALTY || fine == null || fine.signum() == 0) {
            return;
        }
        CaseItemChoice choice = choices.findById(theCase.id()).orElse(null);
        if (choice == null) {
            return;
        }
        if (choice.circumstance() == null) {
            boolean hasBenchmarks = jdbc.sql("""
                            SELECT EXISTS (SELECT 1 FROM enf_item_benchmark b JOIN enf_case_item c ON c.item_id = b.item_id
                                           WHERE c.case_id = :c)""")
                    .param("c", theCase.id()).query(Boolean.class).single();
            if (hasBenchmarks) {
                throw new BusinessException(Discretion.NO_CIRCUMSTANCE, "本案执法事项设有裁量基准，罚款前须先在“执法事项与裁量”中选择违法行为的情节");
            }
            return;
        }
        Discretion.check(choice.circumstance(), choice.range(), fine, reason(decision, choice));
    }

    /** The reason written on the decision form, else the one recorded with the choice (earlier cases). */
    static String reason(CaseDecision decision, CaseItemChoice choice) {
        String r = decision.deviationReason();
        return r != null && !r.isBlank() ? r.strip() : choice.deviationReason();
    }

    /** The decision was issued (same transaction): the fine decided is recorded with the choice, and audited. */
    @EventListener
    void onDecision(DecisionIssued e) {
        if (e.decision() == null) {
            return;
        }
        choices.findById(e.caseId()).ifPresent(choice -> {
            choice.decided(e.decision().fineYuan(), reason(e.decision(), choice));
            choices.save(choice);
        });
    }

    boolean decided(long caseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enf_case_decision WHERE case_id = :c)").param("c", caseId)
                .query(Boolean.class).single();
    }

    private Optional<CaseItemView> view(long caseId) {
        return jdbc.sql("""
                        SELECT c.*, i.code, i.name, i.law_name, i.article, i.basis_text
                        FROM enf_case_item c JOIN enf_item i ON i.id = c.item_id WHERE c.case_id = :c""")
                .param("c", caseId)
                .query((rs, n) -> new CaseItemView(rs.getLong("case_id"), rs.getLong("item_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("law_name") + rs.getString("article"), rs.getString("basis_text"),
                        rs.getString("violation"), rs.getString("circumstance") == null ? null : Circumstance.valueOf(rs.getString("circumstance")),
                        rs.getBigDecimal("min_yuan"), rs.getBigDecimal("max_yuan"), rs.getString("deviation_reason"),
                        rs.getTimestamp("chosen_at").toInstant(), rs.getString("chosen_by"), rs.getBigDecimal("applied_fine_yuan"),
                        (Boolean) rs.getObject("outside_range")))
                .optional();
    }
}
