package cn.anjian.experts.meetings;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** EXP-17: the yearly evaluation (seed 002 art. 14, 21); an unqualified expert is removed from the pool. */
@Getter
@RequiredArgsConstructor
public enum EvaluationGrade {
    EXCELLENT("优秀"), QUALIFIED("称职"), UNQUALIFIED("不称职");

    private final String label;
}
