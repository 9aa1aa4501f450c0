package cn.anjian.reporting.capacity;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The kinds the capacity records use, with their labels. */
public final class CapacityEnums {

    private CapacityEnums() {
    }

    /** CAP-01/02: what kind of body a staffing record belongs to. */
    @Getter
    @RequiredArgsConstructor
    public enum BodyKind {
        DEPARTMENT("负有安全监管职责的部门"), TOWNSHIP("乡镇（街道）应急管理机构"), VILLAGE("村（居）民委员会");

        private final String label;
    }

    /** CAP-01/02: a member's role in the body. */
    @Getter
    @RequiredArgsConstructor
    public enum MemberRole {
        LEADER("领导班子成员"), SAFETY_STAFF("安全工作人员"), EMERGENCY_STAFF("专业应急管理人员"), CADRE("负责应急管理工作的村（居）委干部");

        private final String label;
    }
}
