package cn.anjian.personnel.inspectors;

/** TI-07: full-time (open recruitment) or part-time (recommended). */
enum InspectorKind {
    FULL_TIME, PART_TIME
}
