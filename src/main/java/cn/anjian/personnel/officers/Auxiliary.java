package cn.anjian.personnel.officers;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

/** OFF-10: an enforcement auxiliary staff member (执法辅助人员), active until he leaves. */
@Table("off_auxiliary")
class Auxiliary {

    enum Status { ACTIVE, LEFT }

    @Id
    Long personId;
    @Version
    Integer version;
    long agencyId;
    String scopePath;
    String duties;
    LocalDate registeredOn;
    Status status;
    LocalDate leftOn;
    Instant createdAt;

    Auxiliary() {
    }

    static Auxiliary register(long personId, long agencyId, String scopePath, String duties, LocalDate on, Instant at) {
        Auxiliary a = new Auxiliary();
        a.personId = personId;
        a.agencyId = agencyId;
        a.scopePath = scopePath;
        a.duties = duties;
        a.registeredOn = on;
        a.status = Status.ACTIVE;
        a.createdAt = at;
        return a;
    }

    /** Leaves on {@code day}: once, and never before the registration. */
    void leave(LocalDate day) {
        if (status != Status.ACTIVE) {
            throw BusinessException.conflict("OFF-10-STATE", "该执法辅助人员已于 " + leftOn + " 离岗");
        }
        if (day.isBefore(registeredOn)) {
            throw BusinessException.badInput("OFF-DATE", "离岗日期不能早于登记日期 " + registeredOn);
        }
        status = Status.LEFT;
        leftOn = day;
    }
}

interface AuxiliaryRepository extends CrudRepository<Auxiliary, Long> {
}
