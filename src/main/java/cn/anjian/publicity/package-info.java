/**
 * Publication records and the public portal (PUB). Downstream: it listens to other modules' events
 * (e.g. a cancelled inspector certificate) and nothing depends on it. Results after enforcement (PUB-04..08, PUB-11,
 * PUB-12) are drafted from enforcement's {@code DecisionIssued} ({@code decisions}), reviewed and approved on
 * {@code workflow}, their publication deadline kept by {@code calendar}; corrected when enforcement's
 * {@code DecisionRemedied} says the decision was revoked, varied or confirmed illegal (PUB-08); never published when
 * recording classifies the decision (REC-12, {@code DecisionClassifications}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity and public portal",
        allowedDependencies = {"kernel", "org", "personnel", "identity", "enforcement", "calendar", "workflow", "complaints", "recording", "files"})
package cn.anjian.publicity;
