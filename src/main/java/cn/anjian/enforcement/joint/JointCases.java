package cn.anjian.enforcement.joint;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-08: cases of a joint operation, through the nullable {@code enf_case.joint_operation_id} the
 * cases feature owns. Linking goes through its {@link Cases#linkJointOperation} (scope, permission,
 * audit); unlinking, which it does not offer, is a guarded update of that one column here.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JointCases {

    record LinkedCase(long id, String caseNumber, String title, String stageLabel) {
    }

    private final JdbcClient jdbc;
    private final JointOperations operations;
    private final Cases cases;
    private final ApplicationEventPublisher events;

    List<LinkedCase> linked(Actor actor, long operationId) {
        return jdbc.sql("SELECT id, case_number, title, stage FROM enf_case c WHERE c.joint_operation_id = :op AND "
                        + ScopeSql.condition("c.scope_path") + " ORDER BY c.id")
                .param("op", operationId).param(ScopeSql.PARAM, actor.scope().pattern())
                .query((rs, n) -> new LinkedCase(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CaseStage.valueOf(rs.getString(4)).label())).list();
    }

    /** A case typed as its 案号 or its numeric id, in the actor's scope; 404 otherwise. */
    long resolve(Actor actor, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw BusinessException.badInput("JOINT-CASE", "请填写案号");
        }
        if (t.length() > 200) {
            throw BusinessException.badInput("JOINT-CASE", "案号过长");
        }
        if (t.matches("\\d{1,18}")) {
            return cases.ref(Long.parseLong(t), actor).id();
        }
        return jdbc.sql("SELECT id FROM enf_case c WHERE c.case_number = :n AND " + ScopeSql.condition("c.scope_path"))
                .param("n", t).param(ScopeSql.PARAM, actor.scope().pattern()).query(Long.class).optional()
                .orElseThrow(() -> BusinessException.notFound("案件"));
    }

    @Transactional
    void link(Actor actor, long operationId, long caseId) {
        JointOperations.requireManage(actor);
        operations.get(actor, operationId);
        CaseRef c = cases.ref(caseId, actor);
        Long current = currentLink(caseId);
        if (current != null && current == operationId) {
            throw BusinessException.conflict("JOINT-LINKED", "案件 " + c.caseNumber() + " 已关联本次联合执法行动");
        }
        if (current != null) {
            throw BusinessException.conflict("JOINT-LINKED", "案件 " + c.caseNumber() + " 已关联其他联合执法行动，请先在该行动中取消关联");
        }
        cases.linkJointOperation(actor, caseId, operationId);
    }

    @Transactional
    void unlink(Actor actor, long operationId, long caseId) {
        JointOperations.requireManage(actor);
        operations.get(actor, operationId);
        cases.ref(caseId, actor);
        cases.unlinkJointOperation(actor, caseId, operationId);
    }

    private Long currentLink(long caseId) {
        return jdbc.sql("SELECT joint_operation_id FROM enf_case WHERE id = :id").param("id", caseId)
                .query((rs, n) -> (Long) rs.getObject(1)).optional().orElse(null);
    }
}
