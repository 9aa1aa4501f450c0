package cn.anjian.personnel.inspectors;

/** TI-17: the only grounds for dismissal during a term (000 art. 31). */
public enum DismissalGround {
    UNABLE_TO_WORK("因健康状况等原因无法胜任工作"),
    NOT_PERFORMING("无正当理由不履行职责"),
    DISCIPLINE_OR_CRIMINAL("受到党纪政务处分、刑事处罚");

    private final String label;

    DismissalGround(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
