package cn.anjian.reporting.capacity;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.Officers;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAP-03/CAP-04: each enforcement officer's relevant education, qualification or experience and his equipment (mobile
 * terminal, body recorder, protective equipment: 人手一台套), one record per officer of personnel, kept at the officer's
 * jurisdiction; and the collection workstations of the actor's agency. Every change audited.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CapacityEquipment {

    private final JdbcClient jdbc;
    private final Officers officers;
    private final People people;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** What is recorded of one officer. */
    public record OfficerCapacity(boolean relevantEducation, boolean relevantQualification, boolean relevantExperience,
                                  boolean mobileTerminal, boolean bodyRecorder, boolean protectiveEquipment) {
        Map<String, Object> audit() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("relevantEducation", relevantEducation);
            m.put("relevantQualification", relevantQualification);
            m.put("relevantExperience", relevantExperience);
            m.put("mobileTerminal", mobileTerminal);
            m.put("bodyRecorder", bodyRecorder);
            m.put("protectiveEquipment", protectiveEquipment);
            return m;
        }
    }

    /** Records (or replaces) the officer's qualifications and equipment; the officer is found by name in scope. */
    public long recordOfficer(Actor actor, String officerName, String certificateNumber, OfficerCapacity c) {
        CapacityRecords.requireManage(actor);
        String n = Params.text("CAP-OFFICER", "执法人员姓名", officerName, 50, true);
        String cert = Params.text("CAP-OFFICER", "执法证号", certificateNumber, 50, false);
        List<OfficerRow> found = officers.list(actor, new OfficerFilter(n, null, null, null, null), 0, 100).items().stream()
                .filter(o -> o.name().equals(n)).filter(o -> cert == null || cert.equalsIgnoreCase(o.certificateNumber())).toList();
        if (found.size() != 1) {
            throw new BusinessException("CAP-OFFICER", found.isEmpty() ? "辖区内没有名为“" + n + "”的执法人员，请核对"
                    : "辖区内有 " + found.size() + " 名名为“" + n + "”的执法人员，请同时填写执法证号");
        }
        PersonView p = people.find(found.get(0).personId()).orElseThrow(() -> BusinessException.notFound("执法人员"));
        Map<String, Object> before = jdbc.sql("""
                SELECT relevant_education, relevant_qualification, relevant_experience, mobile_terminal, body_recorder,
                       protective_equipment FROM rep_officer_capacity WHERE person_id = :p""").param("p", p.id())
                .query((rs, i) -> new OfficerCapacity(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6)).audit()).optional().orElse(null);
        long id = jdbc.sql("""
                INSERT INTO rep_officer_capacity (person_id, name, jurisdiction_id, scope_path, relevant_education, relevant_qualification,
                       relevant_experience, mobile_terminal, body_recorder, protective_equipment, updated_at, updated_by)
                VALUES (:p, :name, :j, :path, :edu, :qual, :exp, :mobile, :recorder, :protect, :now, :by)
                ON CONFLICT (person_id) DO UPDATE SET relevant_education = EXCLUDED.relevant_education,
                    relevant_qualification = EXCLUDED.relevant_qualification, relevant_experience = EXCLUDED.relevant_experience,
                    mobile_terminal = EXCLUDED.mobile_terminal, body_recorder = EXCLUDED.body_recorder,
                    protective_equipment = EXCLUDED.protective_equipment, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
                RETURNING id""")
                .param("p", p.id()).param("name", p.name()).param("j", p.jurisdictionId()).param("path", p.scopePath())
                .param("edu", c.relevantEducation()).param("qual", c.relevantQualification()).param("exp", c.relevantExperience())
                .param("mobile", c.mobileTerminal()).param("recorder", c.bodyRecorder()).param("protect", c.protectiveEquipment())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>(c.audit());
        after.put("officer", p.name());
        events.publishEvent(AuditableEvent.change("reporting.officer-capacity.recorded", "rep-officer", id, before, after));
        return id;
    }

    /** CAP-04: a collection workstation of the actor's agency. */
    public long addWorkstation(Actor actor, String location, LocalDate installedOn) {
        CapacityRecords.requireManage(actor);
        String loc = Params.text("CAP-WORKSTATION", "安装位置", location, 200, true);
        if (installedOn == null || installedOn.isAfter(LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI))) {
            throw BusinessException.badInput("CAP-WORKSTATION-DATE", "请填写不晚于今天的配备日期");
        }
        Agency a = agencies.get(actor.agencyId());
        ScopeSql.requireInScope(actor, a.scopePath(), "机构");
        long id = jdbc.sql("""
                INSERT INTO rep_workstation (agency_id, jurisdiction_id, scope_path, location, installed_on, created_at, created_by)
                VALUES (:a, :j, :p, :loc, :on, :now, :by) RETURNING id""")
                .param("a", a.id()).param("j", a.jurisdictionId()).param("p", a.scopePath()).param("loc", loc)
                .param("on", Date.valueOf(installedOn)).param("now", Timestamp.from(clock.instant())).param("by", actor.username())
                .query(Long.class).single();
        events.publishEvent(AuditableEvent.change("reporting.workstation.recorded", "rep-workstation", id, null,
                Map.of("agency", a.name(), "location", loc, "installedOn", installedOn.toString())));
        return id;
    }
}
