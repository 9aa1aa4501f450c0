package cn.anjian.enterprises;

/** Operating status; a closed entity frees its credit code. */
public enum EnterpriseStatus implements Labels {
    OPERATING("正常生产经营"),
    SUSPENDED("停产停业"),
    CLOSED("关闭注销");

    private final String label;

    EnterpriseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
