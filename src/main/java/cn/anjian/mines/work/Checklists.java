package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.mines.MineKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-05 (art. 14): the province's templates (versioned: a change creates a new revision, the checks keep theirs),
 * the cities' and counties' additions for their jurisdiction, and each mine's own table built from them and the
 * mine's working sites and systems. Every change audited.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Checklists {

    static final String MINE = "矿山";
    static final String ITEM = "检查事项";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A mine as the checks see it. */
    record MineFacts(long id, String name, MineKind kind, String scopePath, java.math.BigDecimal latitude,
                     java.math.BigDecimal longitude, List<String> sites) {
        KindGroup group() {
            return KindGroup.of(kind);
        }
    }

    Optional<MineFacts> mine(long mineId) {
        return jdbc.sql("SELECT id, name, kind, scope_path, latitude, longitude, working_sites, systems FROM mine_mine WHERE id = :id")
                .param("id", mineId).query((rs, n) -> new MineFacts(rs.getLong("id"), rs.getString("name"),
                        MineKind.valueOf(rs.getString("kind")), rs.getString("scope_path"), rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"), sites(rs.getString("working_sites"), rs.getString("systems")))).optional();
    }

    static List<String> sites(String workingSites, String systems) {
        List<String> out = new ArrayList<>();
        for (String text : List.of(workingSites == null ? "" : workingSites, systems == null ? "" : systems)) {
            Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty() && !out.contains(s)).forEach(out::add);
        }
        return out;
    }

    /** The current revision of a kind's template. */
    public long currentVersion(KindGroup kind) {
        return jdbc.sql("SELECT id FROM mine_checklist_version WHERE kind_group = :k AND superseded_at IS NULL")
                .param("k", kind.name()).query(Long.class).single();
    }

    /** The mine's table in the actor's scope (404 otherwise), on the current template revision. */
    public MineTable table(Actor actor, long mineId) {
        MineFacts m = mine(mineId).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound(MINE));
        return table(m, currentVersion(m.group()), clock.instant());
    }

    /** The table as it stood at {@code at} on revision {@code versionId}: local items then in force, current sites. */
    MineTable table(MineFacts m, long versionId, Instant at) {
        record V(int year, int revision, String kind) { }
        V v = jdbc.sql("SELECT template_year, revision, kind_group FROM mine_checklist_version WHERE id = :id").param("id", versionId)
                .query((rs, n) -> new V(rs.getInt(1), rs.getInt(2), rs.getString(3))).optional()
                .filter(x -> x.kind().equals(m.group().name()))
                .orElseThrow(() -> BusinessException.badInput("MINE-CHECKLIST-VERSION", "检查工作表版本不适用于该矿山，请刷新检查表后重新检查"));
        ensureSiteItems(m);
        List<ChecklistItem> items = new ArrayList<>(jdbc.sql("""
                SELECT i.id, i.source, i.section, i.text, i.mandatory, i.basis, i.site_or_system, j.name AS jname
                FROM mine_checklist_item i LEFT JOIN org_jurisdiction_view j ON j.id = i.jurisdiction_id
                WHERE (i.source = 'TEMPLATE' AND i.version_id = :v)
                   OR (i.source = 'LOCAL' AND i.kind_group = :k AND :path LIKE i.scope_path || '%'
                       AND i.created_at <= :at AND (i.retired_at IS NULL OR i.retired_at > :at))
                ORDER BY CASE i.source WHEN 'TEMPLATE' THEN 0 ELSE 1 END, i.position, i.id""")
                .param("v", versionId).param("k", m.group().name()).param("path", m.scopePath())
                .param("at", Timestamp.from(at)).query(Checklists::item).list());
        List<ChecklistItem> sites = jdbc.sql("""
                SELECT i.id, i.source, i.section, i.text, i.mandatory, i.basis, i.site_or_system, NULL AS jname
                FROM mine_checklist_item i WHERE i.source = 'SITE' AND i.mine_id = :m""").param("m", m.id())
                .query(Checklists::item).list();
        for (String s : m.sites()) {
            sites.stream().filter(i -> s.equals(i.siteOrSystem())).findFirst().ifPresent(items::add);
        }
        return new MineTable(m.id(), m.name(), m.group(), versionId, MineTable.label(v.year(), v.revision()), items);
    }

    /** One item per working site and system (MW-02/03 monthly coverage); rows are created once, on first use. */
    private void ensureSiteItems(MineFacts m) {
        int n = 0;
        for (String s : m.sites()) {
            jdbc.sql("""
                    INSERT INTO mine_checklist_item (source, kind_group, mine_id, section, text, mandatory, site_or_system, position,
                                                     created_at, created_by)
                    VALUES ('SITE', :k, :m, '作业场所与系统', :text, FALSE, :s, :n, :now, 'system')
                    ON CONFLICT (mine_id, site_or_system) WHERE source = 'SITE' DO NOTHING""")
                    .param("k", m.group().name()).param("m", m.id()).param("text", s + "：现场检查情况").param("s", s)
                    .param("n", n++).param("now", Timestamp.from(clock.instant())).update();
        }
    }

    static ChecklistItem item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ChecklistItem(rs.getLong("id"), ChecklistItem.Source.valueOf(rs.getString("source")), rs.getString("section"),
                rs.getString("text"), rs.getBoolean("mandatory"), rs.getString("basis"), rs.getString("site_or_system"),
                rs.getString("jname"));
    }

    /** MW-05: the province revises its template: a new revision with the item added; checks keep the old one. */
    public long addTemplateItem(Actor actor, KindGroup kind, String section, String text, boolean mandatory, String basis) {
        requireProvince(actor);
        String[] t = texts(section, text, basis);
        long old = currentVersion(kind);
        long next = revise(actor, kind, old, null, "增加检查事项：" + t[1]);
        int pos = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM mine_checklist_item WHERE version_id = :v").param("v", next)
                .query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO mine_checklist_item (source, version_id, kind_group, section, text, mandatory, basis, position, created_at, created_by)
                VALUES ('TEMPLATE', :v, :k, :s, :t, :m, :b, :p, :now, :by)""")
                .param("v", next).param("k", kind.name()).param("s", t[0]).param("t", t[1]).param("m", mandatory).param("b", t[2])
                .param("p", pos).param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
        audit("mines.checklist.template-revised", "mine_checklist_version", next, Map.of("kind", kind.name(),
                "section", t[0], "text", t[1], "mandatory", mandatory));
        return next;
    }

    /** MW-05: the province takes an item out of its template (a new revision without it). */
    public long removeTemplateItem(Actor actor, long itemId) {
        requireProvince(actor);
        record I(String kind, long version, String text) { }
        I i = jdbc.sql("""
                SELECT i.kind_group, i.version_id, i.text FROM mine_checklist_item i JOIN mine_checklist_version v ON v.id = i.version_id
                WHERE i.id = :id AND i.source = 'TEMPLATE' AND v.superseded_at IS NULL""").param("id", itemId)
                .query((rs, n) -> new I(rs.getString(1), rs.getLong(2), rs.getString(3))).optional()
                .orElseThrow(() -> BusinessException.notFound(ITEM));
        long next = revise(actor, KindGroup.valueOf(i.kind()), i.version(), itemId, "删除检查事项：" + i.text());
        audit("mines.checklist.template-revised", "mine_checklist_version", next, Map.of("kind", i.kind(), "removed", i.text()));
        return next;
    }

    private long revise(Actor actor, KindGroup kind, long old, Long without, String note) {
        Instant now = clock.instant();
        long next = jdbc.sql("""
                INSERT INTO mine_checklist_version (kind_group, revision, template_year, note, created_at, created_by)
                SELECT kind_group, revision + 1, :year, :note, :now, :by FROM mine_checklist_version WHERE id = :old RETURNING id""")
                .param("year", java.time.LocalDate.now(clock).getYear()).param("note", note.length() > 500 ? note.substring(0, 500) : note)
                .param("now", Timestamp.from(now)).param("by", actor.username()).param("old", old).query(Long.class).single();
        jdbc.sql("UPDATE mine_checklist_version SET superseded_at = :now WHERE id = :old").param("now", Timestamp.from(now))
                .param("old", old).update();
        jdbc.sql("""
                INSERT INTO mine_checklist_item (source, version_id, kind_group, section, text, mandatory, basis, position, created_at, created_by)
                SELECT 'TEMPLATE', :next, kind_group, section, text, mandatory, basis, position, :now, :by
                FROM mine_checklist_item WHERE version_id = :old AND id <> :without""")
                .param("next", next).param("now", Timestamp.from(now)).param("by", actor.username()).param("old", old)
                .param("without", without == null ? -1L : without).update();
        return next;
    }

    /** MW-05: a city or county adds an item for the mines of its jurisdiction. */
    public long addLocalItem(Actor actor, KindGroup kind, String section, String text, boolean mandatory, String basis) {
        require(actor);
        if (actor.scope().isProvince()) {
            throw new BusinessException("MINE-CHECKLIST-LOCAL", "省级请修订省级检查工作表模板；补充检查事项由市、县级矿山安全监管部门结合本地实际添加（第十四条）");
        }
        String[] t = texts(section, text, basis);
        long id = jdbc.sql("""
                INSERT INTO mine_checklist_item (source, kind_group, jurisdiction_id, scope_path, section, text, mandatory, basis,
                                                 position, created_at, created_by)
                VALUES ('LOCAL', :k, :j, :p, :s, :t, :m, :b, 1000, :now, :by) RETURNING id""")
                .param("k", kind.name()).param("j", actor.jurisdictionId()).param("p", actor.scope().path()).param("s", t[0])
                .param("t", t[1]).param("m", mandatory).param("b", t[2]).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).query(Long.class).single();
        audit("mines.checklist.local-added", "mine_checklist_item", id, Map.of("kind", kind.name(), "section", t[0], "text", t[1],
                "mandatory", mandatory));
        return id;
    }

    /** A city or county retires one of its own additions (checks already made keep it). */
    public void retireLocalItem(Actor actor, long itemId) {
        require(actor);
        String text = jdbc.sql("""
                SELECT text FROM mine_checklist_item WHERE id = :id AND source = 'LOCAL' AND retired_at IS NULL
                AND jurisdiction_id = :j""").param("id", itemId).param("j", actor.jurisdictionId()).query(String.class).optional()
                .orElseThrow(() -> BusinessException.notFound(ITEM));
        jdbc.sql("UPDATE mine_checklist_item SET retired_at = :now WHERE id = :id").param("now", Timestamp.from(clock.instant()))
                .param("id", itemId).update();
        audit("mines.checklist.local-retired", "mine_checklist_item", itemId, Map.of("text", text));
    }

    public static boolean mayReviseTemplate(Actor actor) {
        return actor.hasPermission("mine:checklist") && actor.scope().isProvince();
    }

    private static String[] texts(String section, String text, String basis) {
        return new String[] {Params.text("MINE-CHECKLIST-SECTION", "所属部分", section, 100, true),
                Params.text("MINE-CHECKLIST-TEXT", "检查事项", text, 500, true),
                Optional.ofNullable(Params.text("MINE-CHECKLIST-BASIS", "依据", basis, 200, false)).orElse("")};
    }

    private void requireProvince(Actor actor) {
        require(actor);
        if (!actor.scope().isProvince()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "MINE-CHECKLIST-PROVINCE",
                    "检查工作表模板由省级矿山安全监管部门制作和修订（第十四条）");
        }
    }

    private static void require(Actor actor) {
        if (!actor.hasPermission("mine:checklist")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有此项操作的权限");
        }
    }

    private void audit(String action, String type, Object id, Map<String, ?> after) {
        events.publishEvent(AuditableEvent.change(action, type, id, null, after));
    }
}
