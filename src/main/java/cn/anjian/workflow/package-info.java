/**
 * The one approval mechanism: flow definitions (owned in code by the module that needs them) are
 * ordered chains of steps; each step names who decides (a role in the same agency, the same-level
 * justice department or government, the next level up, ORG-04) and what they may do; every
 * decision is recorded and audited, the subject's module is told by an event; one to-do inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approvals and to-dos",
        allowedDependencies = {"kernel", "identity", "org", "calendar", "audit"})
package cn.anjian.workflow;
