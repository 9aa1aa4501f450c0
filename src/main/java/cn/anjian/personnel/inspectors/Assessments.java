package cn.anjian.personnel.inspectors;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TI-21 (000 art. 18–19): the hiring department records its inspectors' special and annual assessments
 * (专项考核、年度考核) with their results, and names the internal unit that manages its inspectors.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class Assessments {

    @Getter
    @RequiredArgsConstructor
    public enum Kind {
        SPECIAL("专项考核"), ANNUAL("年度考核");

        private final String label;
    }

    @Getter
    @RequiredArgsConstructor
    public enum Result {
        EXCELLENT("优秀"), COMPETENT("称职"), BASIC("基本称职"), INCOMPETENT("不称职");

        private final String label;
    }

    /** A unit of the hiring department (org's published view). */
    public record UnitChoice(long id, String name) {
    }

    private final InspectorSupport support;
    private final JdbcClient jdbc;

    List<AssessmentView> list(long inspectorId) {
        return jdbc.sql("SELECT * FROM ti_assessment WHERE inspector_id = :i ORDER BY assessed_on DESC, id DESC")
                .param("i", inspectorId).query(AssessmentView.class).list();
    }

    /** Records one assessment; an annual one once per inspector and year, never before the term nor in the future. */
    @Transactional
    AssessmentView record(Actor actor, long inspectorId, String kind, String title, LocalDate assessedOn, String result,
                          String remarks) {
        InspectorView i = support.get(actor, inspectorId);
        InspectorSupport.requireHiringAgency(actor, i);
        Kind k = Params.choice(Kind.class, "考核类别", kind, Kind::label);
        Result r = Params.choice(Result.class, "考核结果", result, Result::label);
        if (k == null || r == null) {
            throw BusinessException.badInput("TI-21", "请选择考核类别和考核结果");
        }
        String t = InspectorRules.text(title, "考核名称", 200);
        String note = InspectorRules.optional(remarks, "考核意见", 2000);
        if (assessedOn == null || assessedOn.isAfter(support.today()) || assessedOn.isBefore(i.termStart())) {
            throw BusinessException.badInput("TI-21", "考核日期须在聘用之后、不晚于今天");
        }
        int year = assessedOn.getYear();
        if (k == Kind.ANNUAL && list(inspectorId).stream().anyMatch(a -> "ANNUAL".equals(a.kind()) && a.assessmentYear() == year)) {
            throw BusinessException.conflict("TI-21-ANNUAL", year + " 年度考核已记录，每年一次");
        }
        long id = jdbc.sql("""
                        INSERT INTO ti_assessment (inspector_id, kind, assessment_year, title, assessed_on, result, remarks,
                            recorded_by, recorded_at)
                        VALUES (:i, :k, :y, :t, :on, :r, CAST(:m AS VARCHAR), :by, :at) RETURNING id""")
                .param("i", inspectorId).param("k", k.name()).param("y", year).param("t", t).param("on", assessedOn)
                .param("r", r.name()).param("m", note).param("by", actor.username())
                .param("at", OffsetDateTime.ofInstant(support.now(), ZoneOffset.UTC)).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("assessmentId", id);
        after.put("kind", k.name());
        after.put("year", year);
        after.put("result", r.name());
        support.publish(AuditableEvent.change("ti.assessment.recorded", "ti-inspector", inspectorId, null, after));
        return list(inspectorId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** The units of the actor's department, to choose the managing one from. */
    List<UnitChoice> units(long agencyId) {
        return jdbc.sql("SELECT id, name FROM org_unit_view WHERE agency_id = :a AND status = 'ACTIVE' ORDER BY id")
                .param("a", agencyId).query(UnitChoice.class).list();
    }

    /** The named managing unit of a hiring department, if any. */
    java.util.Optional<UnitChoice> managingUnit(long agencyId) {
        return jdbc.sql("""
                        SELECT u.id, u.name FROM ti_managing_unit m JOIN org_unit_view u ON u.id = m.unit_id
                        WHERE m.agency_id = :a""").param("a", agencyId).query(UnitChoice.class).optional();
    }

    /** TI-21: the hiring department names one of its own internal units as the one managing its inspectors. */
    @Transactional
    UnitChoice nameManagingUnit(Actor actor, Long unitId) {
        UnitChoice unit = units(actor.agencyId()).stream().filter(u -> unitId != null && u.id() == unitId).findFirst()
                .orElseThrow(() -> BusinessException.badInput("TI-21-UNIT", "请选择本部门的内设机构"));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("unitId", managingUnit(actor.agencyId()).map(UnitChoice::id).orElse(null));
        jdbc.sql("""
                        INSERT INTO ti_managing_unit (agency_id, unit_id, named_by, named_at) VALUES (:a, :u, :by, :at)
                        ON CONFLICT (agency_id) DO UPDATE SET unit_id = :u, named_by = :by, named_at = :at""")
                .param("a", actor.agencyId()).param("u", unit.id()).param("by", actor.username())
                .param("at", OffsetDateTime.ofInstant(support.now(), ZoneOffset.UTC)).update();
        support.publish(AuditableEvent.change("ti.managing-unit.named", "agency", actor.agencyId(), before,
                Map.of("unitId", unit.id(), "unitName", unit.name())));
        return unit;
    }
}
