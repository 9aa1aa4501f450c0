package cn.anjian.enforcement.draws;

import lombok.RequiredArgsConstructor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.RandomDrawPublished;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-06 双随机: draws inspection targets from the agency's enterprise list and matches officers at
 * random, respecting avoidance (the conflicts register, 3 years back) and OFF-03 (only officers with
 * a valid enforcement certificate on the draw day; at least two per target). The seed (from
 * {@link SecureRandom}), both ordered pools, the conflicts met and the result are stored with who
 * and when, so {@link #verify} can replay {@link DrawAlgorithm} and show the result is exactly what
 * the seed gives. A target that cannot get enough non-conflicted officers is stored unstaffed and
 * reported (the draw itself is kept: refusing would invite drawing again until a result pleases).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class RandomDraws {

    static final String WHAT = "抽查记录";
    static final int MAX_TARGETS = 500;
    static final int MAX_POOL = 20_000;

    record NewDraw(String title, Industry industry, RiskGrade riskGrade, EnterpriseStatus status, Integer count,
                   Integer percent, Integer officersPerTarget) {
    }

    private final DrawRepository repository;
    private final DrawQueries queries;
    private final DrawPools pools;
    private final DrawStore store;
    private final DrawCases cases;
    private final Agencies agencies;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    // ---- drawing ----

    @Transactional
    long draw(Actor actor, NewDraw d) {
        requireManage(actor);
        String title = check(d);
        int perTarget = d.officersPerTarget() == null ? 2 : d.officersPerTarget();
        Agency agency = agencies.get(actor.agencyId());
        LocalDate day = LocalDate.now(clock);

        List<EnterpriseView> targets = pools.targetPool(actor, agency, d);
        if (targets.isEmpty()) {
            throw new BusinessException("DRAW-EMPTY-POOL", "按所选条件，本机构辖区内没有可抽查的生产经营单位");
        }
        int n = targets.size();
        int k = d.count() != null ? d.count() : Math.max(1, (int) Math.ceil(n * d.percent() / 100.0));
        if (k > n) {
            throw new BusinessException("DRAW-COUNT", "抽取家数（" + k + "）超过检查对象名录的家数（" + n + "）");
        }
        if (k > MAX_TARGETS) {
            throw new BusinessException("DRAW-COUNT", "一次最多抽取 " + MAX_TARGETS + " 家，请降低比例");
        }
        List<DrawViews.Officer> officers = pools.officerPool(actor, agency, day);
        if (officers.size() < perTarget) {
            throw new BusinessException("DRAW-OFFICERS", agency.name() + "在 " + day + " 具备执法资格（持有效执法证）的执法人员只有 "
                    + officers.size() + " 名，不足每个检查对象 " + perTarget + " 名");
        }

        long seed = random.nextLong();
        Set<List<Long>> excluded = new HashSet<>();
        List<Long> targetIds = targets.stream().map(EnterpriseView::id).toList();
        List<Long> officerIds = officers.stream().map(DrawViews.Officer::personId).toList();
        List<DrawAlgorithm.Match> result = DrawAlgorithm.run(seed, targetIds, k, officerIds, perTarget, (ent, person) -> {
            boolean c = pools.conflicted(person, ent, day);
            if (c) {
                excluded.add(List.of(ent, person));
            }
            return c;
        });
        return store.store(new DrawStore.Drawn(agency, title, d, k, perTarget, pools.lookBackYears(day), day, seed, targets,
                officers, excluded, result, actor.username(), clock.instant()));
    }

    /** The request's own gates (before any pool is read); returns the title. */
    private static String check(NewDraw d) {
        if (d == null) {
            throw BusinessException.badInput("DRAW-TITLE", "请填写抽查任务");
        }
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty()) {
            throw BusinessException.badInput("DRAW-TITLE", "请填写抽查任务名称");
        }
        if (title.length() > 200) {
            throw BusinessException.badInput("DRAW-TITLE", "抽查任务名称过长（最多 200 个字）");
        }
        int perTarget = d.officersPerTarget() == null ? 2 : d.officersPerTarget();
        if (perTarget < 2 || perTarget > 5) {
            throw BusinessException.badInput("DRAW-TEAM-SIZE", "每个检查对象须匹配 2 至 5 名执法人员（执法人员不得少于两人）");
        }
        if ((d.count() == null) == (d.percent() == null)) {
            throw BusinessException.badInput("DRAW-COUNT", "请填写抽取家数或抽取比例（二者选一）");
        }
        if (d.count() != null && (d.count() < 1 || d.count() > MAX_TARGETS)) {
            throw BusinessException.badInput("DRAW-COUNT", "抽取家数须在 1 到 " + MAX_TARGETS + " 之间");
        }
        if (d.percent() != null && (d.percent() < 1 || d.percent() > 100)) {
            throw BusinessException.badInput("DRAW-COUNT", "抽取比例须在 1% 到 100% 之间");
        }
        if (d.status() == EnterpriseStatus.CLOSED) {
            throw BusinessException.badInput("DRAW-STATUS", "已关闭注销的单位不列入抽查名录");
        }
        return title;
    }

    // ---- 复核 ----

    /** Replays the algorithm from the stored seed, pools and conflicts, compares with the stored result and records the outcome. */
    @Transactional
    DrawViews.Verification verify(Actor actor, long id) {
        requireManage(actor);
        DrawViews.Draw d = get(actor, id);
        DrawViews.Verification v = replay(d);
        Draw draw = repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        draw.verified(v);
        save(draw);
        return v;
    }

    DrawViews.Verification replay(DrawViews.Draw d) {
        List<DrawViews.Target> targets = queries.targets(d.id());
        List<DrawViews.Officer> officers = queries.officers(d.id());
        Set<List<Long>> excluded = new HashSet<>(queries.exclusions(d.id()));
        List<DrawAlgorithm.Match> expected = DrawAlgorithm.run(d.seed(), targets.stream().map(DrawViews.Target::enterpriseId).toList(),
                d.targetCount(), officers.stream().map(DrawViews.Officer::personId).toList(), d.officersPerTarget(),
                (ent, person) -> excluded.contains(List.of(ent, person)));
        List<DrawAlgorithm.Match> stored = queries.storedResult(d.id());
        List<String> diffs = new ArrayList<>();
        if (expected.size() != stored.size()) {
            diffs.add("抽取家数不一致：复算 " + expected.size() + " 家，记录 " + stored.size() + " 家");
        }
        for (int r = 0; r < Math.min(expected.size(), stored.size()); r++) {
            if (!expected.get(r).equals(stored.get(r))) {
                DrawViews.Target t = targets.get(expected.get(r).targetPos());
                diffs.add("第 " + (r + 1) + " 位（复算：" + t.name() + "）与记录不一致");
            }
        }
        return new DrawViews.Verification(diffs.isEmpty(), expected.size(), diffs, clock.instant());
    }

    // ---- publishing ----

    @Transactional
    void publish(Actor actor, long id) {
        requireManage(actor);
        DrawViews.Draw d = get(actor, id);
        Draw draw = repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        Instant now = clock.instant();
        List<RandomDrawPublished.Entry> entries = rows(d).stream().map(r -> new RandomDrawPublished.Entry(r.target().name(),
                r.officers().stream().map(DrawViews.Officer::name).toList())).toList();
        draw.publish(actor.username(), now, new RandomDrawPublished(d.id(), d.agencyId(), d.agencyName(), d.jurisdictionId(),
                d.scopePath(), d.title(), d.drawDay(), d.poolSize(), entries, now, actor.username()));
        save(draw); // publishes the audit entry, then the announcement for the public portal
    }

    private void save(Draw draw) {
        try {
            repository.save(draw);
        } catch (OptimisticLockingFailureException e) {
            throw Draw.stale();
        }
    }

    // ---- cases ----

    /**
     * "生成检查案件": opens one inspection case per staffed target not yet opened (source RANDOM_DRAW,
     * basis = this draw record), with the drawn officers as its team (first one leads). Unstaffed targets
     * are skipped and stay reported. All or nothing: a refused case or team rolls every case back.
     */
    @Transactional
    List<CaseRef> generateCases(Actor actor, long id) {
        return cases.generateCases(actor, id);
    }

    // ---- reading ----

    DrawViews.Draw get(Actor actor, long id) {
        return queries.get(actor, id);
    }

    Optional<DrawViews.Draw> find(long id) {
        return queries.find(id);
    }

    DrawViews.Page list(Actor actor, String q, Boolean published, cn.anjian.kernel.ListSort.Sort sort, int page, int size) {
        return queries.list(actor, q, published, sort, page, size);
    }

    List<DrawViews.Target> targets(long drawId) {
        return queries.targets(drawId);
    }

    List<DrawViews.Officer> officers(long drawId) {
        return queries.officers(drawId);
    }

    /** The stored result with names, in draw order. */
    List<DrawViews.Row> rows(DrawViews.Draw d) {
        return queries.rows(d);
    }

    /** The conflicted (enterprise, person) pairs the draw met, as stored for the replay. */
    List<List<Long>> exclusions(long drawId) {
        return queries.exclusions(drawId);
    }

    /** Whether the agency has drawn before (the demo loader runs once). */
    boolean anyOf(long agencyId) {
        return queries.anyOf(agencyId);
    }

    static void requireManage(Actor actor) {
        if (actor == null || !actor.hasPermission("plan:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-01", "您没有组织双随机抽查的权限");
        }
    }
}
