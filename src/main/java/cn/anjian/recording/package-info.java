/**
 * Full-process recording (REC): text and audio-visual records per case step, mandatory-AV flags,
 * continuity, upload and archive deadlines, retention, evidence export, classification access.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Full-process recording",
        allowedDependencies = {"kernel", "enforcement", "files", "calendar", "audit"})
package cn.anjian.recording;
