package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.documents.IssuedDocument;
import cn.anjian.documents.IssuedDocuments;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Phones;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-14 (art. 28): the integrity supervision card (廉政监督卡) a mine receives, with its commissioners' names, the
 * department's supervision phone (kept per department here: the settings module holds province-wide numbers only)
 * and the 12345 hotline (art. 27); printable as a page and issued as a numbered .docx through {@code documents}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class IntegrityCards {

    public static final String HOTLINE = "12345";
    static final String MINE = "矿山";

    private final CommissionerSelf self;
    private final IssuedDocuments documents;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Card(long mineId, String mineName, List<String> commissioners, String supervisionPhone, String hotline,
                       String lastNumber, Long lastFileId) {
    }

    private record MineRef(long id, String name, long departmentJurisdictionId, String scopePath) {
    }

    /** The department's supervision phone (the actor's jurisdiction), if set. */
    @Transactional(readOnly = true)
    public Optional<String> phone(long jurisdictionId) {
        return jdbc.sql("SELECT phone FROM mine_integrity_phone WHERE jurisdiction_id = :j").param("j", jurisdictionId)
                .query(String.class).optional();
    }

    /** Sets the supervision phone of the actor's department (mine:manage); a malformed number is refused. */
    public void setPhone(Actor actor, String phone) {
        if (!actor.hasPermission("mine:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有设置监督电话的权限");
        }
        String p = phone == null ? "" : phone.strip();
        if (!Phones.valid(p)) {
            throw BusinessException.badInput("MW-14-PHONE", "监督电话格式不正确：" + Phones.RULE);
        }
        Optional<String> before = phone(actor.jurisdictionId());
        jdbc.sql("""
                        INSERT INTO mine_integrity_phone (jurisdiction_id, version, scope_path, phone, updated_at, updated_by)
                        VALUES (:j, 0, :s, :p, :at, :by)
                        ON CONFLICT (jurisdiction_id) DO UPDATE SET phone = :p, version = mine_integrity_phone.version + 1,
                            updated_at = :at, updated_by = :by""")
                .param("j", actor.jurisdictionId()).param("s", actor.scope().path()).param("p", p)
                .param("at", java.sql.Timestamp.from(clock.instant())).param("by", actor.username()).update();
        events.publishEvent(AuditableEvent.change("mines.integrity.phone-set", "mine_integrity_phone", actor.jurisdictionId(),
                before.map(v -> Map.<String, Object>of("phone", v)).orElse(null), Map.of("phone", p)));
    }

    /** The card of a mine in the actor's scope (404 otherwise), as it would be printed. */
    @Transactional(readOnly = true)
    public Card card(Actor actor, long mineId) {
        MineRef m = mine(actor, mineId);
        var last = jdbc.sql("SELECT doc_number, file_id FROM mine_integrity_card WHERE mine_id = :m ORDER BY issued_at DESC, id DESC LIMIT 1")
                .param("m", mineId).query((rs, n) -> Map.entry(rs.getString("doc_number"), rs.getLong("file_id"))).optional();
        return new Card(m.id(), m.name(), self.commissionersOf(mineId, today()),
                phone(m.departmentJurisdictionId()).orElse(null), HOTLINE, last.map(Map.Entry::getKey).orElse(null),
                last.map(Map.Entry::getValue).orElse(null));
    }

    /** MW-14: issues the numbered card; refused without commissioners or without the department's phone. */
    public long issue(Actor actor, long mineId) {
        if (!actor.hasPermission("mine:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有发放廉政监督卡的权限");
        }
        Card c = card(actor, mineId);
        if (c.commissioners().isEmpty()) {
            throw new BusinessException("MW-14-COMMISSIONERS", "该矿山尚未派驻监管专员（派驻方案批准后才能发放廉政监督卡）");
        }
        if (c.supervisionPhone() == null) {
            throw new BusinessException("MW-14-PHONE", "请先设置本部门的廉政监督电话");
        }
        MineRef m = mine(actor, mineId);
        Map<String, Object> data = new HashMap<>();
        data.put("mineName", c.mineName());
        data.put("commissioners", String.join("、", c.commissioners()));
        data.put("supervisionPhone", c.supervisionPhone());
        data.put("hotline", HOTLINE + "（山西省政务服务热线）");
        data.put("date", Fmt.chineseDate(today()));
        IssuedDocument doc = documents.issue("MINE_INTEGRITY_CARD", actor.agencyId(), "mine", String.valueOf(mineId),
                data, m.scopePath(), actor);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        INSERT INTO mine_integrity_card (mine_id, scope_path, file_id, doc_number, issued_at, issued_by)
                        VALUES (:m, :s, :f, :n, :at, :by) RETURNING id""")
                .param("m", mineId).param("s", m.scopePath()).param("f", doc.fileId()).param("n", doc.number().text())
                .param("at", java.sql.Timestamp.from(now)).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("docNumber", doc.number().text());
        after.put("commissioners", data.get("commissioners"));
        after.put("supervisionPhone", c.supervisionPhone());
        events.publishEvent(AuditableEvent.change("mines.integrity.card-issued", "mine", mineId, null, after));
        return id;
    }

    private MineRef mine(Actor actor, long mineId) {
        Optional<MineRef> m = jdbc.sql("SELECT id, name, department_jurisdiction_id, scope_path FROM mine_mine WHERE id = :id")
                .param("id", mineId).query((rs, n) -> new MineRef(rs.getLong("id"), rs.getString("name"),
                        rs.getLong("department_jurisdiction_id"), rs.getString("scope_path"))).optional();
        return ScopeSql.requireInScope(actor, m, MineRef::scopePath, MINE);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.SHANGHAI));
    }
}
