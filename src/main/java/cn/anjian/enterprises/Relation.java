package cn.anjian.enterprises;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How a person is related to an enterprise (conflicts register). */
@Getter
@RequiredArgsConstructor
public enum Relation implements Labels {
    EMPLOYEE("任职/雇佣"),
    RELATIVE("近亲属"),
    ADVISER("顾问"),
    SHAREHOLDER("持股"),
    OTHER("其他利害关系");

    private final String label;
}
