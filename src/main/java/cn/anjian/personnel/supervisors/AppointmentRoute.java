package cn.anjian.personnel.supervisors;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** SS-01: a supervisor is appointed on a recommendation or on an invitation. */
@Getter
@RequiredArgsConstructor
enum AppointmentRoute {
    RECOMMENDATION("推荐"), INVITATION("邀请");

    private final String label;

    static AppointmentRoute parse(String v) {
        return cn.anjian.kernel.Params.requiredChoice("SS-01-ROUTE", AppointmentRoute.class, "聘任方式", v, AppointmentRoute::label);
    }
}
