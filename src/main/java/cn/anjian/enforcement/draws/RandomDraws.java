package cn.anjian.enforcement.draws;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.RandomDrawPublished;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.EnforcementSettings;
import cn.anjian.enforcement.cases.NewMember;
import cn.anjian.enforcement.cases.TeamRole;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterprisePage;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonView;
import cn.anjian.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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
class RandomDraws {

    static final String WHAT = "抽查记录";
    static final int MAX_TARGETS = 500;
    static final int MAX_POOL = 20_000;
    static final int PAGE_SIZE = 20;

    record NewDraw(String title, Industry industry, RiskGrade riskGrade, EnterpriseStatus status, Integer count,
                   Integer percent, Integer officersPerTarget) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Agencies agencies;
    private final Enterprises enterprises;
    private final Conflicts conflicts;
    private final People people;
    private final EnforcerEligibility eligibility;
    private final CaseService cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Settings settings;
    private final SecureRandom random = new SecureRandom();

    RandomDraws(JdbcClient jdbc, JdbcTemplate template, Agencies agencies, Enterprises enterprises, Conflicts conflicts,
                People people, EnforcerEligibility eligibility, CaseService cases, ApplicationEventPublisher events,
                Clock clock, Settings settings) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.template = template;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.conflicts = conflicts;
        this.people = people;
        this.eligibility = eligibility;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    // ---- drawing ----

