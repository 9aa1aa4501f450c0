package cn.anjian.personnel;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * TI-09: what a technical inspector may do, always assisting certified officers (000 art. 16). An
 * inspector shows the work certificate and may sign on-site inspection and re-inspection documents,
 * but never acts alone, decides, enforces coercive measures or handles state secrets (TI-10).
 */
@Getter
@RequiredArgsConstructor
public enum InspectorDuty {
    ONSITE_INSPECTION("协助开展现场执法检查、复查"),
    EVIDENCE_COLLECTION("协助调查取证、提供专业性意见"),
    ORDER_CORRECTION("协助责令改正违法行为、消除风险隐患"),
    CASE_DISCUSSION("参与行政案件研究讨论"),
    EXECUTE_DECISIONS("协助执行行政执法决定"),
    LEGAL_PUBLICITY("宣传相关法律、法规、规章和政策"),
    SIGN_INSPECTION_DOCUMENTS("在现场检查、复查文书上签名"),
    OTHER_ASSIGNED("完成交办的其他任务");

    private final String label;
}
