package cn.anjian.mines.hazards;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-08 (art. 17): where a tip came from, what it alleges, and where it stands. */
public final class TipEnums {

    private TipEnums() {
    }

    @Getter
    @RequiredArgsConstructor
    public enum Source {
        PETITION("信访举报"),
        ONLINE("网络舆情");

        private final String label;
    }

    @Getter
    @RequiredArgsConstructor
    public enum Allegation {
        LARGER_INCIDENT("较大及以上涉险事故"),
        CONCEALED_ACCIDENT("涉嫌瞒报生产安全事故");

        private final String label;
    }

    @Getter
    @RequiredArgsConstructor
    public enum TipState {
        AWAITING_REPORT("待企业自查报告"),
        FORWARDED("已报送部门");

        private final String label;
    }
}
