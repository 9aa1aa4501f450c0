package cn.anjian.mines;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MC-01: only mines in normal production or construction are staffed (art. 6 "正常生产建设"). */
@Getter
@RequiredArgsConstructor
public enum ProductionStatus {
    PRODUCING("正常生产", true),
    CONSTRUCTING("正常建设", true),
    OTHER("停产停建或其他", false);

    private final String label;
    private final boolean staffed;
}
