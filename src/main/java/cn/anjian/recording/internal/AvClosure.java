package cn.anjian.recording.internal;

import java.util.List;
import java.util.stream.Collectors;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.recording.ActivityKind;

/**
 * REC-03 (art. 10–11, 13–14): what the on-site activities of a case must look like before it may be closed (or
 * archived). Every activity has ended; every mandatory-AV activity has an AV record or an accepted art. 14 reason
 * (an art. 14(三) reason still waiting for the unit head does not count); an inspection case has its on-site
 * inspection (现场检查) recorded as an ended activity.
 */
public final class AvClosure {

    public static final String OPEN = "REC-03-ACTIVITY-OPEN";
    public static final String MISSING_AV = "REC-03-MISSING-AV";
    public static final String NO_INSPECTION = "REC-03-NO-INSPECTION";

    private AvClosure() {
    }

    /** The gate: entering CLOSURE or ARCHIVED needs the activities complete; other transitions are not asked. */
    public static void requireClosable(CaseKind kind, CaseStage to, List<ActivityView> activities) {
        if (to != CaseStage.CLOSURE && to != CaseStage.ARCHIVED) {
            return;
        }
        String act = to == CaseStage.CLOSURE ? "结案" : "归档";
        List<ActivityView> open = activities.stream().filter(a -> !a.ended()).toList();
        if (!open.isEmpty()) {
            throw new BusinessException(OPEN, "以下执法活动尚未结束，不能" + act + "：" + describe(open)
                    + "。请先登记活动结束时间");
        }
        List<ActivityView> missing = activities.stream().filter(ActivityView::missingAv).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException(MISSING_AV, "以下须音像记录的执法活动既无音像记录，也无经认可的未记录理由，不能" + act + "："
                    + describe(missing) + "。请上传音像记录，或说明第十四条规定的不得音像记录的理由（第十四条（三）须经科室负责人批准）"
                    + "（全过程记录制度第十条、第十一条）");
        }
        if (kind == CaseKind.INSPECTION && activities.stream().noneMatch(a -> a.kind() == ActivityKind.INSPECTION)) {
            throw new BusinessException(NO_INSPECTION, "行政检查案件须登记现场检查活动（及其音像记录）后方可" + act
                    + "（全过程记录制度第十条、第十一条（一））");
        }
    }

    private static String describe(List<ActivityView> activities) {
        return activities.stream().map(a -> a.kind().label() + "（" + a.place() + "，" + Fmt.dateTime(a.startedAt()) + " 开始）")
                .collect(Collectors.joining("；"));
    }
}
