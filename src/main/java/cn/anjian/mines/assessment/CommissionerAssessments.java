package cn.anjian.mines.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MA-01..MA-03: computes the assessments of all commissioners of the actor's jurisdiction for a year, streamed in
 * batches (keyset over the commissioners, each batch in its own transaction: memory bounded), idempotent (a draft
 * whose result did not change is not written; a confirmed one is never touched). The thresholds are those in force on
 * the day of the computation; a change of them re-computes the drafts ({@link ThresholdChanges}).
 */
@Service
public class CommissionerAssessments {

    static final int BATCH = 500;
    static final String WHAT = "监管专员年度考核";

    private final AssessmentRepository repository;
    private final YearFactsReader reader;
    private final JdbcClient jdbc;
    private final Settings settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    /** Each batch commits on its own, also when called after another transaction committed (a settings change). */
    CommissionerAssessments(AssessmentRepository repository, YearFactsReader reader, JdbcClient jdbc, Settings settings, Clock clock,
                PlatformTransactionManager transactions) {
        this.repository = repository;
        this.reader = reader;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public record Summary(int created, int changed, int unchanged, int confirmed) {

        Summary plus(Summary o) {
            return new Summary(created + o.created, changed + o.changed, unchanged + o.unchanged, confirmed + o.confirmed);
        }

        public String text() {
            return "新计算 " + created + " 人，结果变化 " + changed + " 人，结果未变 " + unchanged + " 人，已确认未重算 " + confirmed + " 人";
        }
    }

    private record Target(long commissionerId, long agencyId, String scopePath) {
    }

    public Summary computeAll(Actor actor, int year) {
        AssessmentFacts.require(actor);
        int now = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear();
        if (year < 2020 || year > now) {
            throw BusinessException.badInput("MA-01-YEAR", "考核年度须在 2020 年至 " + now + " 年之间");
        }
        Summary total = new Summary(0, 0, 0, 0);
        long after = 0;
        while (true) {
            List<Target> batch = ScopeSql.bind(jdbc.sql("SELECT id, agency_id, scope_path FROM mine_commissioner WHERE id > :after AND"
                            + ScopeSql.condition("scope_path") + "ORDER BY id LIMIT " + BATCH).param("after", after), actor)
                    .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
            if (batch.isEmpty()) {
                return total;
            }
            total = total.plus(tx.execute(s -> computeBatch(batch, year)));
            after = batch.get(batch.size() - 1).commissionerId();
        }
    }

    private Summary computeBatch(List<Target> batch, int year) {
        Instant at = clock.instant();
        AssessmentRules.Thresholds t = AssessmentSettings.thresholds(settings, LocalDate.ofInstant(at, Zones.SHANGHAI));
        Map<Long, Assessment> existing = repository.findByCommissionerIdInAndYear(
                        batch.stream().map(Target::commissionerId).toList(), year).stream()
                .collect(Collectors.toMap(Assessment::commissionerId, Function.identity()));
        List<Assessment> save = new ArrayList<>();
        int created = 0, changed = 0, unchanged = 0, confirmed = 0;
        // the facts of the batch's drafts in a few set-based statements (never one query per commissioner)
        Map<Long, AssessmentRules.YearFacts> facts = reader.readAll(batch.stream().map(Target::commissionerId)
                .filter(c -> existing.get(c) == null || existing.get(c).status() == Assessment.Status.DRAFT).toList(), year);
        for (Target c : batch) {
            Assessment a = existing.get(c.commissionerId());
            if (a != null && a.status() != Assessment.Status.DRAFT) {
                confirmed++;
                continue;
            }
            AssessmentRules.YearFacts f = facts.get(c.commissionerId());
            AssessmentRules.Outcome o = AssessmentRules.assess(f, t);
            if (a == null) {
                save.add(Assessment.computed(c.commissionerId(), year, c.agencyId(), c.scopePath(), o, f.completion(), t, at));
                created++;
            } else if (a.recompute(o, f.completion(), t, at)) {
                save.add(a);
                changed++;
            } else {
                unchanged++;
            }
        }
        repository.saveAll(save);
        return new Summary(created, changed, unchanged, confirmed);
    }

    /** Re-computes every draft assessment (all jurisdictions): after a threshold change. Confirmed ones keep their grade. */
    public int recomputeDrafts() {
        int changed = 0;
        long after = 0;
        while (true) {
            List<long[]> batch = jdbc.sql("SELECT id, commissioner_id, year FROM mine_assessment WHERE status = 'DRAFT' AND id > :after"
                            + " ORDER BY id LIMIT " + BATCH).param("after", after)
                    .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
            if (batch.isEmpty()) {
                return changed;
            }
            changed += tx.execute(s -> recomputeBatch(batch.stream().map(r -> r[0]).toList()));
            after = batch.get(batch.size() - 1)[0];
        }
    }

    /** A batch of drafts again, their facts read per year in a few statements (set-based, like {@link #computeAll}). */
    private int recomputeBatch(List<Long> assessmentIds) {
        Instant at = clock.instant();
        AssessmentRules.Thresholds t = AssessmentSettings.thresholds(settings, LocalDate.ofInstant(at, Zones.SHANGHAI));
        Map<Integer, List<Assessment>> byYear = new java.util.TreeMap<>();
        repository.findAllById(assessmentIds).forEach(a -> byYear.computeIfAbsent(a.year(), y -> new ArrayList<>()).add(a));
        List<Assessment> save = new ArrayList<>();
        byYear.forEach((year, list) -> {
            Map<Long, AssessmentRules.YearFacts> facts = reader.readAll(list.stream().map(Assessment::commissionerId).toList(), year);
            for (Assessment a : list) {
                AssessmentRules.YearFacts f = facts.get(a.commissionerId());
                if (a.recompute(AssessmentRules.assess(f, t), f.completion(), t, at)) {
                    save.add(a);
                }
            }
        });
        repository.saveAll(save);
        return save.size();
    }

    /** One assessment again (a draft only), e.g. after an exemption was approved. */
    boolean recomputeOne(long assessmentId) {
        Assessment a = repository.findById(assessmentId).orElseThrow();
        Instant at = clock.instant();
        AssessmentRules.Thresholds t = AssessmentSettings.thresholds(settings, LocalDate.ofInstant(at, Zones.SHANGHAI));
        AssessmentRules.YearFacts f = reader.read(a.commissionerId(), a.year());
        if (a.recompute(AssessmentRules.assess(f, t), f.completion(), t, at)) {
            repository.save(a);
            return true;
        }
        return false;
    }

    /** 404 unless the assessment is in the actor's scope: pages call it before reading any form field. */
    public void requireVisible(Actor actor, long id) {
        find(actor, id);
    }

    Assessment find(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, repository.findById(id), Assessment::scopePath, WHAT);
    }
}
