package cn.anjian.mines.assessment;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The accountability measures of art. 36 and 38. */
@Getter
@RequiredArgsConstructor
public enum Measure {
    REMINDER_TALK("谈话提醒"),
    CRITICISM("批评教育、责令检查"),
    NOTICE("通报批评"),
    NOTICE_AND_LOSS("通报批评、取消当年评优资格"),
    ADMONISHMENT("诫勉"),
    REMOVAL("调离工作岗位"),
    REFERRAL("问题线索移交有关党组织或纪检监察机关");

    private final String label;
}
