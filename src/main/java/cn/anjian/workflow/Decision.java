package cn.anjian.workflow;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.util.Locale;

import cn.anjian.kernel.BusinessException;

/** What a step's decider may do. REJECT ends the flow; RETURN sends it back to the initiator for revision. */
@Getter
@RequiredArgsConstructor
public enum Decision {
    APPROVE("同意"), REJECT("不同意"), RETURN("退回修改");

    private final String label;

    /** Parses user input with a Chinese refusal instead of an IllegalArgumentException. */
    public static Decision parse(String value) {
        if (value != null) {
            for (Decision d : values()) {
                if (d.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return d;
                }
            }
        }
        throw BusinessException.badInput("WF-DECISION", "审批决定只能是 APPROVE（同意）、REJECT（不同意）或 RETURN（退回修改）");
    }
}
