package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Phones;
import cn.anjian.org.ScopeSql;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-12 (art. 11(2)): units outside the bureau apply to the expert office (annex 5); the executive deputy leader of
 * the leading group approves through workflow; the experts are then chosen by the same rules and the applicant pays
 * (its dispatches draw on no budget of the bureau).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class UseApplications {

    /** A line of the applications list. */
    record Row(long id, String applicant, String task, String place, LocalDate taskStart, LocalDate taskEnd, String fieldName,
               int experts, UseApplication.Status status) {
    }

    private final UseApplicationRepository applications;
    private final PoolStructure structure;
    private final Workflows workflows;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    long file(Actor actor, String applicant, String contact, String phone, String task, String content, String place,
              String start, String end, String field, String experts) {
        DispatchRequests.requireDispatch(actor);
        String ph = Params.text("EXP-APP-PHONE", "联系电话", phone, 20, true);
        if (!Phones.valid(ph)) {
            throw BusinessException.badInput("EXP-APP-PHONE", Phones.RULE);
        }
        LocalDate from = Params.requiredDate("开始日期", start);
        LocalDate to = Params.requiredDate("结束日期", end);
        if (to.isBefore(from)) {
            throw BusinessException.badInput("EXP-END", "结束日期不能早于开始日期");
        }
        UseApplication.Form f = new UseApplication.Form(Params.text("EXP-APP-APPLICANT", "申请单位", applicant, 200, true),
                Params.text("EXP-APP-CONTACT", "联系人", contact, 50, true), ph,
                Params.text("EXP-TASK", "任务名称", task, 200, true), Params.text("EXP-CONTENT", "任务内容", content, 2000, true),
                Params.text("EXP-PLACE", "任务地点", place, 200, true), from, to, structure.requireField(field).code(),
                Params.integer("所需专家人数", experts, 1, 1, 20));
        UseApplication a = applications.save(UseApplication.file(actor.agencyId(), actor.scope().path(), f, clock.instant(),
                actor.username()));
        events.publishEvent(AuditableEvent.change("experts.use-application.filed", "expert-use-application", a.id(), null, a.audit()));
        long flow = workflows.start(DispatchFlows.USE_APPLICATION, "expert-use-application", String.valueOf(a.id()),
                "外单位使用专家申请：" + f.applicant() + "（" + f.task() + "）", "/experts/use-applications", actor.agencyId(), actor).value();
        a.started(flow);
        applications.save(a);
        return a.id();
    }

    /** EXP-12: dispatches for an outside unit need its approved application. */
    void requireApproved(Actor actor, long id) {
        UseApplication a = ScopeSql.requireInScope(actor, applications.findById(id), UseApplication::scopePath, "专家使用申请");
        if (a.status() != UseApplication.Status.APPROVED) {
            throw new BusinessException("EXP-12", "外单位使用专家申请须经专家管理工作领导小组常务副组长批准后方可派遣");
        }
    }

    void decided(FlowCompleted e) {
        applications.findByFlowId(e.flowId().value()).ifPresent(a -> {
            a.decided(e.approved(), e.actor());
            applications.save(a);
        });
    }

    @Transactional(readOnly = true)
    List<Row> list(Actor actor) {
        return jdbc.sql("""
                SELECT a.id, a.applicant, a.task, a.place, a.task_start, a.task_end, f.name AS field_name, a.experts, a.status
                FROM exp_use_application a JOIN exp_field f ON f.code = a.field_code
                WHERE""" + ScopeSql.condition("a.scope_path") + " ORDER BY a.id DESC LIMIT 200")
                .param(ScopeSql.PARAM, actor.scope().pattern())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("applicant"), rs.getString("task"), rs.getString("place"),
                        rs.getDate("task_start").toLocalDate(), rs.getDate("task_end").toLocalDate(), rs.getString("field_name"),
                        rs.getInt("experts"), UseApplication.Status.valueOf(rs.getString("status"))))
                .list();
    }
}
