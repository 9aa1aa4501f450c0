package cn.anjian.experts.draws;

import lombok.RequiredArgsConstructor;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.experts.draws.DrawRule.Candidate;
import cn.anjian.experts.draws.DrawView.Exclusion;
import cn.anjian.experts.draws.DrawView.Pick;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertSettings;
import cn.anjian.experts.pool.Pool;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.experts.pool.Pools;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-07 / EXP-08: a draw from the actor's own pool. Filters by field, sub-specialty and level; excludes experts in
 * conflict with the target enterprise ({@link Avoidance}) with the reason recorded; selects with {@link DrawRule}
 * (rotation, then the seeded shuffle); stores the seed, the candidate snapshot, the exclusions and the selection,
 * so {@link #replay} reruns it to the same result. Too few eligible experts refuse (422) and store nothing.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Draws {

    static final String WHAT = "专家抽取记录";
    static final int MAX_COUNT = 20;
    /** Seeds stay below 2^53, so a JSON number carries them exactly to any client. */
    static final long MAX_SEED = (1L << 53) - 1;
    private static final SecureRandom SEEDS = new SecureRandom();

    private final Pools pools;
    private final PoolStructure structure;
    private final Avoidance avoidance;
    private final ExpertDrawStore store;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DrawView draw(Actor actor, DrawRequest request) {
        requireDraw(actor);
        Params.requireBody(request, "请提交抽取条件");
        Pool pool = pools.of(actor);
        PoolStructure.Field field = structure.requireField(request.field());
        PoolStructure.SubSpecialty sub = request.subSpecialty() == null || request.subSpecialty().isBlank() ? null
                : structure.requireSub(field, request.subSpecialty());
        ExpertLevel level = Params.choice("EXP-LEVEL", ExpertLevel.class, "专家级别", request.level(), ExpertLevel::label);
        int count = request.count() == null ? 0 : request.count();
        if (count < 1 || count > MAX_COUNT) {
            throw BusinessException.badInput("EXP-COUNT", "抽取人数须为 1–" + MAX_COUNT + " 人");
        }
        long seed = request.seed() == null ? SEEDS.nextLong(MAX_SEED + 1) : request.seed();
        if (seed < 0 || seed > MAX_SEED) {
            throw BusinessException.badInput("EXP-SEED", "随机种子须为 0–" + MAX_SEED + " 之间的整数");
        }
        LocalDate day = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        int months = settings.value(ExpertSettings.ROTATION_WINDOW_MONTHS, day);
        Avoidance.Target target = avoidance.target(actor, request.targetEnterpriseId());
        PoolCopy copy = avoidance.copy(pool);
        Matching matching = copy.prepared(new PoolCopy.Filter(field.code(), sub == null ? null : sub.code(), level,
                day.minusMonths(months), day));
        List<Avoidance.Matched> matched = matching.matched();
        Map<Long, String> reasons = avoidance.reasons(copy, matched, target, day, settings.value(ExpertSettings.CONFLICT_LOOK_BACK_YEARS, day));
        Matching.Split split = matching.split(reasons);
        List<Candidate> eligible = matching.candidates(split.eligible());
        List<Exclusion> excluded = split.excluded();
        if (eligible.size() < count) {
            throw new BusinessException("EXP-07", shortMessage(matched.size(), eligible.size(), count, excluded));
        }
        List<Candidate> chosen = matching.select(split.eligible(), seed, count);
        List<Pick> selected = chosen.stream().map(c -> new Pick(c.expertId(), c.name())).toList();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        long id = store.insert(new ExpertDrawStore.NewDraw(pool, field.code(), sub == null ? null : sub.code(), level, count,
                target == null ? null : target.id(), seed, day, eligible, excluded, selected, at, actor.username()),
                matching.store(split.eligible()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("field", field.code());
        after.put("subSpecialty", sub == null ? "" : sub.code());
        after.put("level", level == null ? "" : level.name());
        after.put("count", count);
        after.put("targetEnterpriseId", target == null ? "" : target.id());
        after.put("seed", seed);
        after.put("selected", selected.stream().map(p -> String.valueOf(p.expertId())).collect(Collectors.joining(",")));
        after.put("excluded", excluded.size());
        events.publishEvent(AuditableEvent.change("experts.draw.made", "expert-draw", id, null, after));
        // the view from what was just written: reading ~1,000 candidates back cost more than the draw itself
        return new DrawView(id, seed, field.name(), sub == null ? null : sub.name(), level == null ? null : level.label(), count,
                target == null ? null : target.id(), target == null ? null : target.name(), day, actor.username(), at,
                new CandidateViews(eligible, chosen), excluded, selected);
    }

    /**
     * The view's candidates over the draw's eligible list, each made when read: the API answers only the selection and
     * the exclusions, so ~1,000 view records a draw were made for nothing (the page reads them all, as before).
     */
    static final class CandidateViews extends java.util.AbstractList<DrawView.Candidate> implements java.util.RandomAccess {
        private final List<Candidate> eligible;
        private final Set<Long> picked;

        CandidateViews(List<Candidate> eligible, List<Candidate> chosen) {
            this.eligible = eligible; // immutable: a view over the prepared matching's candidates
            this.picked = chosen.stream().map(Candidate::expertId).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public DrawView.Candidate get(int index) {
            Candidate c = eligible.get(index);
            return new DrawView.Candidate(c.expertId(), c.name(), c.dispatches(), c.lastDispatched(), picked.contains(c.expertId()));
        }

        @Override
        public int size() {
            return eligible.size();
        }
    }

    /**
     * EXP-07: reruns a stored draw from its candidate snapshot and seed. It is the same when the rerun selects the stored
     * experts in the stored order and the snapshot still has the hash it was stored with.
     */
    public Replay replay(Actor actor, long id) {
        ExpertDrawStore.Loaded loaded = store.load(actor, id);
        DrawView d = loaded.view();
        List<Candidate> snapshot = d.candidates().stream()
                .map(c -> new Candidate(c.expertId(), c.name(), c.dispatches(), c.lastDispatched())).toList();
        List<Pick> again = DrawRule.select(snapshot, d.seed(), d.requested()).stream()
                .map(c -> new Pick(c.expertId(), c.name())).toList();
        boolean same = again.stream().map(Pick::expertId).toList().equals(d.selected().stream().map(Pick::expertId).toList())
                && DrawSnapshot.hash(snapshot).equals(loaded.storedHash());
        events.publishEvent(AuditableEvent.change("experts.draw.replayed", "expert-draw", id, null,
                Map.of("seed", d.seed(), "same", same)));
        return new Replay(d, again, same);
    }

    /** A replay: the stored draw, the selection the rerun produced, and whether they are the same. */
    public record Replay(DrawView draw, List<Pick> selected, boolean same) {
    }

    @Transactional(readOnly = true)
    public DrawView get(Actor actor, long id) {
        return store.get(actor, id);
    }

    @Transactional(readOnly = true)
    public List<ExpertDrawStore.Summary> recent(Actor actor, int limit) {
        return store.recent(actor, limit);
    }

    static String shortMessage(int matched, int eligible, int count, List<Exclusion> excluded) {
        StringBuilder m = new StringBuilder("符合条件的专家只有 " + eligible + " 名，少于需抽取的 " + count + " 名");
        m.append("（符合领域、专业、级别条件的在库专家 ").append(matched).append(" 名");
        if (!excluded.isEmpty()) {
            Map<String, Long> byKind = excluded.stream().flatMap(e -> Set.of(e.reason().split("；")).stream())
                    .map(r -> r.contains("：") ? r.substring(0, r.indexOf('：')) : r)
                    .collect(Collectors.groupingBy(r -> r, java.util.TreeMap::new, Collectors.counting()));
            m.append("，其中 ").append(excluded.size()).append(" 名因回避被排除：");
            m.append(byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 名").collect(Collectors.joining("、")));
        }
        return m.append("）。请放宽条件或减少抽取人数").toString();
    }

    static void requireDraw(Actor actor) {
        if (!actor.hasPermission("expert:draw")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有抽取专家的权限");
        }
    }

    static Date sqlDate(LocalDate d) {
        return Date.valueOf(d);
    }

    static Timestamp sqlTime(java.time.Instant i) {
        return Timestamp.from(i);
    }
}
