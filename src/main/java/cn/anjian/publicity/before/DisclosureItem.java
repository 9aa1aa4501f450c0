package cn.anjian.publicity.before;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An item disclosed before enforcement (PUB-01, PUB-03), owned by a unit (PUB-10). Drafted, published, unpublished and
 * published again; editing a published item changes what the portal shows at once (公开 art. 7: changes are published
 * promptly). Publishing refuses an item whose required fields are empty — for a licence guide every field of PUB-03.
 */
@Table("pub_before_item")
class DisclosureItem extends AbstractAggregateRoot<DisclosureItem> {

    static final String SUBJECT = "before-item";

    @Getter
    @RequiredArgsConstructor
    enum Status {
        DRAFT("草稿"), PUBLISHED("已公示"), UNPUBLISHED("已撤下");
        private final String label;
    }

    /** A field's value; {@code fieldKey} is one of the kind's {@link BeforeKind.Field#key()}. */
    @Table("pub_before_field")
    record Value(String fieldKey, String value) {
    }

    /** A document attached to the item (PUB-01: legal bases and discretion benchmarks as PDF or .docx), in the file store. */
    @Table("pub_before_attachment")
    record Attachment(long fileId, String name, String contentType, long size) {
    }

    static final int MAX_ATTACHMENTS = 20;

    /** What an editor typed (already checked for length and kind); {@code caseKind} only for a procedure. */
    record Content(String title, CaseKind caseKind, long unitId, String unitName, int sortOrder, Map<String, String> values) {
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private BeforeKind kind;
    private String title;
    private CaseKind caseKind;
    private long agencyId;
    private long unitId;
    private String unitName;
    private String scopePath;
    private Status status;
    private int sortOrder;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private Instant publishedAt;
    @MappedCollection(idColumn = "item_id", keyColumn = "position")
    private List<Value> values = new ArrayList<>();
    @MappedCollection(idColumn = "item_id", keyColumn = "position")
    private List<Attachment> attachments = new ArrayList<>();

    @PersistenceCreator
    DisclosureItem() {
    }

    static DisclosureItem draft(BeforeKind kind, long agencyId, String scopePath, Content c, Instant now, String by) {
        DisclosureItem i = new DisclosureItem();
        i.kind = kind;
        i.agencyId = agencyId;
        i.scopePath = scopePath;
        i.status = Status.DRAFT;
        i.createdAt = now;
        i.createdBy = by;
        i.apply(c, now);
        return i;
    }

    /** Takes new content; a published item stays published and the change is audited with what it replaces. */
    void edit(Content c, Instant now) {
        Map<String, Object> before = snapshot();
        apply(c, now);
        if (status == Status.PUBLISHED) {
            requireComplete();
        }
        registerEvent(AuditableEvent.change("publicity.before-item.changed", SUBJECT, id, before, snapshot()));
    }

    /** PUB-03/PUB-10: only a complete item with an owning unit reaches the portal. */
    void publish(Instant now) {
        if (status == Status.PUBLISHED) {
            throw BusinessException.conflict("PUB-BEFORE-STATE", "该事项已在公示中");
        }
        requireComplete();
        Map<String, Object> before = snapshot();
        status = Status.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
        registerEvent(AuditableEvent.change("publicity.before-item.published", SUBJECT, id, before, snapshot()));
    }

    void unpublish(Instant now) {
        if (status != Status.PUBLISHED) {
            throw BusinessException.conflict("PUB-BEFORE-STATE", "该事项未在公示中，无需撤下");
        }
        Map<String, Object> before = snapshot();
        status = Status.UNPUBLISHED;
        updatedAt = now;
        registerEvent(AuditableEvent.change("publicity.before-item.unpublished", SUBJECT, id, before, snapshot()));
    }

