package cn.anjian.legalreview.review;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;

/** Permission checks in the domain (the API and pages get the same refusal). */
final class Guard {

    private Guard() {
    }

    static void require(Actor actor, String permission) {
        if (actor == null || !actor.hasPermission(permission)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有执行此操作的权限");
        }
    }
}
