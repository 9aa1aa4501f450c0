package cn.anjian.personnel;

import cn.anjian.kernel.BusinessException;

/**
 * One person per ID card: creating a second record is refused (409). When the existing record lies
 * in the actor's scope its id is given, so the caller attaches the new role to it; otherwise null.
 */
public class DuplicatePersonException extends BusinessException {

    private final Long existingId;

    public DuplicatePersonException(Long existingId) {
        super(Kind.CONFLICT, "PERSON-DUPLICATE", existingId == null
                ? "该身份证号码已由其他地区登记，请联系其所在单位"
                : "该身份证号码已登记（人员编号 " + existingId + "），请在该人员上添加角色，不要重复登记");
        this.existingId = existingId;
    }

    public Long existingId() {
        return existingId;
    }
}
