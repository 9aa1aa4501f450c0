package cn.anjian.mines.assessment;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MA-09: the grounds of art. 39 for not pursuing (or exempting from) responsibility. */
@Getter
@RequiredArgsConstructor
public enum ExemptionGround {
    ROUTE_CHECKED("沿途作业地点已对表检查无漏项，发现的隐患已责令处置（拒不执行的已报告）"),
    FORCE_MAJEURE("因不可抗力或其他难以克服的因素未能履职"),
    DUTIES_FULFILLED("事故调查组认定已履职到位"),
    OTHER_LEGAL("法律、法规、规章规定的其他情形");

    private final String label;
}
