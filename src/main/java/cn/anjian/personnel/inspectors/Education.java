package cn.anjian.personnel.inspectors;

/** Highest education, same codes as per_person.education. */
public enum Education {
    DOCTORATE("博士研究生", 5), MASTER("硕士研究生", 4), BACHELOR("大学本科", 3), COLLEGE("大专", 2),
    SECONDARY("中专/高中", 1), OTHER("其他", 0);

    private final String label;
    private final int rank;

    Education(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public String getLabel() {
        return label;
    }

    boolean bachelorOrHigher() {
        return rank >= BACHELOR.rank;
    }
}
