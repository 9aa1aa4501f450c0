package cn.anjian.personnel.supervisors;

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
        return cn.anjian.kernel.Params.requiredChoice("SS-01-ROUTE", AppointmentRoute.class, "聘任方式", v, AppointmentRoute::label);
    }
}
