package cn.anjian.enforcement.cases;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.BusinessException;

/**
 * CASE-03: stages advance one at a time in {@link CaseStage} order. The one exception: an
 * inspection case with nothing to decide (no decision issued) may go from review and decision
 * straight to closure, skipping service and execution, with a recorded reason. Leaving the
 * decision stage towards service needs the issued decision (there is nothing to serve otherwise).
 */
final class StageRules {

    static final int MAX_NOTE = 1000;

    private StageRules() {
    }

    /** Whether {@code to} is the skip DECISION → CLOSURE. */
    static boolean isSkip(CaseStage from, CaseStage to) {
        return from == CaseStage.DECISION && to == CaseStage.CLOSURE;
    }

    static void check(CaseKind kind, CaseStage from, CaseStage to, boolean decisionIssued, String note) {
        if (to == null) {
            throw BusinessException.badInput("CASE-STAGE-MISSING", "请选择要进入的阶段");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw BusinessException.badInput("CASE-STAGE-NOTE", "说明不能超过 " + MAX_NOTE + " 个字");
        }
        if (from == CaseStage.ARCHIVED) {
            throw new BusinessException("CASE-STAGE-FINAL", "案件已归档，不能再变更阶段");
        }
        if (to == from.next()) {
            if (from == CaseStage.DECISION && !decisionIssued) {
                throw new BusinessException("CASE-STAGE-NO-DECISION", "尚未签发处理决定，不能进入送达阶段"
                        + (kind == CaseKind.INSPECTION ? "；检查未发现需处理问题的，可说明理由后直接结案" : ""));
            }
            return;
        }
        if (isSkip(from, to)) {
            if (kind != CaseKind.INSPECTION) {
                throw new BusinessException("CASE-STAGE-SKIP", "只有行政检查案件在无需作出处理决定时可以跳过送达、执行直接结案");
            }
            if (decisionIssued) {
                throw new BusinessException("CASE-STAGE-SKIP", "本案已签发处理决定，须经送达、执行后方可结案");
            }
            if (note == null || note.isBlank()) {
                throw new BusinessException("CASE-STAGE-SKIP-REASON", "跳过送达、执行直接结案须说明理由（如：检查未发现违法行为和事故隐患）");
            }
            return;
        }
        throw new BusinessException("CASE-STAGE-ORDER", "案件阶段须按顺序逐一推进：当前为“" + from.label() + "”，下一阶段为“"
                + (from.next() == null ? "—" : from.next().label()) + "”，不能进入“" + to.label() + "”");
    }
}
