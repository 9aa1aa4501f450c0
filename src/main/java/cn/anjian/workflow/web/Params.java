package cn.anjian.workflow.web;

import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.FlowId;

/** Request parameters typed by hand so that anything a user can type ends as a clear 4xx, never a 500. */
final class Params {

    static final int PAGE_SIZE = 20;
    static final int MAX_SIZE = 100;

    private Params() {
    }

    /** A flow id from the path; anything that is not a positive number is simply "not found". */
    static FlowId flowId(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw BusinessException.notFound("审批");
        }
        return new FlowId(Long.parseLong(value));
    }

    static int page(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        if (!value.strip().matches("\\d{1,6}")) {
            throw BusinessException.badInput("BAD-PARAMETER", "页码必须是 0 到 999999 之间的整数");
        }
        return Integer.parseInt(value.strip());
    }

    static int size(String value) {
        if (value == null || value.isBlank()) {
            return PAGE_SIZE;
        }
        String v = value.strip();
        if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > MAX_SIZE) {
            throw BusinessException.badInput("BAD-PARAMETER", "每页条数必须在 1 到 " + MAX_SIZE + " 之间");
        }
        return Integer.parseInt(v);
    }

    static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw BusinessException.badInput("BAD-PARAMETER", "“仅看逾期”的取值不正确");
        };
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
