package cn.anjian.enforcement.joint;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-08: cases of a joint operation, through the nullable {@code enf_case.joint_operation_id}
 * column the cases feature owns. Until that table exists (cases not merged yet) linking is refused
 * and the list is empty.
 */
@Component
@Transactional(readOnly = true)
class JointCases {

    record LinkedCase(long id, String caseNumber, String title, String stage) {
    }

    private final JdbcClient jdbc;
    private final JointOperations operations;
    private final ApplicationEventPublisher events;

    JointCases(JdbcClient jdbc, JointOperations operations, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.operations = operations;
        this.events = events;
    }

    boolean available() {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_name = 'enf_case' AND column_name = 'joint_operation_id')""").query(Boolean.class).single();
    }

    List<LinkedCase> linked(Actor actor, long operationId) {
        if (!available()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, case_number, title, stage FROM enf_case c WHERE c.joint_operation_id = :op AND "
                        + ScopeSql.condition("c.scope_path") + " ORDER BY c.id")
                .param("op", operationId).param(ScopeSql.PARAM, actor.scope().pattern())
                .query((rs, n) -> new LinkedCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    @Transactional
    void link(Actor actor, long operationId, long caseId) {
        JointOperations.requireManage(actor);
        operations.get(actor, operationId);
        requireAvailable();
        throw new BusinessException("JOINT-CASES", "案件模块尚未就绪");
    }

    @Transactional
    void unlink(Actor actor, long operationId, long caseId) {
        JointOperations.requireManage(actor);
        operations.get(actor, operationId);
        requireAvailable();
        throw new BusinessException("JOINT-CASES", "案件模块尚未就绪");
    }

    private void requireAvailable() {
        if (!available()) {
            throw new BusinessException("JOINT-CASES", "案件模块尚未就绪，暂不能关联案件");
        }
    }

    @SuppressWarnings("unused")
    private void audit(String action, long caseId, Long before, Long after) {
        events.publishEvent(AuditableEvent.change(action, "enforcement-case", caseId,
                before == null ? null : Map.of("jointOperationId", before), after == null ? null : Map.of("jointOperationId", after)));
    }
}
