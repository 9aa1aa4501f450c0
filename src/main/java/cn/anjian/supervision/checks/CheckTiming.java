package cn.anjian.supervision.checks;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** COR-01 (art. 6): periodic or ad hoc. */
@Getter
@RequiredArgsConstructor
public enum CheckTiming {
    PERIODIC("定期检查"), AD_HOC("不定期检查");

    private final String label;
}
