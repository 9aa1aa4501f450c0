package cn.anjian.personnel;

/** One role a person holds: {@code code} e.g. OFFICER, INSPECTOR, SUPERVISOR; Chinese label; current status text. */
public record PersonRole(String code, String label, String status, boolean active) {

    public static final String OFFICER = "OFFICER";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String SUPERVISOR = "SUPERVISOR";
}
