package cn.anjian.experts.pool;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An expert of one pool (EXP-01): a person with a field, sub-specialties and a standing in the pool. */
@Table("exp_expert")
class Expert extends AbstractAggregateRoot<Expert> {

    @Table("exp_expert_sub")
    record Sub(String subCode) {
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long agencyId;
    private String scopePath;
    private String name;
    private String idCard;
    private String phone;
    private String title;
    private ExpertLevel level;
    private String employerName;
    private Long employerEnterpriseId;
    private String fieldCode;
    private Long personId;
    private Long userId;
    private ExpertStatus status;
    private String removalReason;
    private Instant createdAt;
    private String createdBy;
    @MappedCollection(idColumn = "expert_id")
    private Set<Sub> subs = new java.util.HashSet<>();

    @PersistenceCreator
    private Expert() {
    }

    static Expert admit(long agencyId, String scopePath, NewExpert e, Instant now, String by) {
        Expert x = new Expert();
        x.agencyId = agencyId;
        x.scopePath = scopePath;
        x.name = e.name();
        x.idCard = e.idCard();
        x.phone = e.phone();
        x.title = e.title();
        x.level = e.level();
        x.employerName = e.employerName();
        x.employerEnterpriseId = e.employerEnterpriseId();
        x.fieldCode = e.fieldCode();
        x.personId = e.personId();
        x.userId = e.userId();
        x.status = ExpertStatus.ACTIVE;
        x.createdAt = now;
        x.createdBy = by;
        x.subs = e.subCodes().stream().map(Sub::new).collect(Collectors.toSet());
        return x;
    }

    /** Suspends an active expert (no longer drawn, no longer counted against the cap). */
    void suspend(String by) {
        if (status != ExpertStatus.ACTIVE) {
            throw BusinessException.conflict("EXP-STATE", "只有在库专家可以暂停使用");
        }
        move(ExpertStatus.SUSPENDED, by);
    }

    /** Returns a suspended expert to the pool; the caller has checked the cap (EXP-02). */
    void reinstate(String by) {
        if (status != ExpertStatus.SUSPENDED) {
            throw BusinessException.conflict("EXP-STATE", "只有暂停使用的专家可以恢复");
        }
        move(ExpertStatus.ACTIVE, by);
    }

    void remove(String by) {
        remove(by, null);
    }

    /** Removes the expert from the pool with the reason recorded (roster form, EXP-17 unqualified evaluation). */
    void remove(String by, String reason) {
        if (status == ExpertStatus.REMOVED) {
            throw BusinessException.conflict("EXP-STATE", "该专家已出库");
        }
        removalReason = reason;
        ExpertStatus from = status;
        status = ExpertStatus.REMOVED;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        if (reason != null) {
            after.put("reason", reason);
        }
        registerEvent(new AuditableEvent("experts.expert.removed", "expert", String.valueOf(id), Map.of("status", from.name()),
                after, by, null));
    }

    /** Corrects the roster entry of an expert still in the pool (checked by the registry); audited before and after. */
    void edit(NewExpert e, String by) {
        if (status == ExpertStatus.REMOVED) {
            throw BusinessException.conflict("EXP-STATE", "已出库的专家不能修改");
        }
        Map<String, Object> before = audit();
        name = e.name();
        idCard = e.idCard();
        phone = e.phone();
        title = e.title();
        level = e.level();
        employerName = e.employerName();
        fieldCode = e.fieldCode();
        subs = e.subCodes().stream().map(Sub::new).collect(Collectors.toSet());
        registerEvent(new AuditableEvent("experts.expert.edited", "expert", String.valueOf(id), before, audit(), by, null));
    }

    private void move(ExpertStatus to, String by) {
        ExpertStatus from = status;
        status = to;
        registerEvent(new AuditableEvent("experts.expert." + to.name().toLowerCase(java.util.Locale.ROOT), "expert",
                String.valueOf(id), Map.of("status", from.name()), Map.of("status", to.name()), by, null));
    }

    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyId", agencyId);
        m.put("name", name);
        m.put("level", level.name());
        m.put("field", fieldCode);
        m.put("subSpecialties", String.join(",", new TreeSet<>(subs.stream().map(Sub::subCode).toList())));
        m.put("employer", employerName);
        m.put("status", status.name());
        return m;
    }

    Long id() {
        return id;
    }

    long agencyId() {
        return agencyId;
    }

    String scopePath() {
        return scopePath;
    }

    ExpertStatus status() {
        return status;
    }

    String fieldCode() {
        return fieldCode;
    }

    String idCard() {
        return idCard;
    }

    String phone() {
        return phone;
    }
}
