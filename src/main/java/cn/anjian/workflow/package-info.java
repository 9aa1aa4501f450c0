/**
 * The one approval mechanism: flow definitions (owned in code by the module that needs them) are
 * ordered chains of steps; each step names who decides (a role in the same agency, the same-level
 * justice department or government, the next level up, ORG-04) and what they may do; every
 * decision is recorded and audited, the owning module's {@link cn.anjian.workflow.FlowOutcomeHandler}
 * receives the outcome; one to-do inbox. Four eyes: whoever starts a flow never decides one of its steps.
 *
 * <p>Using it from a subject module (example: personnel's TI-01 hiring plan):
 * <pre>{@code
 * static final FlowDefinition HIRING_PLAN = new FlowDefinition("ti-hiring-plan", "技术检查员招聘计划",
 *     StepDefinition.of("dept", "应急管理部门审核", "DIRECTOR", AgencyTarget.SAME_AGENCY),
 *     StepDefinition.of("justice", "同级司法行政部门审核同意", "DIRECTOR", AgencyTarget.SAME_LEVEL_JUSTICE)
 *         .withDeadline(Period.workingDays(10), "TI-01"),
 *     new StepDefinition("gov", "同级人民政府批准", "DIRECTOR", AgencyTarget.SAME_LEVEL_GOVERNMENT,
 *         EnumSet.of(Decision.APPROVE, Decision.REJECT), null));
 *
 * FlowId flow = workflows.start(HIRING_PLAN, "ti_hiring_plan", planId, plan.title(),
 *     "/personnel/hiring-plans/" + planId, actor.agencyId(), actor);
 *
 * @Component  // same transaction: the plan's state changes exactly with the decision
 * class HiringPlanOutcomes implements FlowOutcomeHandler {
 *     public List<FlowDefinition> definitions() { return List.of(HIRING_PLAN); }
 *     public void completed(FlowCompleted e) { plans.decided(e.subjectKey(), e.approved()); }
 *     public void returned(FlowReturned e) { plans.returned(e.subjectKey()); }
 * }
 * }</pre>
 * What a flow approves comes from the owning module's {@link cn.anjian.workflow.FlowSubjectProvider} (a
 * {@link cn.anjian.workflow.FlowSummary} shown above the decision box); it also says who may read the subject: a flow
 * is visible to its participants and those readers only, anyone else gets 404 (issue 12).
 * Embed the history with {@code <div th:replace="~{workflow/fragments :: timeline(flow=${flowView})}">}
 * or {@code <div hx-get="/workflow/flows/{id}/timeline" hx-trigger="load">}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approvals and to-dos",
        allowedDependencies = {"kernel", "identity", "org", "calendar", "audit"})
package cn.anjian.workflow;
