/**
 * Publication records and the public portal (PUB). Downstream: it listens to other modules' events
 * (e.g. a cancelled inspector certificate) and nothing depends on it. Results after enforcement (PUB-04..08, PUB-11,
 * PUB-12) are drafted from enforcement's {@code DecisionIssued} ({@code decisions}), reviewed and approved on
 * {@code workflow}, their publication deadline kept by {@code calendar}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity and public portal",
        allowedDependencies = {"kernel", "org", "personnel", "identity", "enforcement", "calendar", "workflow", "complaints"})
package cn.anjian.publicity;
