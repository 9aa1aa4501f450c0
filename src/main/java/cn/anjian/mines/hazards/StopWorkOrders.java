package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import cn.anjian.documents.IssuedDocument;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Idempotency;
import cn.anjian.kernel.Params;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-12 (art. 43): stop-work and evacuation orders, recorded by a commissioner of the mine (phone or page), numbered
 * and generated as .docx, reported to the department's heads at once, lifted later with a record. The phone's UUID
 * makes a replayed sync harmless: the same body answers the stored order, a different body is refused.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class StopWorkOrders {

    static final String WHAT = "停产撤人指令";

    private final StopWorkOrderRepository orders;
    private final WorkScope scope;
    private final MatterPapers papers;
    private final Escalations escalations;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The answer to a PUT: {@code created} false when the same order was replayed. */
    public record Outcome(long id, UUID orderId, String number, boolean created) {
    }

    /** MW-12: records the order under the phone's UUID (idempotent: the same body again answers the stored order). */
    public Outcome put(Actor actor, UUID clientId, String idempotencyKey, NewStopWorkOrder n) {
        Hazards.require(actor);
        Idempotency.requireValidKey(idempotencyKey);
        if (clientId == null) {
            throw BusinessException.badInput("MW-12-ID", "请提供指令编号（UUID）");
        }
        String hash = hash(n);
        var existing = orders.findByClientId(clientId);
        if (existing.isPresent()) {
            StopWorkOrder o = ScopeSql.requireInScope(actor, existing, StopWorkOrder::scopePath, WHAT);
            if (!o.requestHash().equals(hash)) {
                throw new BusinessException("MW-12-REPLAY", "同一指令编号已记录了不同的内容，请勿重复使用指令编号");
            }
            return new Outcome(o.id(), clientId, o.orderNumber(), false);
        }
        WorkScope.CommissionerRef c = scope.requireCommissioner(actor);
        WorkScope.MineRef mine = scope.requireSupervised(c, n.mineId());
        StopWorkKind kind = Params.choice(StopWorkKind.class, "指令类别", n.kind(), StopWorkKind::label);
        if (kind == null) {
            throw BusinessException.badInput("MW-12-KIND", "请选择指令类别");
        }
        Instant now = clock.instant();
        Instant at = orderedAt(n.orderedAt(), now);
        String reason = Params.text("MW-12-REASON", "事由", n.reason(), 2000, true);
        String where = Params.text("MW-12-SCOPE", "停止作业范围", n.scope(), 500, true);
        int people = n.peopleEvacuated() == null ? 0 : n.peopleEvacuated();
        if (people < 0 || people > 100_000) {
            throw BusinessException.badInput("MW-12-EVACUATED", "撤出人数须为 0–100000 之间的整数");
        }
        String photos = scope.photos(actor, n.photoFileIds());
        Hazard.Origin origin = new Hazard.Origin(mine.id(), c.id(), c.agencyId(), mine.jurisdictionId(),
                mine.scopePath(), null, null);
        StopWorkOrder o = orders.save(StopWorkOrder.order(clientId, hash, origin,
                new StopWorkOrder.Facts(kind, at, reason, where, people, photos), actor.username()));
        IssuedDocument doc = papers.stopWorkOrder(actor, c.agencyId(), o.id(), mine, Map.of("kindLabel", kind.label(),
                "orderedAt", Fmt.dateTime(at), "reason", reason, "scopeText", where,
                "evacuated", String.valueOf(people), "officers", c.name()), now);
        o.numbered(doc.number().text(), doc.fileId());
        o.escalated(now);
        events.publishEvent(new AuditableEvent("mines.stop-order.ordered", StopWorkOrder.SUBJECT,
                String.valueOf(o.id()), null, o.audit(), actor.username(), null));
        timeline.add(StopWorkOrder.SUBJECT, o.id(), at, actor.username(), "下达" + kind.label() + "指令",
                reason + "（" + where + "）");
        var told = escalations.escalate(StopWorkOrder.SUBJECT, o.id(), mine.departmentJurisdictionId(),
                kind.label() + "：" + mine.name(), "/mines/stop-work-orders/" + o.id(), now);
        timeline.add(StopWorkOrder.SUBJECT, o.id(), now, actor.username(), "报告部门负责人",
                "已报告 " + told.size() + " 位部门负责人");
        orders.save(o);
        return new Outcome(o.id(), clientId, doc.number().text(), true);
    }

    /** MW-12: lifts the order with a record, by a commissioner of the mine. */
    public void lift(Actor actor, long id, String note) {
        Hazards.require(actor);
        StopWorkOrder o = ScopeSql.requireInScope(actor, orders.findById(id), StopWorkOrder::scopePath, WHAT);
        scope.requireSupervised(scope.requireCommissioner(actor), o.mineId());
        String text = Params.text("MW-12-LIFT", "解除情况", note, 2000, true);
        Instant now = clock.instant();
        o.lift(text, now, actor.username());
        orders.save(o);
        timeline.add(StopWorkOrder.SUBJECT, id, now, actor.username(), "解除指令", text);
    }

    private Instant orderedAt(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return now;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw BusinessException.badInput("MW-12-TIME", "下达时间格式不正确（如 2026-12-06T09:00:00+08:00）");
        }
        if (at.isAfter(now.plus(Duration.ofMinutes(10)))) {
            throw BusinessException.badInput("MW-12-TIME", "下达时间不能晚于当前时间");
        }
        return at;
    }

    static String hash(NewStopWorkOrder n) {
        String canonical = String.join("\u0001", String.valueOf(n.mineId()), String.valueOf(n.kind()),
                String.valueOf(n.orderedAt()), String.valueOf(n.reason()), String.valueOf(n.scope()),
                String.valueOf(n.peopleEvacuated()), String.valueOf(n.photoFileIds()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
