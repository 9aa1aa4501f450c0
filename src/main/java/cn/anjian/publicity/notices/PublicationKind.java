package cn.anjian.publicity.notices;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Kinds of public notice. Inspector kinds come in when the inspectors' events are on main. */
@Getter
@RequiredArgsConstructor
public enum PublicationKind {
    SUPERVISOR_CERTIFICATE_CANCELLED("社会监督员工作证注销公告"),
    SUPERVISOR_DISMISSED("社会监督员解聘公告"),
    INSPECTOR_CERTIFICATE_CANCELLED("技术检查员证件注销公告"),
    INSPECTOR_DISMISSED("技术检查员解聘公告"),
    INSPECTION_PLAN("年度监督检查计划"),
    RANDOM_DRAW_RESULT("双随机抽查结果"),
    LICENCE_RESULT("行政许可结果"),
    PENALTY_RESULT("行政处罚结果"),
    COERCIVE_RESULT("行政强制结果"),
    INSPECTION_RESULT("监督检查结果");

    private final String label;

    static PublicationKind parseOrNull(String v) {
        return cn.anjian.kernel.Params.choice(PublicationKind.class, "公告类别", v, PublicationKind::label);
    }
}
