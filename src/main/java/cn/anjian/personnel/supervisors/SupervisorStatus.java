package cn.anjian.personnel.supervisors;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Life of an appointment: consents are collected in DRAFT, the proposal travels in PROPOSED. */
@Getter
@RequiredArgsConstructor
enum SupervisorStatus {
    DRAFT("拟聘（征求同意）"), PROPOSED("逐级申报中"), APPOINTED("在聘"), REJECTED("未获批准"),
    DESTROYED("工作证已销毁，待省级注销"), CANCELLED("已注销"), DISMISSED("已解聘");

    private final String label;

    boolean ended() {
        return this == DESTROYED || this == CANCELLED || this == DISMISSED || this == REJECTED;
    }
}
