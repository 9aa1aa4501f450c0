package cn.anjian.supervision.violations;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** COR-03: the seven kinds of an officer's violation (art. 7 (一)–(七)). */
@Getter
@RequiredArgsConstructor
public enum ViolationKind {
    DERELICTION("不履行法定职责的失职行为"),
    PENALTY_WITHOUT_BASIS("无法定依据或者超过法定种类、幅度实施行政处罚"),
    PENALTY_PROCEDURE("违反法定程序规定实施行政处罚"),
    UNLAWFUL_INSPECTION_LICENCE_COERCION("违反规定实施行政检查、行政许可或者行政强制措施"),
    UNLAWFUL_DISPOSAL_OF_FINES("对罚没款、罚没物品违法予以处理"),
    EXTORTION("利用职务便利索收他人财物"),
    OTHER("违反法律法规规定的其他行为");

    private final String label;
}
