package cn.anjian.recording;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * On-site steps of a case (记录活动). REC-03: {@code avMandatory} per art. 10–11 — art. 10 names service (送达)
 * among the dispute-prone on-site steps that are AV-recorded, so direct service is mandatory too, not only 留置送达.
 */
@Getter
@RequiredArgsConstructor
public enum ActivityKind {
    INSPECTION("现场检查", true),
    SURVEY("勘验", true),
    INQUIRY("询问", true),
    PRESERVATION("先行登记保存", true),
    SEALING_SEIZURE("查封、扣押", true),
    SEIZURE_RELEASE("解除查封、扣押", true),
    REMOVAL_RESTORATION("排除妨碍、恢复原状（强制执行）", true),
    HEARING("听证会", true),
    SERVICE_BY_LEAVING("留置送达", true),
    DISPUTE_PRONE("其他容易引发争议的环节", true),
    PERSONAL_RIGHTS("涉及人身自由、生命健康、重大财产权益的现场执法", true),
    SERVICE("直接送达", true),
    OTHER("其他现场活动", false);

    private final String label;
    private final boolean avMandatory;
}
