package cn.anjian.publicity.portal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Phones;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PUB-01: the supervision channels (phone, e-mail, address, 12345) and the footer (主办单位, contact) of an agency's
 * portal, kept in the back office by the agency's administrators (in scope, ORG-03), every change audited.
 */
@Service
@Transactional
@RequiredArgsConstructor
class PortalChannels {

    static final String SUBJECT = "portal-channel";

    private final JdbcClient jdbc;
    private final PortalDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PortalRevision revision;

    /** Every public page shows its portal's channels: kept per agency while the portal's revision (V9_63) holds. */
    private record Held(long revision, Channels channels) {
    }

    private final Map<Long, Held> held = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the portal shows; blanks are shown as "—". */
    record Channels(String phone, String email, String address, String hotline, String sponsor, String contact) {
        Map<String, Object> snapshot() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phone", phone);
            m.put("email", email);
            m.put("address", address);
            m.put("hotline", hotline);
            m.put("sponsor", sponsor);
            m.put("contact", contact);
            return m;
        }
    }

    @Transactional(readOnly = true)
    Channels of(Agency a) {
        long r = revision.current();
        Held h = held.get(a.id());
        if (h != null && h.revision() == r) {
            return h.channels();
        }
        Channels c = read(a);
        held.put(a.id(), new Held(r, c)); // one entry per agency that has a portal
        return c;
    }

    private Channels read(Agency a) {
        return jdbc.sql("SELECT phone, email, address, hotline, sponsor, contact FROM pub_portal_channel WHERE agency_id = :a")
                .param("a", a.id())
                .query((rs, n) -> new Channels(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .optional().orElse(new Channels(null, null, null, "12345", null, null));
    }

    /** The agency in the actor's scope, else 404 (ORG-03). */
    @Transactional(readOnly = true)
    Agency agency(Actor actor, long agencyId) {
        return ScopeSql.requireInScope(actor, directory.agency(agencyId), Agency::scopePath, "部门");
    }

    void save(Actor actor, long agencyId, Channels in) {
        Agency a = agency(actor, agencyId);
        String phone = Params.text("PUB-01-CHANNEL", "监督电话", in.phone(), 40, false);
        if (phone != null && !Phones.valid(phone)) {
            throw BusinessException.badInput("PUB-01-PHONE", "监督电话格式不正确：" + Phones.RULE);
        }
        String email = Params.text("PUB-01-CHANNEL", "电子邮箱", in.email(), 100, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw BusinessException.badInput("PUB-01-EMAIL", "电子邮箱格式不正确");
        }
        String hotline = Params.text("PUB-01-CHANNEL", "服务热线", in.hotline(), 20, false);
        Channels clean = new Channels(phone, email, Params.text("PUB-01-CHANNEL", "通信地址", in.address(), 200, false),
                hotline == null ? "12345" : hotline, Params.text("PUB-01-CHANNEL", "主办单位", in.sponsor(), 100, false),
                Params.text("PUB-01-CHANNEL", "联系方式", in.contact(), 200, false));
        Channels before = read(a);
        jdbc.sql("""
                        INSERT INTO pub_portal_channel (agency_id, phone, email, address, hotline, sponsor, contact, updated_at, updated_by)
                        VALUES (:a, :phone, :email, :address, :hotline, :sponsor, :contact, :at, :by)
                        ON CONFLICT (agency_id) DO UPDATE SET phone = EXCLUDED.phone, email = EXCLUDED.email,
                            address = EXCLUDED.address, hotline = EXCLUDED.hotline, sponsor = EXCLUDED.sponsor,
                            contact = EXCLUDED.contact, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
                            version = pub_portal_channel.version + 1""")
                .param("a", a.id()).param("phone", clean.phone()).param("email", clean.email())
                .param("address", clean.address()).param("hotline", clean.hotline()).param("sponsor", clean.sponsor())
                .param("contact", clean.contact()).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("by", actor.username()).update();
        events.publishEvent(AuditableEvent.change("publicity.portal-channel.changed", SUBJECT, a.id(), before.snapshot(),
                clean.snapshot()));
    }
}
