/**
 * Publication records and the public portal (PUB). Downstream: it listens to other modules' events
 * (e.g. a cancelled inspector certificate) and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity and public portal",
        allowedDependencies = {"kernel", "org", "personnel", "identity", "enforcement", "complaints"})
package cn.anjian.publicity;
