package cn.anjian.experts.dispatches;

/**
 * The dispatch approval form (annex 4) as typed: how the expert is chosen (a draw's selection, by hand, or out of the
 * pool with his title grade), the task, its place and dates, the target enterprise, and whether the bureau pays.
 * Text fields stay text; {@link DispatchChecks} parses them (400 with the field's name).
 */
record NewDispatch(String source, Long drawId, Long expertId, String outsideName, String outsideTitle, String outsideGrade,
                   String outsideEmployer, Long applicationId, String task, String content, String place, String taskStart,
                   String taskEnd, Long enterpriseId, boolean paid, String fee) {
}
