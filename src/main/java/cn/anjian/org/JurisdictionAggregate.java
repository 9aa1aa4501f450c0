package cn.anjian.org;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A division of the jurisdiction tree as stored (ORG-01): the Spring Data JDBC aggregate behind the read
 * model {@link Jurisdiction} ({@link JurisdictionRepository}, optimistic {@code @Version}). A division is
 * ACTIVE until retired; its rename and retirement check that state and refuse before changing anything,
 * and register their audit events, published when the repository saves it. Checks that need other rows
 * (children, agencies, codes in use) stay in {@link Jurisdictions}.
 */
@Table("org_jurisdiction")
class JurisdictionAggregate extends AbstractAggregateRoot<JurisdictionAggregate> {

    enum Status { ACTIVE, RETIRED }

    @Id
    private Long id;
    @Version
    private Integer version;
    private String code;
    private String name;
    private int level;
    private Long parentId;
    private String path;
    private Status status;
    private LocalDate retiredAt;
    private Long successorId;
    private String origin;
    private boolean statisticalZone;

    @PersistenceCreator
    private JurisdictionAggregate() {
    }

    /** An administrator's new division under {@code parent}; the id is taken first because the path names it. */
    static JurisdictionAggregate add(long id, String code, String name, Jurisdiction parent) {
        JurisdictionAggregate j = new JurisdictionAggregate();
        j.id = id;
        j.code = code;
        j.name = name;
        j.level = parent.level() + 1;
        j.parentId = parent.id();
        j.path = parent.path() + id + "/";
        j.status = Status.ACTIVE;
        j.origin = "ADMIN";
        return j;
    }

    /** The state checks of a rename, first thing (before the code is checked against its parent and siblings). */
    void checkRenamable(String newName, String newCode) {
        if (status != Status.ACTIVE) {
            throw new BusinessException("ORG-RETIRED", "“" + name + "”已撤销，不能再更名");
        }
        if (newName.equals(name) && newCode.equals(code)) {
            throw BusinessException.badInput("ORG-UNCHANGED", "名称和代码都没有变化");
        }
    }

    void rename(String newName, String newCode) {
        checkRenamable(newName, newCode);
        Map<String, Object> before = snapshot();
        this.name = newName;
        this.code = newCode;
        registerEvent(AuditableEvent.change("org.division.renamed", "division", id, before, snapshot()));
    }

    /** The state checks of a retirement: an active division below the province. */
    void checkRetirable() {
        if (status != Status.ACTIVE) {
            throw new BusinessException("ORG-RETIRED", "“" + name + "”已于 " + retiredAt + " 撤销");
        }
        if (parentId == null) {
            throw new BusinessException("ORG-RETIRE-ROOT", "省级区划不能撤销");
        }
    }

    /** Retired as of {@code day}, with an optional successor the caller checked; nothing is deleted. */
    void retire(LocalDate day, Long successor) {
        checkRetirable();
        Map<String, Object> before = snapshot();
        this.status = Status.RETIRED;
        this.retiredAt = day;
        this.successorId = successor;
        registerEvent(AuditableEvent.change("org.division.retired", "division", id, before, snapshot()));
    }

    /** What the audit trail records of a division. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("level", level);
        m.put("parentId", parentId);
        m.put("status", status.name());
        m.put("retiredAt", retiredAt == null ? null : retiredAt.toString());
        m.put("successorId", successorId);
        return m;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }
}