    @Transactional
    long draw(Actor actor, NewDraw d) {
        requireManage(actor);
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
        Agency agency = agencies.get(actor.agencyId());
        LocalDate day = LocalDate.now(clock);

        List<EnterpriseView> targets = targetPool(actor, agency, d);
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
        List<DrawViews.Officer> officers = officerPool(actor, agency, day);
        if (officers.size() < perTarget) {
            throw new BusinessException("DRAW-OFFICERS", agency.name() + "在 " + day + " 具备执法资格（持有效执法证）的执法人员只有 "
                    + officers.size() + " 名，不足每个检查对象 " + perTarget + " 名");
        }

        int lookBackYears = settings.value(EnforcementSettings.AVOIDANCE_LOOK_BACK_YEARS, day);
        long seed = random.nextLong();
        Set<List<Long>> excluded = new HashSet<>();
        List<Long> targetIds = targets.stream().map(EnterpriseView::id).toList();
        List<Long> officerIds = officers.stream().map(DrawViews.Officer::personId).toList();
        List<DrawAlgorithm.Match> result = DrawAlgorithm.run(seed, targetIds, k, officerIds, perTarget, (ent, person) -> {
            boolean c = conflicts.conflicted(person, ent, day, lookBackYears);
            if (c) {
                excluded.add(List.of(ent, person));
            }
            return c;
        });
        int unstaffed = (int) result.stream().filter(m -> !m.staffed()).count();

        long id = jdbc.sql("""
                INSERT INTO enf_draw (agency_id, agency_name, jurisdiction_id, scope_path, title, filter_industry, filter_risk,
                    filter_status, requested_count, requested_percent, target_count, officers_per_target, look_back_years,
                    draw_day, seed, algorithm, unstaffed_count, drawn_by, drawn_at)
                VALUES (:a, :an, :j, :path, :title, :ind, :risk, :status, :cnt, :pct, :k, :per, :look, :day, :seed, :alg,
                    :unstaffed, :by, :at) RETURNING id""")
                .param("a", agency.id()).param("an", agency.name()).param("j", agency.jurisdictionId())
                .param("path", agency.scopePath()).param("title", title)
                .param("ind", d.industry() == null ? null : d.industry().name())
                .param("risk", d.riskGrade() == null ? null : d.riskGrade().name())
                .param("status", d.status() == null ? null : d.status().name()).param("cnt", d.count())
                .param("pct", d.percent()).param("k", k).param("per", perTarget).param("look", lookBackYears)
                .param("day", Date.valueOf(day)).param("seed", seed).param("alg", DrawAlgorithm.NAME)
                .param("unstaffed", unstaffed).param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EnterpriseView e = targets.get(i);
            rows.add(new Object[] {id, i, e.id(), e.name(), e.industry().name(), e.riskGrade().name(), e.status().name()});
        }
        template.batchUpdate("INSERT INTO enf_draw_target (draw_id, pos, enterprise_id, name, industry, risk_grade, status) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
        for (int i = 0; i < officers.size(); i++) {
            DrawViews.Officer o = officers.get(i);
            rows.add(new Object[] {id, i, o.personId(), o.name(), o.certificateNumber()});
        }
        template.batchUpdate("INSERT INTO enf_draw_officer (draw_id, pos, person_id, name, certificate_number) VALUES (?, ?, ?, ?, ?)", rows);
        rows.clear();
        for (List<Long> x : excluded) {
            rows.add(new Object[] {id, x.get(0), x.get(1)});
        }
        template.batchUpdate("INSERT INTO enf_draw_exclusion (draw_id, enterprise_id, person_id) VALUES (?, ?, ?)", rows);
        for (int r = 0; r < result.size(); r++) {
            DrawAlgorithm.Match m = result.get(r);
            jdbc.sql("INSERT INTO enf_draw_result (draw_id, rank, target_pos, officer_pos, staffed) VALUES (:d, :r, :t, :o, :s)")
                    .param("d", id).param("r", r).param("t", m.targetPos())
                    .param("o", m.officerPos().toArray(new Integer[0])).param("s", m.staffed()).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("seed", seed);
        after.put("algorithm", DrawAlgorithm.NAME);
        after.put("targetPool", n);
        after.put("officerPool", officers.size());
        after.put("drawn", k);
        after.put("officersPerTarget", perTarget);
        after.put("unstaffed", unstaffed);
        events.publishEvent(AuditableEvent.change("enforcement.draw.drawn", "random-draw", id, null, after));
        return id;
    }

    /** Enterprises in the agency's area matching the filters, never closed ones, ordered by id (the stored order). */
    private List<EnterpriseView> targetPool(Actor actor, Agency agency, NewDraw d) {
        List<EnterpriseView> all = new ArrayList<>();
        EnterpriseFilter filter = new EnterpriseFilter(null, d.industry(), d.riskGrade(), d.status(), null);
        for (int page = 0; ; page++) {
            EnterprisePage p = enterprises.search(actor, filter, page, 200);
            for (EnterpriseView e : p.items()) {
                if (e.status() != EnterpriseStatus.CLOSED && e.scopePath().startsWith(agency.scopePath())) {
                    all.add(e);
                }
            }
            if (all.size() > MAX_POOL) {
                throw new BusinessException("DRAW-POOL-SIZE", "检查对象名录超过 " + MAX_POOL + " 家，请按行业或风险等级缩小范围");
            }
            if ((long) (page + 1) * p.size() >= p.total() || p.items().isEmpty()) {
                break;
            }
        }
        all.sort(Comparator.comparingLong(EnterpriseView::id));
        return all;
    }

    /** OFF-03: officers of the agency holding a valid enforcement certificate on the draw day, ordered by person id. */
    private List<DrawViews.Officer> officerPool(Actor actor, Agency agency, LocalDate day) {
        List<DrawViews.Officer> pool = new ArrayList<>();
        PersonFilter filter = new PersonFilter(null, null, agency.id(), PersonRole.OFFICER);
        for (int page = 0; ; page++) {
            PageResult<PersonView> p = people.search(actor, filter, page, 100);
            for (PersonView v : p.items()) {
                Eligibility e = eligibility.check(v.id(), day);
                if (e.mayEnforce()) {
                    pool.add(new DrawViews.Officer(0, v.id(), v.name(), e.certificateNumber()));
                }
            }
            if (!p.hasNext()) {
                break;
            }
        }
        pool.sort(Comparator.comparingLong(DrawViews.Officer::personId));
        return pool;
    }

    // ---- 复核 ----

    /** Replays the algorithm from the stored seed, pools and conflicts, compares with the stored result and records the outcome. */
    @Transactional
    DrawViews.Verification verify(Actor actor, long id) {
        requireManage(actor);
        DrawViews.Draw d = get(actor, id);
        DrawViews.Verification v = replay(d);
        jdbc.sql("UPDATE enf_draw SET last_verified_at = :at, last_verified_ok = :ok WHERE id = :id")
                .param("at", Timestamp.from(v.at())).param("ok", v.matches()).param("id", id).update();
        events.publishEvent(AuditableEvent.change("enforcement.draw.verified", "random-draw", id, null,
                Map.of("matches", v.matches(), "rows", v.rows())));
        return v;
    }

    DrawViews.Verification replay(DrawViews.Draw d) {
        List<DrawViews.Target> targets = targets(d.id());
        List<DrawViews.Officer> officers = officers(d.id());
        Set<List<Long>> excluded = new HashSet<>(jdbc.sql("SELECT enterprise_id, person_id FROM enf_draw_exclusion WHERE draw_id = :d")
                .param("d", d.id()).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).list());
        List<DrawAlgorithm.Match> expected = DrawAlgorithm.run(d.seed(), targets.stream().map(DrawViews.Target::enterpriseId).toList(),
                d.targetCount(), officers.stream().map(DrawViews.Officer::personId).toList(), d.officersPerTarget(),
                (ent, person) -> excluded.contains(List.of(ent, person)));
        List<DrawAlgorithm.Match> stored = storedResult(d.id());
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
        if (d.publishedAt() != null) {
            throw BusinessException.conflict("DRAW-PUBLISHED", "抽查结果已于 " + d.publishedAt() + " 公开");
        }
        Instant now = clock.instant();
        int n = jdbc.sql("UPDATE enf_draw SET published_at = :at, published_by = :by, version = version + 1 WHERE id = :id AND version = :v")
                .param("at", Timestamp.from(now)).param("by", actor.username()).param("id", id).param("v", d.version()).update();
        if (n == 0) {
            throw BusinessException.conflict("DRAW-STALE", "抽查记录已被他人修改，请刷新后重试");
        }
        events.publishEvent(AuditableEvent.change("enforcement.draw.published", "random-draw", id, null, Map.of("publishedBy", actor.username())));
        List<RandomDrawPublished.Entry> entries = rows(d).stream().map(r -> new RandomDrawPublished.Entry(r.target().name(),
                r.officers().stream().map(DrawViews.Officer::name).toList())).toList();
        events.publishEvent(new RandomDrawPublished(d.id(), d.agencyId(), d.agencyName(), d.jurisdictionId(), d.scopePath(),
                d.title(), d.drawDay(), d.poolSize(), entries, now, actor.username()));
    }

