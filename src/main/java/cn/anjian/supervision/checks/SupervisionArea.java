package cn.anjian.supervision.checks;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** COR-01: what a supervision check covers (art. 4 (一)–(六)). */
@Getter
@RequiredArgsConstructor
public enum SupervisionArea {
    NORMATIVE_DOCUMENTS("以局名义制定印发的规范性文件的合法性"),
    LAW_IMPLEMENTATION("法律、法规、规章及其他规范性文件的实施情况"),
    SPECIFIC_ACTS("具体行政执法行为的合法性和适当性"),
    DUTY_PERFORMANCE("履行法定职责及其相互配合情况"),
    MISCONDUCT_HANDLING("执法过程中违法或失职行为的查处情况"),
    OTHER("其他应监督、检查、纠错的内容");

    private final String label;
}
