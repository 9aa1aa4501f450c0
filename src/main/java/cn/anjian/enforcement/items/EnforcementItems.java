package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import cn.anjian.enforcement.items.ItemViews.BenchmarkView;
import cn.anjian.enforcement.items.ItemViews.ItemPage;
import cn.anjian.enforcement.items.ItemViews.ItemRow;
import cn.anjian.enforcement.items.ItemViews.ItemView;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-17: the enforcement-item catalogue. It holds Shanxi-wide (the province's 权责清单), so it is read by every
 * business role whatever their jurisdiction and maintained only by a province-level system administrator
 * ({@code item:manage} and a province account, like the settings). Every change is audited with what it replaces.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EnforcementItems {

    static final int MAX_BENCHMARKS = 40;
    static final String WHAT = "执法事项";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,39}");
    private static final BigDecimal MAX_YUAN = new BigDecimal("100000000");

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final ItemRepository repository;
    private final Clock clock;

    /** The list's filter: search text (code, name, article), kind, level, active only, sort. */
    record Filter(String q, ItemKind kind, AgencyLevel level, Boolean active, ListSort.Sort sort) {
    }

    /** The catalogue's sortable columns (the list kit); the code is unique, the id breaks ties of the others. */
    static final ListSort SORT = ListSort.by("i.id")
            .keyNotNull("code", "事项编码", "i.code").keyNotNull("name", "事项名称", "i.name")
            .keyNotNull("kind", "类别", "i.kind").keyNotNull("level", "实施层级", "i.agency_level")
            .keyNotNull("updated", "更新时间", "i.updated_at")
            .byDefault("code", true);

    /** An item's content as typed, all text (the form and the API); checked by {@link #content}. */
    public record Input(String code, String name, String kind, String lawName, String article, String basisText,
                        String agencyLevel, boolean active, List<BenchmarkInput> benchmarks) {
    }

    public record BenchmarkInput(String violation, String circumstance, String minYuan, String maxYuan, String description) {
    }

    /** Whether the actor may maintain the catalogue: the permission and a province-level account. */
    public static boolean mayManage(Actor actor) {
        return actor != null && actor.hasPermission("item:manage") && actor.scope().path().matches("/\\d+/");
    }

    static void requireManager(Actor actor) {
        if (!mayManage(actor)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "ITEM-PROVINCE-ONLY",
                    "执法事项目录和裁量基准全省统一，只有省级系统管理员可以维护");
        }
    }

    @Transactional
    public long create(Actor actor, Input in) {
        requireManager(actor);
        EnforcementItem.Content c = content(in);
        try {
            return repository.save(EnforcementItem.create(c, clock.instant(), actor.username())).id();
        } catch (DuplicateKeyException e) {
            throw codeTaken(c.code());
        }
    }

    @Transactional
    public void update(Actor actor, long id, int version, Input in) {
        requireManager(actor);
        EnforcementItem.Content c = content(in);
        EnforcementItem item = repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        if (item.version() != version) {
            throw stale();
        }
        item.revise(c, clock.instant(), actor.username());
        try {
            repository.save(item);
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        } catch (DuplicateKeyException e) {
            throw codeTaken(c.code());
        }
    }

    public ItemView get(long id) {
        return find(id).orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    public Optional<ItemView> find(long id) {
        return jdbc.sql("SELECT * FROM enf_item WHERE id = :id").param("id", id)
                .query((rs, n) -> item(rs, benchmarks(rs.getLong("id")))).optional();
    }

    /** Active items for a case's choice, by code. */
    public List<ItemView> activeChoices() {
        return jdbc.sql("SELECT * FROM enf_item WHERE active ORDER BY code")
                .query((rs, n) -> item(rs, benchmarks(rs.getLong("id")))).list();
    }

    ItemPage list(Filter f, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        long total = jdbc.sql("SELECT count(*) FROM enf_item i" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<ItemRow> rows = jdbc.sql(ROW_SELECT + where + f.sort().orderBy() + slice.window()).params(params)
                .query(EnforcementItems::row).list();
        return new ItemPage(rows, slice.page(), size, total);
    }

    /** Every row of the filter, for the Excel export (streamed). */
    void each(Filter f, Consumer<ItemRow> out) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        try (var rows = export.sql(ROW_SELECT + where + f.sort().orderBy()).params(params).query(EnforcementItems::row).stream()) {
            rows.forEach(out);
        }
    }

    static Filter filter(String q, String kind, String level, String active, String sort) {
        String text = Params.text("查询条件", q, 100);
        ItemKind k = kind == null || kind.isBlank() ? null : Params.choice(ItemKind.class, "事项类别", kind, ItemKind::label);
        AgencyLevel l = level == null || level.isBlank() ? null : Params.choice(AgencyLevel.class, "实施层级", level, AgencyLevel::label);
        Boolean a = active == null || active.isBlank() ? null : Params.flag("是否有效", active);
        return new Filter(text, k, l, a, SORT.parse(sort));
    }

    private static final String ROW_SELECT = """
            SELECT i.id, i.code, i.name, i.kind, i.law_name, i.article, i.agency_level, i.active, i.updated_at,
                   (SELECT count(*) FROM enf_item_benchmark b WHERE b.item_id = i.id) AS benchmark_count
            FROM enf_item i""";

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE TRUE");
        if (f.q() != null && !f.q().isEmpty()) {
            w.append(" AND (i.code ILIKE :q ESCAPE '\\' OR i.name LIKE :q ESCAPE '\\' OR i.article LIKE :q ESCAPE '\\'"
                    + " OR i.law_name LIKE :q ESCAPE '\\')");
            params.put("q", Like.contains(f.q()));
        }
        if (f.kind() != null) {
            w.append(" AND i.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.level() != null) {
            w.append(" AND i.agency_level = :level");
            params.put("level", f.level().name());
        }
        if (f.active() != null) {
            w.append(" AND i.active = :active");
            params.put("active", f.active());
        }
        return w.toString();
    }

    /** Checks everything typed, refusing the first problem with its field's code (nothing is stored then). */
    static EnforcementItem.Content content(Input in) {
        Params.requireBody(in, "请填写执法事项");
        String code = Params.text("ITEM-CODE", "事项编码", in.code(), 40, true);
        if (!CODE.matcher(code).matches()) {
            throw BusinessException.badInput("ITEM-CODE", "事项编码由字母、数字和连字符组成，2 至 40 个字符");
        }
        String name = Params.text("ITEM-NAME", "事项名称", in.name(), 200, true);
        ItemKind kind = Params.requiredChoice("ITEM-KIND", ItemKind.class, "事项类别", in.kind(), ItemKind::label);
        String law = Params.text("ITEM-LAW", "法律法规名称", in.lawName(), 200, true);
        String article = Params.text("ITEM-ARTICLE", "条款", in.article(), 100, true);
        String text = Params.text("ITEM-BASIS", "条款内容", in.basisText(), 4000, true);
        AgencyLevel level = Params.requiredChoice("ITEM-LEVEL", AgencyLevel.class, "实施层级", in.agencyLevel(), AgencyLevel::label);
        List<BenchmarkInput> raw = in.benchmarks() == null ? List.of() : in.benchmarks();
        if (raw.size() > MAX_BENCHMARKS) {
            throw BusinessException.badInput("ITEM-BENCHMARK", "裁量基准最多 " + MAX_BENCHMARKS + " 条");
        }
        Set<String> seen = new HashSet<>();
        List<EnforcementItem.Benchmark> benchmarks = new java.util.ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            EnforcementItem.Benchmark b = benchmark(raw.get(i), i + 1);
            if (!seen.add(b.violation() + "\u0000" + b.circumstance())) {
                throw BusinessException.badInput("ITEM-BENCHMARK", "第 " + (i + 1) + " 条裁量基准重复：同一违法行为的“"
                        + b.circumstance().label() + "”情节只能有一条");
            }
            benchmarks.add(b);
        }
        if (!benchmarks.isEmpty() && kind != ItemKind.PENALTY) {
            throw BusinessException.badInput("ITEM-BENCHMARK", "只有行政处罚事项设置罚款裁量基准");
        }
        return new EnforcementItem.Content(code, name, kind, law, article, text, level, in.active(), benchmarks);
    }

    private static EnforcementItem.Benchmark benchmark(BenchmarkInput b, int n) {
        String at = "第 " + n + " 条裁量基准：";
        if (b == null) {
            throw BusinessException.badInput("ITEM-BENCHMARK", at + "内容为空");
        }
        String violation = Params.text("ITEM-BENCHMARK", at + "违法行为", b.violation(), 500, true);
        Circumstance c = Params.requiredChoice("ITEM-BENCHMARK", Circumstance.class, at + "情节", byLabel(b.circumstance()),
                Circumstance::label);
        BigDecimal min = amount(b.minYuan(), at + "罚款下限");
        BigDecimal max = amount(b.maxYuan(), at + "罚款上限");
        if (min.compareTo(max) > 0) {
            throw BusinessException.badInput("ITEM-BENCHMARK", at + "罚款下限不能大于上限");
        }
        String description = Params.text("ITEM-BENCHMARK", at + "说明", b.description(), 1000, false);
        return new EnforcementItem.Benchmark(violation, c, min, max, description);
    }

    /** The circumstance typed as its label (一般) or its name. */
    static String byLabel(String raw) {
        for (Circumstance c : Circumstance.values()) {
            if (raw != null && c.label().equals(raw.strip())) {
                return c.name();
            }
        }
        return raw;
    }

    private static BigDecimal amount(String raw, String label) {
        BigDecimal v = raw == null || raw.isBlank() ? null : Params.decimal(label, raw.replace(",", "").replace("，", ""));
        if (v == null || v.signum() < 0 || v.scale() > 2 || v.compareTo(MAX_YUAN) > 0) {
            throw BusinessException.badInput("ITEM-BENCHMARK", label + "应为 0 至 1 亿元之间的金额，最多两位小数");
        }
        return v;
    }

    private static BusinessException codeTaken(String code) {
        return BusinessException.conflict("ITEM-CODE", "事项编码“" + code + "”已被使用");
    }

    private static BusinessException stale() {
        return BusinessException.conflict("ITEM-STALE", "该执法事项已被他人修改，请刷新后重试");
    }

    List<BenchmarkView> benchmarks(long itemId) {
        return jdbc.sql("SELECT * FROM enf_item_benchmark WHERE item_id = :i ORDER BY seq").param("i", itemId)
                .query((rs, n) -> new BenchmarkView(rs.getInt("seq"), rs.getString("violation"),
                        Circumstance.valueOf(rs.getString("circumstance")), rs.getBigDecimal("min_yuan"),
                        rs.getBigDecimal("max_yuan"), rs.getString("description"))).list();
    }

    private static ItemView item(ResultSet rs, List<BenchmarkView> benchmarks) throws SQLException {
        return new ItemView(rs.getLong("id"), rs.getInt("version"), rs.getString("code"), rs.getString("name"),
                ItemKind.valueOf(rs.getString("kind")), rs.getString("law_name"), rs.getString("article"),
                rs.getString("basis_text"), AgencyLevel.valueOf(rs.getString("agency_level")), rs.getBoolean("active"),
                rs.getTimestamp("updated_at").toInstant(), benchmarks);
    }

    private static ItemRow row(ResultSet rs, int n) throws SQLException {
        return new ItemRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), ItemKind.valueOf(rs.getString("kind")),
                rs.getString("law_name") + rs.getString("article"), AgencyLevel.valueOf(rs.getString("agency_level")),
                rs.getBoolean("active"), rs.getInt("benchmark_count"), rs.getTimestamp("updated_at").toInstant());
    }
}
