package cn.anjian.publicity.before;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.io.InputStream;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office of disclosure before enforcement (PUB-01, PUB-03, PUB-10): an editor of an agency drafts items for
 * that agency, names the owning unit (one of its own), publishes and unpublishes them; every item is read and changed
 * in the editor's scope only (ORG-03, 404 outside), every change audited.
 */
@Service
@Transactional
@RequiredArgsConstructor
class DisclosureItems {

    static final String WHAT = "公示事项";

    private final DisclosureItemRepository repository;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Files files;

    /** PUB-01: what may be attached — documents a citizen can open (the file store sniffs the type). */
    static final java.util.Set<String> DOCUMENT_TYPES = java.util.Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** As typed on the form or sent by a client: everything a string, checked here. */
    record Input(String title, String caseKind, String unitId, String sortOrder, Map<String, String> values) {
    }

    @Transactional(readOnly = true)
    DisclosureItem get(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, repository.findById(id), DisclosureItem::scopePath, WHAT);
    }

    /** The active units of the actor's agency: the owning units an editor may name. */
    @Transactional(readOnly = true)
    List<OrgUnit> units(Actor actor) {
        return agencies.units(actor, actor.agencyId()).stream().filter(OrgUnit::active).toList();
    }

    long create(Actor actor, BeforeKind kind, Input in) {
        Agency a = agencies.get(actor.agencyId());
        DisclosureItem.Content c = content(kind, a.id(), in);
        DisclosureItem saved = repository.save(DisclosureItem.draft(kind, a.id(), a.scopePath(), c, clock.instant(),
                actor.username()));
        events.publishEvent(AuditableEvent.change("publicity.before-item.drafted", DisclosureItem.SUBJECT, saved.id(),
                null, saved.snapshot()));
        return saved.id();
    }

    void update(Actor actor, long id, int version, Input in) {
        DisclosureItem item = get(actor, id);
        if (item.version() != version) {
            throw stale();
        }
        item.edit(content(item.kind(), item.agencyId(), in), clock.instant());
        save(item);
    }

    void publish(Actor actor, long id) {
        DisclosureItem item = get(actor, id);
        item.publish(clock.instant());
        save(item);
        item.attachments().forEach(a -> files.holdPublic(a.fileId(), item.publicHolder(), true, actor));
    }

    void unpublish(Actor actor, long id) {
        DisclosureItem item = get(actor, id);
        item.unpublish(clock.instant());
        save(item);
        item.attachments().forEach(a -> files.holdPublic(a.fileId(), item.publicHolder(), false, actor));
    }

    /**
     * PUB-01: attaches a legal basis or discretion benchmark (PDF or .docx, checked by name before and by the sniffed
     * type after storing); public at once when the item is published.
     */
    long attach(Actor actor, long id, InputStream in, String name, long size) {
        DisclosureItem item = get(actor, id);
        String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (!n.endsWith(".pdf") && !n.endsWith(".docx")) {
            throw BusinessException.badInput("PUB-BEFORE-ATTACHMENT", "只能附 PDF 或 Word（.docx）文件");
        }
        files.precheck(name, size);
        StoredFile f = files.store(in, name, null, null, actor);
        if (!DOCUMENT_TYPES.contains(f.contentType())) {
            throw BusinessException.badInput("PUB-BEFORE-ATTACHMENT", "文件内容不是 PDF 或 Word（.docx）文档");
        }
        item.attach(new DisclosureItem.Attachment(f.id(), f.originalName(), f.contentType(), f.size()), clock.instant());
        save(item);
        if (item.published()) {
            files.holdPublic(f.id(), item.publicHolder(), true, actor);
        }
        return f.id();
    }

    void detach(Actor actor, long id, long fileId) {
        DisclosureItem item = get(actor, id);
        item.detach(fileId, clock.instant());
        save(item);
        files.holdPublic(fileId, item.publicHolder(), false, actor);
    }

    private void save(DisclosureItem item) {
        try {
            repository.save(item);
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        }
    }

    private static BusinessException stale() {
        return BusinessException.conflict("PUB-BEFORE-STALE", "该事项已被他人修改，请刷新后重试");
    }

    /** Checks what was typed, refusing the first problem with its field's code; the unit must be the agency's own. */
    private DisclosureItem.Content content(BeforeKind kind, long agencyId, Input in) {
        Params.requireBody(in, "请填写公示事项");
        String title = Params.text("PUB-BEFORE-TITLE", kind.titleLabel(), in.title(), 200, true);
        CaseKind caseKind = kind != BeforeKind.PROCEDURE ? null
                : Params.requiredChoice("PUB-BEFORE-CASE-KIND", CaseKind.class, "案件类别", in.caseKind(), CaseKind::label);
        if (in.unitId() == null || in.unitId().isBlank()) {
            throw BusinessException.badInput("PUB-10", "请选择承办内设机构（谁执法谁公示）");
        }
        long unitId = Params.id("承办内设机构", in.unitId());
        OrgUnit unit = agencies.findUnit(unitId).filter(u -> u.agencyId() == agencyId && u.active())
                .orElseThrow(() -> BusinessException.badInput("PUB-10", "承办内设机构须为本部门在用的内设机构"));
        int order = Params.integer("排序", in.sortOrder(), 0, 0, 9999);
        Map<String, String> raw = in.values() == null ? Map.of() : in.values();
        Map<String, String> values = new LinkedHashMap<>();
        for (BeforeKind.Field f : kind.fields()) {
            values.put(f.key(), Params.text("PUB-BEFORE-FIELD-" + f.key(), f.label(), raw.get(f.key()), 4000, false));
        }
        return new DisclosureItem.Content(title, caseKind, unit.id(), unit.name(), order, values);
    }
}
