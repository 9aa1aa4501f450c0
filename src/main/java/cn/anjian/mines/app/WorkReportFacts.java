package cn.anjian.mines.app;

import java.util.List;

/**
 * MW-13: what the records say about a commissioner's half-year, to prefill the report (checks, hazards,
 * stop-work orders, leave).
 */
interface WorkReportFacts {

    Facts facts(Me me, HalfYear period);

    record Facts(List<String> mines, long onsiteChecks, long remoteChecks, long hazards, long majorHazards,
                 long stopWorkOrders, long leaveDays) {

        /** The summary line the report starts from (the commissioner may edit the items, not this line). */
        String summary() {
            return "所监管企业 " + mines.size() + " 座；现场检查 " + onsiteChecks + " 次，远程监管 " + remoteChecks + " 次；"
                    + "发现隐患 " + hazards + " 项（其中重大事故隐患 " + majorHazards + " 项）；下达停产撤人等指令 "
                    + stopWorkOrders + " 次；请假 " + leaveDays + " 天。";
        }

        String accidents() {
            return "本期所监管企业发现重大事故隐患 " + majorHazards + " 项，已按规定报告本级矿山安全监管部门。"
                    + "（如有生产安全事故、涉险事故，请补充说明。）";
        }
    }
}
