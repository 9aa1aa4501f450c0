package cn.anjian.enterprises;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAP-07: the joint-punishment blacklist (失信联合惩戒黑名单). Listing records grounds, the decision
 * document and the dates; removal keeps the entry with who removed it and why. Both are audited.
 * At most one live listing per enterprise.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Blacklist {

    private static final String SELECT = """
            SELECT b.*, e.name AS enterprise_name FROM ent_blacklist b JOIN ent_enterprise e ON e.id = b.enterprise_id
            """;

    private final JdbcClient jdbc;
    private final BlacklistListings listings;
    private final Enterprises enterprises;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** All listings (live and removed) of an enterprise in scope, latest first. */
    public List<BlacklistEntry> of(Actor actor, long enterpriseId) {
        enterprises.get(actor, enterpriseId);
        return jdbc.sql(SELECT + " WHERE b.enterprise_id = :id ORDER BY b.listed_at DESC, b.id DESC")
                .param("id", enterpriseId).query(Blacklist::map).list();
    }

    /** The live listings in the actor's scope (the published list), at most 500, latest first. */
    public List<BlacklistEntry> live(Actor actor) {
        return jdbc.sql(SELECT + " WHERE b.removed_at IS NULL AND e.scope_path LIKE :scope ORDER BY b.from_date DESC, b.id DESC LIMIT 500")
                .param("scope", actor.scope().pattern()).query(Blacklist::map).list();
    }

    @Transactional
    public BlacklistEntry put(Actor actor, long enterpriseId, NewListing l) {
        Enterprises.requireManage(actor);
        EnterpriseView e = enterprises.get(actor, enterpriseId);
        if (l == null) {
            throw BusinessException.badInput("CAP-07-GROUNDS", "请填写列入黑名单的事实和依据");
        }
        String grounds = Enterprises.text(l.grounds(), 500, "CAP-07-GROUNDS", "事实和依据");
        if (grounds == null) {
            throw BusinessException.badInput("CAP-07-GROUNDS", "请填写列入黑名单的事实和依据");
        }
        String doc = Enterprises.text(l.decisionDoc(), 100, "CAP-07-DOC", "决定书文号");
        if (doc == null) {
            throw BusinessException.badInput("CAP-07-DOC", "请填写列入决定书文号");
        }
        if (l.fromDate() == null) {
            throw BusinessException.badInput("CAP-07-FROM", "请填写列入日期");
        }
        if (l.toDate() != null && l.toDate().isBefore(l.fromDate())) {
            throw BusinessException.badInput("CAP-07-TO", "移出期限不能早于列入日期");
        }
        if (e.blacklisted()) {
            throw BusinessException.conflict("CAP-07-LISTED", "该单位已在失信联合惩戒黑名单中");
        }
        long id;
        try {
            id = listings.save(new BlacklistListing(enterpriseId, grounds, doc, l.fromDate(), l.toDate(), actor.username(),
                    clock.instant())).id();
        } catch (DuplicateKeyException ex) { // a concurrent listing: at most one live listing per enterprise
            throw BusinessException.conflict("CAP-07-LISTED", "该单位已在失信联合惩戒黑名单中");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterpriseId", enterpriseId);
        after.put("grounds", grounds);
        after.put("decisionDoc", doc);
        after.put("from", l.fromDate().toString());
        after.put("to", l.toDate() == null ? "" : l.toDate().toString());
        events.publishEvent(AuditableEvent.change("enterprise.blacklist.listed", "enterprise-blacklist", id, null, after));
        return get(id);
    }

    @Transactional
    public BlacklistEntry remove(Actor actor, long entryId, int version, String reason) {
        Enterprises.requireManage(actor);
        BlacklistEntry b = jdbc.sql(SELECT + " WHERE b.id = :id AND e.scope_path LIKE :scope")
                .param("id", entryId).param("scope", actor.scope().pattern()).query(Blacklist::map).optional()
                .orElseThrow(() -> BusinessException.notFound("黑名单记录"));
        String why = Enterprises.text(reason, 500, "CAP-07-REASON", "移出理由");
        if (why == null) {
            throw BusinessException.badInput("CAP-07-REASON", "请填写移出黑名单的理由");
        }
        BlacklistListing listing = listings.findById(entryId).orElseThrow(() -> BusinessException.notFound("黑名单记录"));
        listing.remove(version, actor.username(), why, clock.instant());
        listings.save(listing);
        events.publishEvent(AuditableEvent.change("enterprise.blacklist.removed", "enterprise-blacklist", entryId,
                Map.of("enterpriseId", b.enterpriseId(), "live", true), Map.of("enterpriseId", b.enterpriseId(), "reason", why)));
        return get(entryId);
    }

    private BlacklistEntry get(long id) {
        return jdbc.sql(SELECT + " WHERE b.id = :id").param("id", id).query(Blacklist::map).single();
    }

    private static LocalDate date(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    static BlacklistEntry map(ResultSet rs, int n) throws SQLException {
        Timestamp removed = rs.getTimestamp("removed_at");
        return new BlacklistEntry(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("grounds"), rs.getString("decision_doc"), date(rs, "from_date"), date(rs, "to_date"),
                rs.getString("listed_by"), rs.getTimestamp("listed_at").toInstant(),
                removed == null ? null : removed.toInstant(), rs.getString("removed_by"), rs.getString("removal_reason"),
                rs.getInt("version"));
    }
}
