package cn.anjian.enforcement.cases;

/** CASE-02 / TI-10: roles on an enforcement team. Only certified officers lead or count as members. */
public enum TeamRole {
    LEADER("主办人"),
    MEMBER("协办人"),
    ASSISTANT("辅助人员（技术检查员）");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
