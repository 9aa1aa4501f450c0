package cn.anjian.personnel.officers;

/** OFF-06: how the officer attended an organised training (001 art. 6(二): 迟到、早退、不到会、不参加). */
public enum Attendance {
    PRESENT("正常参加"), LATE("迟到"), LEFT_EARLY("早退"), ABSENT("不到会"), NOT_ATTENDED("不参加");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The training's hours and exam count only when the officer took part (不参加: nothing counts). */
    public boolean tookPart() {
        return this != NOT_ATTENDED;
    }
}
