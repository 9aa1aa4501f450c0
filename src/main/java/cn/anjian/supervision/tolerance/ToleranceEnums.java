package cn.anjian.supervision.tolerance;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** COR-04's choices, with the labels people read. */
public final class ToleranceEnums {

    private ToleranceEnums() {
    }

    /** Fault tolerance (容错, 纠错制度第二条) or due-diligence exemption (尽职免责, 003 第（十二）项). */
    @Getter
    @RequiredArgsConstructor
    public enum Kind {
        FAULT_TOLERANCE("容错纠错"), DUE_DILIGENCE("尽职免责");

        private final String label;
    }

    /** What is asked: responsibility exempted, or a lighter or mitigated handling (免除相关责任或从轻减轻处理). */
    @Getter
    @RequiredArgsConstructor
    public enum Requested {
        EXEMPT("免除相关责任"), MITIGATE("从轻、减轻处理");

        private final String label;
    }

    @Getter
    @RequiredArgsConstructor
    public enum Status {
        IN_REVIEW("审核中"), DECIDED("已决定");

        private final String label;
    }

    @Getter
    @RequiredArgsConstructor
    public enum Outcome {
        EXEMPTED("免除责任"), MITIGATED("从轻、减轻处理"), REFUSED("不予容错免责");

        private final String label;
    }
}
