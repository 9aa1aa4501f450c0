package cn.anjian.mines.app;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-13: a half-year work report is drafted (prefilled) and submitted once. */
@Getter
@RequiredArgsConstructor
public enum WorkReportStatus {
    DRAFT("待提交"),
    SUBMITTED("已提交");

    private final String label;
}
