package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** TI-19 equipment issued to an inspector; TI-17 its return after dismissal, tracked until returned. */
@Table("ti_equipment")
class Equipment {

    @Id
    Long id;
    @Version
    Integer version;
    long inspectorId;
    EquipmentKind kind;
    String name;
    LocalDate issuedOn;
    boolean returnDue;
    LocalDate returnedOn;

    Equipment() {
    }

    static Equipment issue(long inspectorId, EquipmentKind kind, String name, LocalDate issuedOn) {
        Equipment e = new Equipment();
        e.inspectorId = inspectorId;
        e.kind = kind;
        e.name = name;
        e.issuedOn = issuedOn;
        return e;
    }

    void returned(LocalDate on, LocalDate today) {
        if (returnedOn != null) {
            throw BusinessException.conflict("TI-17", "该装备已于 " + returnedOn + " 交回");
        }
        if (on == null || on.isAfter(today) || on.isBefore(issuedOn)) {
            throw BusinessException.badInput("TI-17", "请填写交回日期（不早于配发日期，不晚于今天）");
        }
        this.returnedOn = on;
    }

    /** TI-17: after dismissal everything still out must come back. */
    void dueForReturn() {
        if (returnedOn == null) {
            this.returnDue = true;
        }
    }

    /** TI-16: the destroyed work certificate counts as handed back on that day. */
    void destroyed(LocalDate on) {
        if (kind == EquipmentKind.CERTIFICATE && returnedOn == null) {
            this.returnedOn = on;
        }
    }
}
