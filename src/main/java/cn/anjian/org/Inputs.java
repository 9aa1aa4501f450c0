package cn.anjian.org;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;

/** Checks of user input shared by the org facades; every refusal is a 4xx with a Chinese message. */
final class Inputs {

    static final int NAME_MAX = 50;
    static final int REASON_MAX = 500;
    static final String MANAGE = "org:manage";

    private Inputs() {
    }

    static String name(String value, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw BusinessException.badInput("ORG-NAME", what + "名称不能为空");
        }
        if (v.length() > NAME_MAX) {
            throw BusinessException.badInput("ORG-NAME", what + "名称不能超过 " + NAME_MAX + " 个字");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.badInput("ORG-NAME", what + "名称含有不可见的控制字符");
        }
        return v;
    }

    static String reason(String value, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                throw BusinessException.badInput("ORG-REASON", "请填写原因");
            }
            return null;
        }
        if (v.length() > REASON_MAX) {
            throw BusinessException.badInput("ORG-REASON", "原因不能超过 " + REASON_MAX + " 个字");
        }
        return v;
    }

    /** Defence in depth behind the controllers' {@code @PreAuthorize}: facades refuse too. */
    static void requireManage(Actor actor) {
        if (actor == null || !actor.hasPermission(MANAGE)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "ORG-FORBIDDEN", "您没有维护行政区划和机构的权限");
        }
    }
}