    /** Attaches a stored document; the portal lists it while the item is published. */
    void attach(Attachment a, Instant now) {
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw BusinessException.badInput("PUB-BEFORE-ATTACHMENT", "每个事项最多附 " + MAX_ATTACHMENTS + " 个文件");
        }
        if (attachments.stream().anyMatch(x -> x.fileId() == a.fileId())) {
            throw BusinessException.conflict("PUB-BEFORE-ATTACHMENT", "该文件已附在本事项上");
        }
        attachments.add(a);
        updatedAt = now;
        registerEvent(AuditableEvent.change("publicity.before-item.attached", SUBJECT, id, null,
                Map.of("attachment", a.name())));
    }

    /** Removes an attached document (404 when it is not attached). */
    Attachment detach(long fileId, Instant now) {
        Attachment a = attachments.stream().filter(x -> x.fileId() == fileId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("附件"));
        attachments.remove(a);
        updatedAt = now;
        registerEvent(AuditableEvent.change("publicity.before-item.detached", SUBJECT, id, Map.of("attachment", a.name()),
                null));
        return a;
    }

    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    boolean published() {
        return status == Status.PUBLISHED;
    }

    /** The file store's holder reference that keeps this item's attachments public while it is published. */
    String publicHolder() {
        return "publicity/before-item/" + id;
    }

    /** The required fields still empty, by label (empty when the item may be published). */
    List<String> missing() {
        Map<String, String> v = valueMap();
        List<String> out = new ArrayList<>();
        for (BeforeKind.Field f : kind.fields()) {
            if (f.required() && (v.get(f.key()) == null || v.get(f.key()).isBlank())) {
                out.add(f.label());
            }
        }
        return out;
    }

    private void requireComplete() {
        if (unitId <= 0 || unitName == null || unitName.isBlank()) {
            throw new BusinessException("PUB-10", "公示事项须明确承办内设机构（谁执法谁公示）");
        }
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            String code = kind == BeforeKind.LICENCE_GUIDE ? "PUB-03" : "PUB-01";
            throw new BusinessException(code, kind.label() + "缺少必须公示的内容：" + String.join("、", missing));
        }
    }

    private void apply(Content c, Instant now) {
        if (kind == BeforeKind.PROCEDURE && c.caseKind() == null) {
            throw BusinessException.badInput("PUB-BEFORE-CASE-KIND", "执法程序须选择案件类别");
        }
        if (c.unitId() <= 0 || c.unitName() == null || c.unitName().isBlank()) {
            throw BusinessException.badInput("PUB-10", "请选择承办内设机构（谁执法谁公示）");
        }
        title = c.title();
        caseKind = kind == BeforeKind.PROCEDURE ? c.caseKind() : null;
        unitId = c.unitId();
        unitName = c.unitName();
        sortOrder = c.sortOrder();
        values = new ArrayList<>();
        for (BeforeKind.Field f : kind.fields()) {
            String v = c.values().get(f.key());
            if (v != null && !v.isBlank()) {
                values.add(new Value(f.key(), v.strip()));
            }
        }
        updatedAt = now;
    }

    Map<String, String> valueMap() {
        return values.stream().collect(Collectors.toMap(Value::fieldKey, Value::value, (a, b) -> a, LinkedHashMap::new));
    }

    /** The audited state: labels, never keys or enum names. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.label());
        m.put("title", title);
        m.put("unit", unitName);
        m.put("status", status.label());
        Map<String, String> v = valueMap();
        m.put("content", kind.fields().stream().filter(f -> v.containsKey(f.key()))
                .map(f -> f.label() + "：" + v.get(f.key())).collect(Collectors.joining("\n")));
        return m;
    }

    /** The audit events registered and not yet published (tests of the transitions). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    BeforeKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    CaseKind caseKind() {
        return caseKind;
    }

    long agencyId() {
        return agencyId;
    }

    long unitId() {
        return unitId;
    }

    String unitName() {
        return unitName;
    }

    String scopePath() {
        return scopePath;
    }

    Status status() {
        return status;
    }

    int sortOrder() {
        return sortOrder;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant publishedAt() {
        return publishedAt;
    }
}
