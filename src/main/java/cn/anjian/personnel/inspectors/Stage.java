package cn.anjian.personnel.inspectors;

import java.util.Optional;

/** TI-03: the recruitment stages of 000 art. 10, in their only allowed order. */
public enum Stage {
    ANNOUNCEMENT("发布公告"),
    REGISTRATION("报名"),
    QUALIFICATION_REVIEW("资格审查"),
    WRITTEN_OR_ASSESSMENT("笔试（考核）"),
    INTERVIEW("面试"),
    INSPECTION("考察"),
    MEDICAL_EXAM("体检"),
    PUBLIC_NOTICE("公示"),
    CONTRACT_SIGNING("签订合同");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The stage that must be recorded after {@code last} (null: nothing recorded yet). */
    static Optional<Stage> next(Stage last) {
        if (last == null) {
            return Optional.of(ANNOUNCEMENT);
        }
        int i = last.ordinal() + 1;
        return i < values().length ? Optional.of(values()[i]) : Optional.empty();
    }

    static boolean reached(Stage last, Stage stage) {
        return last != null && last.ordinal() >= stage.ordinal();
    }
}
