package cn.anjian.personnel.supervisors;

import java.util.Locale;

import cn.anjian.kernel.BusinessException;

/** SS-01: a supervisor is appointed on a recommendation or on an invitation. */
enum AppointmentRoute {
    RECOMMENDATION("推荐"), INVITATION("邀请");

    private final String label;

    AppointmentRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static AppointmentRoute parse(String v) {
        for (AppointmentRoute r : values()) {
            if (v != null && r.name().equals(v.strip().toUpperCase(Locale.ROOT))) {
                return r;
            }
        }
        throw BusinessException.badInput("SS-01-ROUTE", "聘任方式只能是推荐（RECOMMENDATION）或邀请（INVITATION）");
    }
}
