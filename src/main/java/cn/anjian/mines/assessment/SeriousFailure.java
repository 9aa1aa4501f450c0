package cn.anjian.mines.assessment;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MA-10: the serious failures of art. 37 that open a responsibility investigation. */
@Getter
@RequiredArgsConstructor
public enum SeriousFailure {
    MISSED_MAJOR_VIOLATION("企业存在违规外包、隐蔽作业场所、瞒报事故等重大违法违规行为，应发现未发现或应报告未报告"),
    MAJOR_HAZARD_UNHANDLED("发现重大事故隐患未及时采取有效措施督促整改，造成严重后果影响"),
    OBSTRUCTION("阻碍、干预有关人员正常开展执法检查"),
    INTEGRITY("违反廉洁纪律"),
    OTHER("其他依法依规应当严肃追责问责的情形");

    private final String label;
}