    // ---- cases ----

    /**
     * "生成检查案件": opens one inspection case per staffed target not yet opened (source RANDOM_DRAW,
     * basis = this draw record), with the drawn officers as its team (first one leads). Unstaffed targets
     * are skipped and stay reported. All or nothing: a refused case or team rolls every case back.
     */
    @Transactional
    List<CaseRef> generateCases(Actor actor, long id) {
        requireManage(actor);
        DrawViews.Draw d = get(actor, id);
        // one generation at a time per draw: a second click waits here and then finds the cases already opened
        jdbc.sql("SELECT id FROM enf_draw WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
        List<DrawViews.Row> open = rows(d).stream().filter(r -> r.staffed() && r.caseId() == null).toList();
        if (open.isEmpty()) {
            throw BusinessException.conflict("DRAW-CASES-DONE", "没有可生成案件的抽查对象（均已生成，或未匹配执法人员）");
        }
        List<CaseRef> created = new ArrayList<>();
        for (DrawViews.Row r : open) {
            EnterpriseView e = enterprises.get(actor, r.target().enterpriseId());
            CaseRef c = cases.openFrom(actor, new NewCase(CaseKind.INSPECTION, CaseSource.RANDOM_DRAW,
                    "双随机抽查结果：" + d.title(), basisNumber(d), d.drawDay(), e.id(), null, "双随机抽查：" + e.name(),
                    e.address() == null || e.address().isBlank() ? e.name() : e.address(), null),
                    new CaseOrigin("DRAW_RESULT", d.id()));
            List<NewMember> team = new ArrayList<>();
            for (int i = 0; i < r.officers().size(); i++) {
                team.add(new NewMember(r.officers().get(i).personId(), i == 0 ? TeamRole.LEADER : TeamRole.MEMBER));
            }
            cases.setTeam(actor, c.id(), team);
            jdbc.sql("UPDATE enf_draw_result SET case_id = :c WHERE draw_id = :d AND rank = :r AND case_id IS NULL")
                    .param("c", c.id()).param("d", d.id()).param("r", r.rank()).update();
            created.add(c);
        }
        events.publishEvent(AuditableEvent.change("enforcement.draw.cases-opened", "random-draw", id, null,
                Map.of("cases", created.stream().map(CaseRef::caseNumber).toList())));
        return created;
    }

    /** The draw record as the cases' basis document number (CASE-04). */
    static String basisNumber(DrawViews.Draw d) {
        return "双随机抽查记录第 " + d.id() + " 号（" + d.drawDay() + "）";
    }

    // ---- reading ----

    DrawViews.Draw get(Actor actor, long id) {
        DrawViews.Draw d = find(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        ScopeSql.requireInScope(actor, d.scopePath(), WHAT);
        return d;
    }

    Optional<DrawViews.Draw> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(RandomDraws::map).optional();
    }

    DrawViews.Page list(Actor actor, String q, Boolean published, int page) {
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("d.scope_path"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (q != null && !q.isBlank()) {
            if (q.length() > 100) {
                throw BusinessException.badInput("BAD-PARAMETER", "查询条件过长");
            }
            where.append(" AND d.title LIKE :q ESCAPE '\\'");
            params.put("q", "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (published != null) {
            where.append(published ? " AND d.published_at IS NOT NULL" : " AND d.published_at IS NULL");
        }
        long total = jdbc.sql("SELECT count(*) FROM enf_draw d" + where).params(params).query(Long.class).single();
        int pg = (int) Math.max(0, Math.min(page, (total - 1) / PAGE_SIZE));
        List<DrawViews.Draw> items = jdbc.sql(SELECT + where + " ORDER BY d.id DESC LIMIT " + PAGE_SIZE + " OFFSET "
                + ((long) pg * PAGE_SIZE)).params(params).query(RandomDraws::map).list();
        return new DrawViews.Page(items, pg, PAGE_SIZE, total);
    }

    List<DrawViews.Target> targets(long drawId) {
        return jdbc.sql("SELECT * FROM enf_draw_target WHERE draw_id = :d ORDER BY pos").param("d", drawId)
                .query((rs, n) -> new DrawViews.Target(rs.getInt("pos"), rs.getLong("enterprise_id"), rs.getString("name"),
                        rs.getString("industry"), rs.getString("risk_grade"), rs.getString("status"))).list();
    }

    List<DrawViews.Officer> officers(long drawId) {
        return jdbc.sql("SELECT * FROM enf_draw_officer WHERE draw_id = :d ORDER BY pos").param("d", drawId)
                .query((rs, n) -> new DrawViews.Officer(rs.getInt("pos"), rs.getLong("person_id"), rs.getString("name"),
                        rs.getString("certificate_number"))).list();
    }

    /** The stored result with names, in draw order. */
    List<DrawViews.Row> rows(DrawViews.Draw d) {
        List<DrawViews.Target> targets = targets(d.id());
        List<DrawViews.Officer> officers = officers(d.id());
        return jdbc.sql("SELECT * FROM enf_draw_result WHERE draw_id = :d ORDER BY rank").param("d", d.id())
                .query((rs, n) -> new DrawViews.Row(rs.getInt("rank"), targets.get(rs.getInt("target_pos")),
                        positions(rs.getArray("officer_pos")).stream().map(officers::get).toList(), rs.getBoolean("staffed"),
                        (Long) rs.getObject("case_id"))).list();
    }

    /** The conflicted (enterprise, person) pairs the draw met, as stored for the replay. */
    List<List<Long>> exclusions(long drawId) {
        return jdbc.sql("SELECT enterprise_id, person_id FROM enf_draw_exclusion WHERE draw_id = :d ORDER BY enterprise_id, person_id")
                .param("d", drawId).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).list();
    }

    private List<DrawAlgorithm.Match> storedResult(long drawId) {
        return jdbc.sql("SELECT target_pos, officer_pos FROM enf_draw_result WHERE draw_id = :d ORDER BY rank").param("d", drawId)
                .query((rs, n) -> new DrawAlgorithm.Match(rs.getInt(1), positions(rs.getArray(2)))).list();
    }

    private static List<Integer> positions(Array a) throws SQLException {
        Integer[] v = (Integer[]) a.getArray();
        return List.of(v);
    }

    static void requireManage(Actor actor) {
        if (actor == null || !actor.hasPermission("plan:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-01", "您没有组织双随机抽查的权限");
        }
    }

    private static final String SELECT = """
            SELECT d.*, (SELECT count(*) FROM enf_draw_target t WHERE t.draw_id = d.id) AS pool_size,
                   (SELECT count(*) FROM enf_draw_officer o WHERE o.draw_id = d.id) AS officer_pool_size
              FROM enf_draw d""";

    private static DrawViews.Draw map(ResultSet rs, int n) throws SQLException {
        return new DrawViews.Draw(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
                rs.getLong("jurisdiction_id"), rs.getString("scope_path"), rs.getString("title"),
                rs.getString("filter_industry"), rs.getString("filter_risk"), rs.getString("filter_status"),
                (Integer) rs.getObject("requested_count"), (Integer) rs.getObject("requested_percent"),
                rs.getInt("target_count"), rs.getInt("officers_per_target"), rs.getInt("look_back_years"),
                rs.getDate("draw_day").toLocalDate(), rs.getLong("seed"), rs.getString("algorithm"),
                rs.getInt("unstaffed_count"), rs.getString("drawn_by"), ts(rs, "drawn_at"), rs.getString("published_by"),
                ts(rs, "published_at"), ts(rs, "last_verified_at"), (Boolean) rs.getObject("last_verified_ok"),
                rs.getInt("version"), rs.getInt("pool_size"), rs.getInt("officer_pool_size"));
    }

    private static Instant ts(ResultSet rs, String c) throws SQLException {
        Timestamp t = rs.getTimestamp(c);
        return t == null ? null : t.toInstant();
    }
}
