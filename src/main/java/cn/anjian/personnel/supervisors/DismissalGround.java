package cn.anjian.personnel.supervisors;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** SS-07 → TI-17 (000 art. 31): the grounds on which a supervisor is dismissed. */
@Getter
@RequiredArgsConstructor
enum DismissalGround {
    UNABLE_TO_WORK("因身体健康等原因无法正常履行职责"),
    NEGLECT_OF_DUTY("无正当理由不履行职责"),
    DISCIPLINE_OR_CRIMINAL("受到党纪政务处分或者刑事处罚");

    private final String label;

    static DismissalGround parse(String v) {
        return cn.anjian.kernel.Params.requiredChoice("SS-07-GROUND", DismissalGround.class, "解聘理由", v, DismissalGround::label);
    }
}
