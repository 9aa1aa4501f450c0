package cn.anjian.supervision.checks;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** COR-01 (art. 6): how the team checks — hearing reports and soliciting opinions, plus reading files on site. */
@Getter
@RequiredArgsConstructor
public enum CheckMethod {
    HEARING_REPORTS("听取汇报"), SOLICITING_OPINIONS("征询意见"), FILE_REVIEW("查阅案卷材料"), FIELD_VISIT("实地检查");

    private final String label;
}
