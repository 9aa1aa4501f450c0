package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-11/TI-12 training, TI-13 call-up, TI-17 dismissal, TI-19 equipment and its return. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class InspectorDuties {

    private final InspectorSupport support;
    private final InspectorQueries queries;
    private final EquipmentRepository equipment;
    private final Deadlines deadlines;
    private final JdbcClient jdbc;

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(support.now(), ZoneOffset.UTC);
    }

    @Transactional
    InspectorTrainingView addTraining(Actor actor, long id, String kind, String course, Integer hours, LocalDate endedOn) {
        InspectorView i = support.requireActive(actor, id);
        InspectorTrainingKind.parse(kind);
        String c = InspectorRules.text(course, "培训课程", 200);
        if (hours == null || hours < 1 || hours > 500) {
            throw BusinessException.badInput("TI-11", "学时须在 1 到 500 之间");
        }
        if (endedOn == null || endedOn.isAfter(support.today())) {
            throw BusinessException.badInput("TI-11", "请填写培训结束日期（不能晚于今天）");
        }
        long tid = jdbc.sql("INSERT INTO ti_training (inspector_id, kind, course, hours, ended_on, recorded_at) VALUES (:i, :k, :c, :h, :d, :at) RETURNING id")
                .param("i", i.id()).param("k", kind).param("c", c).param("h", hours).param("d", endedOn)
                .param("at", now()).query(Long.class).single();
        support.publish(AuditableEvent.change("ti.training.recorded", "ti-inspector", id, null,
                Map.of("kind", kind, "course", c, "hours", hours, "endedOn", endedOn.toString())));
        return queries.trainings(id).stream().filter(t -> t.id() == tid).findFirst().orElseThrow();
    }

    // ---- TI-13: call-up ----

    @Transactional
    void callUp(Actor actor, long id, String purpose, LocalDate from, LocalDate to) {
        InspectorView i = support.requireActive(actor, id);
        InspectorRules.checkCallUp(support.jurisdictionLevel(actor.agencyId()), actor.agencyId(), actor.scope(),
                i.agencyId(), i.scopePath());
        LocalDate day = from == null ? support.today() : from;
        if (i.termEndedOn(day) || (to != null && i.termEndedOn(to))) {
            throw new BusinessException("TI-14-TERM-ENDED", "调用期间须在聘期内：该技术检查员聘期至 " + i.termEnd()
                    + "，届满后不能再被调用");
        }
        if (!i.certifiedOn(day)) {
            throw new BusinessException("TI-11", "未取得有效工作证的技术检查员不能协助执法");
        }
        String p = InspectorRules.text(purpose, "调用事由", 500);
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.badInput("TI-13", "请填写调用起止日期（截止不早于起始）");
        }
        jdbc.sql("""
                INSERT INTO ti_callup (inspector_id, caller_agency_id, purpose, from_date, to_date, called_by, called_at)
                VALUES (:i, :a, :p, :f, :t, :by, :at)""").param("i", id).param("a", actor.agencyId()).param("p", p)
                .param("f", from).param("t", to).param("by", actor.username()).param("at", now()).update();
        support.publish(AuditableEvent.change("ti.inspector.called-up", "ti-inspector", id, null,
                Map.of("callerAgencyId", actor.agencyId(), "purpose", p, "from", from.toString(), "to", to.toString())));
    }

    // ---- TI-17: dismissal and equipment return ----

    @Transactional
    InspectorView dismiss(Actor actor, long id, DismissalGround ground, String reason, String notifiedUnits) {
        InspectorView before = support.requireActive(actor, id);
        InspectorSupport.requireHiringAgency(actor, before);
        Inspector i = support.load(before);
        i.dismiss(ground, reason, notifiedUnits, support.today());
        // the certificate, protective and technical equipment must come back; tracked until returned
        List<Equipment> items = equipment.findByInspectorId(id);
        items.forEach(Equipment::dueForReturn);
        equipment.saveAll(items);
        if (before.termDeadlineId() != null) {
            deadlines.waive(new DeadlineId(before.termDeadlineId()), "技术检查员已解聘");
        }
        return support.save("ti.inspector.dismissed", before, i);
    }

    @Transactional
    EquipmentView issueEquipment(Actor actor, long id, String kind, String name, LocalDate issuedOn) {
        InspectorView i = support.requireActive(actor, id);
        if (!"PROTECTIVE".equals(kind) && !"TECHNICAL".equals(kind)) {
            throw BusinessException.badInput("TI-19", "请选择装备类别：防护装备或技术装备");
        }
        String n = InspectorRules.text(name, "装备名称", 100);
        if (issuedOn == null || issuedOn.isAfter(support.today())) {
            throw BusinessException.badInput("TI-19", "请填写配发日期（不能晚于今天）");
        }
        long eid = equipment.save(Equipment.issue(i.id(), EquipmentKind.valueOf(kind), n, issuedOn)).id;
        support.publish(AuditableEvent.change("ti.equipment.issued", "ti-inspector", id, null,
                Map.of("equipmentId", eid, "kind", kind, "name", n)));
        return queries.equipment(id).stream().filter(e -> e.id() == eid).findFirst().orElseThrow();
    }

    @Transactional
    EquipmentView returnEquipment(Actor actor, long id, long equipmentId, LocalDate returnedOn) {
        support.get(actor, id);
        Equipment e = equipment.findById(equipmentId).filter(x -> x.inspectorId == id)
                .orElseThrow(() -> BusinessException.notFound("装备"));
        e.returned(returnedOn, support.today());
        equipment.save(e);
        support.publish(AuditableEvent.change("ti.equipment.returned", "ti-inspector", id,
                Map.of("equipmentId", equipmentId), Map.of("equipmentId", equipmentId, "returnedOn", returnedOn.toString())));
        return queries.equipment(id).stream().filter(x -> x.id() == equipmentId).findFirst().orElseThrow();
    }
}
