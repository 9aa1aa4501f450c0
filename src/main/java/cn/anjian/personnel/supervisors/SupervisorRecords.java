package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.common.RecordRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SS-08 (000 art. 28, 32–36): equipment issued to a supervisor (tracked for return when the appointment
 * ends) and the protection-and-discipline records — checked by the same {@link RecordRules} as inspectors'.
 */
@Service
@Transactional
@RequiredArgsConstructor
class SupervisorRecords {

    private final SupervisorService service;
    private final JdbcClient jdbc;

    @Transactional(readOnly = true)
    List<SupervisorRecordView> records(long supervisorId) {
        return jdbc.sql("SELECT * FROM per_supervisor_record WHERE supervisor_id = :s ORDER BY occurred_on DESC, id DESC")
                .param("s", supervisorId).query(SupervisorRecordView.class).list();
    }

    SupervisorRecordView addRecord(Actor actor, long id, String category, String kind, LocalDate occurredOn,
                                   LocalDate untilOn, String description, String handling, String response) {
        Supervisor s = service.get(actor, id);
        RecordRules.Checked c = RecordRules.check("SS-08", "SS-08", category, kind, occurredOn, untilOn, description,
                handling, response, service.today());
        Map<String, Object> p = new HashMap<>();
        p.put("s", s.id);
        p.put("c", c.category());
        p.put("k", c.kind());
        p.put("o", c.occurredOn());
        p.put("u", c.untilOn());
        p.put("d", c.description());
        p.put("h", c.handling());
        p.put("r", c.response());
        p.put("by", actor.username());
        p.put("at", OffsetDateTime.ofInstant(service.now(), ZoneOffset.UTC));
        long rid = jdbc.sql("""
                INSERT INTO per_supervisor_record (supervisor_id, category, kind, occurred_on, until_on, description, handling,
                    response, recorded_by, recorded_at)
                VALUES (:s, :c, :k, :o, CAST(:u AS DATE), :d, CAST(:h AS VARCHAR), CAST(:r AS VARCHAR), :by, :at) RETURNING id""")
                .params(p).query(Long.class).single();
        service.publishAudit(AuditableEvent.change("personnel.supervisor.record-added", "supervisor", s.id, null,
                Map.of("recordId", rid, "category", c.category(), "kind", c.kind())));
        return records(s.id).stream().filter(r -> r.id() == rid).findFirst().orElseThrow();
    }

    /** SS-08 (000 art. 28): protective or technical equipment issued to a serving supervisor. */
    void issueEquipment(Actor actor, long id, String kind, String item, LocalDate issuedOn) {
        Supervisor s = service.get(actor, id);
        if (s.status != SupervisorStatus.APPOINTED) {
            throw new BusinessException("SS-08", "只有在聘的社会监督员才能配发装备（当前状态：" + s.status.label() + "）");
        }
        if (!"PROTECTIVE".equals(kind) && !"TECHNICAL".equals(kind)) {
            throw BusinessException.badInput("SS-08", "请选择装备类别：防护装备或技术装备");
        }
        String name = Params.text("SS-08", "装备名称", item, 50, true);
        if (issuedOn == null || issuedOn.isAfter(service.today())) {
            throw BusinessException.badInput("SS-08", "请填写配发日期（不能晚于今天）");
        }
        long eid = jdbc.sql("""
                        INSERT INTO per_supervisor_equipment (supervisor_id, item, kind, issued_on)
                        VALUES (:s, :i, :k, :on) RETURNING id""")
                .param("s", s.id).param("i", name).param("k", kind).param("on", issuedOn).query(Long.class).single();
        service.publishAudit(AuditableEvent.change("personnel.supervisor.equipment-issued", "supervisor", s.id, null,
                Map.of("equipmentId", eid, "kind", kind, "item", name, "issuedOn", issuedOn.toString())));
    }
}
