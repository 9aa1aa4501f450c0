package cn.anjian.enforcement;

/**
 * Where a case was opened from, for cases opened by the plans module: a plan item
 * ({@code PLAN_ITEM}), a double-random draw result ({@code DRAW_RESULT}) or a joint operation
 * ({@code JOINT_OPERATION}), with that record's id. Stored on the case.
 */
public record CaseOrigin(String type, long id) {

    public CaseOrigin {
        if (type == null || !type.matches("[A-Z][A-Z_]{1,39}")) {
            throw new IllegalArgumentException("origin type must be upper-case letters and _: " + type);
        }
    }
}
