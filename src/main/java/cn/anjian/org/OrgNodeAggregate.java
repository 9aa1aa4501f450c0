package cn.anjian.org;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What an agency and a unit share as stored (ORG-02): a name, ACTIVE until retired, the same rename and
 * retirement checks (refused before anything changes) and their audit events ({@code org.<kind>.renamed} /
 * {@code .retired}, published when the repository saves the aggregate).
 */
abstract class OrgNodeAggregate<T extends OrgNodeAggregate<T>> extends AbstractAggregateRoot<T> {

    enum Status { ACTIVE, RETIRED }

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private Status status;
    private LocalDate retiredAt;

    /** {@code agency} or {@code unit}: the audit trail's entity type, and the middle of the event names. */
    abstract String auditType();

    /** The audit snapshot's fields before the name and status (the parent's id, the kind). */
    abstract void describe(Map<String, Object> snapshot);

    /** A new node: named, ACTIVE. */
    void open(String newName) {
        this.name = newName;
        this.status = Status.ACTIVE;
    }

    /** The state checks of a rename, first thing (before the name is checked against the node's siblings). */
    void checkRenamable(String newName) {
        if (status != Status.ACTIVE) {
            throw new BusinessException("ORG-RETIRED", "“" + name + "”已撤销，不能再更名");
        }
        if (newName.equals(name)) {
            throw BusinessException.badInput("ORG-UNCHANGED", "名称没有变化");
        }
    }

    void rename(String newName) {
        checkRenamable(newName);
        Map<String, Object> before = snapshot();
        this.name = newName;
        registerEvent(AuditableEvent.change("org." + auditType() + ".renamed", auditType(), id, before, snapshot()));
    }

    /** The state check of a retirement, first thing (before what hangs below the node is counted). */
    void checkRetirable() {
        if (status != Status.ACTIVE) {
            throw new BusinessException("ORG-RETIRED", "“" + name + "”已撤销");
        }
    }

    void retire(LocalDate day) {
        checkRetirable();
        Map<String, Object> before = snapshot();
        this.status = Status.RETIRED;
        this.retiredAt = day;
        registerEvent(AuditableEvent.change("org." + auditType() + ".retired", auditType(), id, before, snapshot()));
    }

    /** What the audit trail records of the node. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        describe(m);
        m.put("name", name);
        m.put("status", status.name());
        return m;
    }

    Long id() {
        return id;
    }
}
