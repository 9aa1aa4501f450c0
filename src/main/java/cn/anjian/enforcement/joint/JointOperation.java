package cn.anjian.enforcement.joint;

import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The status of a joint operation (CASE-08): PLANNED → ONGOING → COMPLETED, one step at a time. The
 * operation's plan, dates and participants are written once when it is created and never change.
 */
@Table("enf_joint_operation")
class JointOperation extends AbstractAggregateRoot<JointOperation> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private JointOperations.Status status;

    @PersistenceCreator
    private JointOperation() {
    }

    /** The next step, refused when the operation has ended or was changed since the user saw {@code seenVersion}. */
    void advance(int seenVersion) {
        JointOperations.Status from = status;
        JointOperations.Status to = switch (from) {
            case PLANNED -> JointOperations.Status.ONGOING;
            case ONGOING -> JointOperations.Status.COMPLETED;
            case COMPLETED -> throw new BusinessException("JOINT-STATE", "联合执法行动已结束");
        };
        if (version == null || version != seenVersion) {
            throw stale();
        }
        status = to;
        registerEvent(AuditableEvent.change("enforcement.joint.status", "joint-operation", id,
                Map.of("status", from.name()), Map.of("status", to.name())));
    }

    static BusinessException stale() {
        return BusinessException.conflict("JOINT-STALE", "联合执法行动已被他人修改，请刷新后重试");
    }
}
