package cn.anjian.enterprises;

/** How a person is related to an enterprise (conflicts register). */
public enum Relation implements Labels {
    EMPLOYEE("任职/雇佣"),
    RELATIVE("近亲属"),
    ADVISER("顾问"),
    SHAREHOLDER("持股"),
    OTHER("其他利害关系");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
