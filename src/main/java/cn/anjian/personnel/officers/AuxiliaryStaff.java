package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OFF-10 (000 art. 37): enforcement auxiliary staff recruited from society are registered, trained and managed here,
 * and are never enforcers: their role makes {@code EnforcerEligibility} answer no, they are never officers (a person is
 * one or the other) and so never appear in officer lists, team candidates or signatures.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class AuxiliaryStaff implements PersonRoles {

    static final String WHAT = "执法辅助人员";

    private final AuxiliaryRepository repository;
    private final OfficerRecords records;
    private final OfficerSupport support;
    private final JdbcClient jdbc;

    record AuxiliaryView(long personId, String name, String duties, LocalDate registeredOn, boolean active, LocalDate leftOn,
                         BigDecimal trainingHours) {
    }

    @Transactional
    AuxiliaryView register(Actor actor, long personId, String duties, LocalDate registeredOn) {
        OfficerSupport.requireManage(actor);
        OfficerRecords.PersonRef person = records.personRef(personId).orElseThrow(() -> BusinessException.notFound("人员"));
        ScopeSql.requireInScope(actor, person.scopePath(), "人员");
        String what = OfficerSupport.text(duties, "辅助工作内容", 200, true);
        LocalDate on = registeredOn == null ? support.today() : support.pastDate(registeredOn, "登记日期", true);
        if (records.isOfficer(personId)) {
            throw BusinessException.conflict("OFF-10", person.name() + "是执法人员，不能同时登记为执法辅助人员");
        }
        if (repository.existsById(personId)) {
            throw BusinessException.conflict("OFF-10-DUPLICATE", person.name() + "已登记为执法辅助人员");
        }
        repository.save(Auxiliary.register(personId, person.agencyId(), person.scopePath(), what, on, support.now().toInstant()));
        support.publish(actor, "personnel.auxiliary.registered", "auxiliary", personId, null, Map.of("duties", what, "registeredOn", on));
        return find(personId);
    }

    @Transactional
    AuxiliaryView addTraining(Actor actor, long personId, String course, BigDecimal classHours, LocalDate start, LocalDate end) {
        OfficerSupport.requireManage(actor);
        inScope(actor, personId);
        String c = OfficerSupport.text(course, "课程名称", 100, true);
        BigDecimal hours = OfficerSupport.hours(classHours);
        LocalDate s = support.pastDate(start, "培训开始日期", true);
        LocalDate e = support.pastDate(end, "培训结束日期", true);
        if (e.isBefore(s)) {
            throw BusinessException.badInput("OFF-TRAINING-DATES", "培训结束日期不能早于开始日期");
        }
        long id = jdbc.sql("""
                        INSERT INTO off_auxiliary_training (person_id, course, class_hours, start_date, end_date, created_at)
                        VALUES (:p, :c, :h, :s, :e, :now) RETURNING id""")
                .param("p", personId).param("c", c).param("h", hours).param("s", s).param("e", e).param("now", support.now())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personId", personId);
        after.put("course", c);
        after.put("classHours", hours);
        after.put("startDate", s);
        after.put("endDate", e);
        support.publish(actor, "personnel.auxiliary.training-added", "auxiliary-training", id, null, after);
        return find(personId);
    }

    /** The auxiliary staff member leaves (contract ended, dismissed); version-guarded. */
    @Transactional
    AuxiliaryView leave(Actor actor, long personId, LocalDate on) {
        OfficerSupport.requireManage(actor);
        inScope(actor, personId);
        LocalDate day = on == null ? support.today() : support.pastDate(on, "离岗日期", true);
        Auxiliary a = repository.findById(personId).orElseThrow(() -> BusinessException.notFound(WHAT));
        a.leave(day);
        repository.save(a);
        support.publish(actor, "personnel.auxiliary.left", "auxiliary", personId, Map.of("status", "ACTIVE"),
                Map.of("status", "LEFT", "leftOn", day));
        return find(personId);
    }

    AuxiliaryView inScope(Actor actor, long personId) {
        String scope = jdbc.sql("SELECT scope_path FROM off_auxiliary WHERE person_id = :p").param("p", personId)
                .query(String.class).optional().orElseThrow(() -> BusinessException.notFound(WHAT));
        ScopeSql.requireInScope(actor, scope, WHAT);
        return find(personId);
    }

    private static final String SELECT = """
            SELECT x.person_id, p.name, x.duties, x.registered_on, x.status = 'ACTIVE', x.left_on,
                   (SELECT coalesce(sum(t.class_hours), 0) FROM off_auxiliary_training t WHERE t.person_id = x.person_id)
            FROM off_auxiliary x JOIN per_person p ON p.id = x.person_id""";

    private AuxiliaryView find(long personId) {
        return jdbc.sql(SELECT + " WHERE x.person_id = :p").param("p", personId).query(AuxiliaryStaff::map).optional().orElse(null);
    }

    static AuxiliaryView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuxiliaryView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getBoolean(5),
                OfficerSupport.localDate(rs, 6), rs.getBigDecimal(7));
    }

    @Override
    public List<PersonRole> rolesOf(long personId) {
        AuxiliaryView a = find(personId);
        return a == null ? List.of() : List.of(new PersonRole(PersonRole.AUXILIARY, WHAT, a.active() ? "在岗" : "已离岗", a.active()));
    }
}
