package cn.anjian.personnel.officers;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** OFF-06: how the officer attended an organised training (001 art. 6(二): 迟到、早退、不到会、不参加). */
@Getter
@RequiredArgsConstructor
public enum Attendance {
    PRESENT("正常参加"), LATE("迟到"), LEFT_EARLY("早退"), ABSENT("不到会"), NOT_ATTENDED("不参加");

    private final String label;

    /** The training's hours and exam count only when the officer took part (不参加: nothing counts). */
    public boolean tookPart() {
        return this != NOT_ATTENDED;
    }
}
