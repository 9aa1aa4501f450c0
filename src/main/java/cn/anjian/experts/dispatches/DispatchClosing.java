package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.time.Clock;

import cn.anjian.experts.dispatches.DispatchEnums.Overall;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the task (EXP-13, EXP-16): the using unit files the service-quality register (annex 6, the copy to HR goes
 * with it, art. 17), hands in an out-of-pool expert's report, and asks for reimbursement of a paid dispatch through
 * HR, the expert office, the leader and finance (art. 20).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class DispatchClosing {

    private final DispatchRequests requests;
    private final DispatchRepository dispatches;
    private final ExpertAnswers answers;
    private final Workflows workflows;
    private final Clock clock;

    /** Annex 6: three scores of 0–100, the overall assessment and remarks. */
    void register(Actor actor, long id, String attitude, String expertise, String integrity, String overall, String remarks) {
        DispatchRequests.requireDispatch(actor);
        Dispatch d = requests.load(actor, id);
        int a = score("工作态度", attitude);
        int e = score("专业能力", expertise);
        int i = score("廉洁自律", integrity);
        Overall o = Params.requiredChoice("EXP-OVERALL", Overall.class, "总体评价", overall, Overall::label);
        String r = Params.text("EXP-REMARKS", "备注", remarks, 1000, false);
        d.register(a, e, i, o, r, clock.instant(), actor.username());
        dispatches.save(d);
    }

    void reportForOutsider(Actor actor, long id, ExpertAnswers.Upload file, String summary) {
        DispatchRequests.requireDispatch(actor);
        answers.reportForOutsider(actor, requests.load(actor, id), file, summary);
    }

    /** EXP-16: the reimbursement flow, started by the using unit (HR and the others decide: four eyes). */
    void requestReimbursement(Actor actor, long id) {
        DispatchRequests.requireDispatch(actor);
        Dispatch d = requests.load(actor, id);
        if (!d.paid()) {
            throw BusinessException.conflict("EXP-16-STATE", "该派遣不支付劳务报酬，无需报销");
        }
        if (d.status() != DispatchEnums.Status.COMPLETED) {
            throw BusinessException.conflict("EXP-16-STATE", "填写服务质量登记表后才能申请报销");
        }
        long flow = workflows.start(DispatchFlows.REIMBURSEMENT, "expert-dispatch", String.valueOf(id),
                "专家劳务报酬报销：" + d.task() + "（" + Budgets.money(d.fee()) + " 元）", "/experts/dispatches/" + id,
                actor.agencyId(), actor).value();
        d.reimbursementRequested(flow, actor.username());
        dispatches.save(d);
    }

    private static int score(String label, String value) {
        Integer v = Params.optionalInteger(label, value);
        if (v == null || v < 0 || v > 100) {
            throw BusinessException.badInput("EXP-SCORE", label + "评分须为 0–100 之间的整数");
        }
        return v;
    }
}
