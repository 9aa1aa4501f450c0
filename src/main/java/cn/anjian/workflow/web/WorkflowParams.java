package cn.anjian.workflow.web;

import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.FlowId;

/** The workflow's own parameter types; pages, sizes and flags go through {@link cn.anjian.kernel.Params}. */
final class WorkflowParams {

    static final int PAGE_SIZE = 20;
    static final int MAX_SIZE = 100;

    private WorkflowParams() {
    }

    /** A flow id from the path; anything that is not a positive number is simply "not found". */
    static FlowId flowId(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw BusinessException.notFound("审批");
        }
        return new FlowId(Long.parseLong(value));
    }

    static String type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("[a-z][a-z0-9_.-]{0,59}")) {
            throw BusinessException.badInput("BAD-PARAMETER", "审批类型不正确");
        }
        return v;
    }
}
