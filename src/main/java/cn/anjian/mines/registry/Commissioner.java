package cn.anjian.mines.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.Availability;
import cn.anjian.mines.Employment;
import cn.anjian.mines.SupervisingLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** MC-04/MC-05: a mine safety commissioner of a department, with specialties, home base and availability. */
@Table("mine_commissioner")
class Commissioner extends AbstractAggregateRoot<Commissioner> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long personId;
    private String name;
    private long agencyId;
    private SupervisingLevel level;
    private long departmentJurisdictionId;
    private String scopePath;
    private Employment employment;
    private boolean conditionsMet;
    private LocalDate trainingPassedOn;
    private String specialties;
    private BigDecimal homeLatitude;
    private BigDecimal homeLongitude;
    private Availability availability;
    private String workPhone;
    private Instant createdAt;
    private String createdBy;

    @PersistenceCreator
    private Commissioner() {
    }

    record Department(long agencyId, SupervisingLevel level, long jurisdictionId, String scopePath) {
    }

    /** MC-04: only in-budget or publicly recruited staff meeting art. 7 are selected. */
    static Commissioner select(long personId, String name, Department d, NewCommissioner c, Instant now, String by) {
        if (c.employment() == null || !c.employment().qualifies()) {
            throw new BusinessException("MC-04", "监管专员应为本部门在编人员或公开招聘的编外人员（《山西省矿山安全监管专员制度》第五条）");
        }
        if (!Boolean.TRUE.equals(c.conditionsMet())) {
            throw new BusinessException("MC-04", "监管专员应具备第七条规定的条件（《山西省矿山安全监管专员制度》第七条）");
        }
        Commissioner x = new Commissioner();
        x.personId = personId;
        x.name = name;
        x.agencyId = d.agencyId();
        x.level = d.level();
        x.departmentJurisdictionId = d.jurisdictionId();
        x.scopePath = d.scopePath();
        x.employment = c.employment();
        x.conditionsMet = true;
        x.trainingPassedOn = c.trainingPassedOn();
        x.specialties = NewCommissioner.codes(c.specialties());
        x.homeLatitude = c.homeLatitude();
        x.homeLongitude = c.homeLongitude();
        x.availability = Availability.AVAILABLE;
        x.workPhone = "";
        x.createdAt = now;
        x.createdBy = by;
        x.registerEvent(AuditableEvent.change("mines.commissioner.selected", "mine_commissioner", "new", null, x.snapshot()));
        return x;
    }

    /** MC-05 (art. 8): adjustment or withdrawal; a withdrawn commissioner does not come back. */
    void changeAvailability(Availability to) {
        if (to == null) {
            throw BusinessException.badInput("MC-05-AVAILABILITY", "请选择可派驻状态");
        }
        if (availability == Availability.WITHDRAWN) {
            throw BusinessException.conflict("MC-05-AVAILABILITY", "该监管专员已调整退出，不能再变更状态");
        }
        if (to == availability) {
            throw BusinessException.conflict("MC-05-AVAILABILITY", "可派驻状态未改变");
        }
        Map<String, Object> before = snapshot();
        availability = to;
        registerEvent(AuditableEvent.change("mines.commissioner.availability-changed", "mine_commissioner", id, before,
                snapshot()));
    }

    /** MC-06: the work phone published with the assignment (checked by the caller with {@code Phones}). */
    void contact(String phone) {
        Map<String, Object> before = snapshot();
        workPhone = phone;
        registerEvent(AuditableEvent.change("mines.commissioner.contact-changed", "mine_commissioner", id, before,
                snapshot()));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("employment", employment.name());
        m.put("trainingPassedOn", trainingPassedOn == null ? null : trainingPassedOn.toString());
        m.put("specialties", specialties);
        m.put("availability", availability.name());
        m.put("workPhone", workPhone);
        return m;
    }

    Long id() {
        return id;
    }

    String scopePath() {
        return scopePath;
    }
}
