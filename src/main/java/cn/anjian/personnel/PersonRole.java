package cn.anjian.personnel;

/** One role a person holds: {@code code} e.g. OFFICER, INSPECTOR, SUPERVISOR, AUXILIARY; Chinese label; current status text. */
public record PersonRole(String code, String label, String status, boolean active) {

    public static final String OFFICER = "OFFICER";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    /** OFF-10: enforcement auxiliary staff (执法辅助人员), never an enforcer. */
    public static final String AUXILIARY = "AUXILIARY";
}
