/** The one write-once, content-addressed file store: streaming ingestion, SHA-256 and SM3 fingerprints, integrity checks (REC-09). */
@org.springframework.modulith.ApplicationModule(displayName = "File store",
        allowedDependencies = {"kernel", "audit"})
package cn.anjian.files;
