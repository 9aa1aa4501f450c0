package cn.anjian.enforcement.items;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * CASE-17: one enforcement item of the catalogue with its legal basis and its discretion benchmarks (written with it,
 * in order). Created and revised only through {@link #create} and {@link #revise}, each audited with what it replaces.
 * An item is never deleted (cases refer to it); it is retired ({@code active = false}) and no longer offered.
 */
@Table("enf_item")
class EnforcementItem extends AbstractAggregateRoot<EnforcementItem> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String code;
    private String name;
    private ItemKind kind;
    private String lawName;
    private String article;
    private String basisText;
    private AgencyLevel agencyLevel;
    private boolean active;
    private Instant updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "item_id", keyColumn = "seq")
    private List<Benchmark> benchmarks = new ArrayList<>();

    /** One discretion benchmark: for a violation in a circumstance, the suggested fine range (both ends included). */
    @Table("enf_item_benchmark")
    record Benchmark(String violation, Circumstance circumstance, BigDecimal minYuan, BigDecimal maxYuan, String description) {

        Discretion.Range range() {
            return new Discretion.Range(minYuan, maxYuan);
        }
    }

    /** What an item consists of, checked by {@link EnforcementItems} before it reaches here. */
    record Content(String code, String name, ItemKind kind, String lawName, String article, String basisText,
                   AgencyLevel agencyLevel, boolean active, List<Benchmark> benchmarks) {
    }

    @PersistenceCreator
    private EnforcementItem() {
    }

    static EnforcementItem create(Content c, Instant at, String by) {
        EnforcementItem i = new EnforcementItem();
        i.apply(c, at, by);
        i.registerEvent(new AuditableEvent("enforcement.item.created", "enf_item", c.code(), null, i.snapshot(), by, null));
        return i;
    }

    void revise(Content c, Instant at, String by) {
        Map<String, Object> before = snapshot();
        apply(c, at, by);
        registerEvent(new AuditableEvent("enforcement.item.revised", "enf_item", String.valueOf(id), before, snapshot(), by, null));
    }

    private void apply(Content c, Instant at, String by) {
        code = c.code();
        name = c.name();
        kind = c.kind();
        lawName = c.lawName();
        article = c.article();
        basisText = c.basisText();
        agencyLevel = c.agencyLevel();
        active = c.active();
        benchmarks = new ArrayList<>(c.benchmarks());
        updatedAt = at;
        updatedBy = by;
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind.name());
        m.put("basis", lawName + article);
        m.put("basisText", basisText);
        m.put("agencyLevel", agencyLevel.name());
        m.put("active", active);
        // one readable line per benchmark (the audit page shows it as is): 违法行为 · 情节 · 元 range
        m.put("benchmarks", benchmarks.stream().map(b -> b.violation() + " · " + b.circumstance().label() + "情节 · "
                + b.minYuan().toPlainString() + "–" + b.maxYuan().toPlainString() + " 元").toList());
        return m;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }
}
