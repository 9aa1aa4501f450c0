/**
 * Full-process recording (REC, seed 001 "安全生产行政执法全过程记录制度" art. 6–24): text and audio-visual
 * records per case stage, on-site activities with their mandatory-AV flags, continuity of segments,
 * upload and archive deadlines, retention, evidence export and classification-based access.
 *
 * <p>API types here (kinds, classifications, reasons, {@link cn.anjian.recording.RecordMetadata});
 * the domain in {@code internal}, pages and the phone API in {@code web}.
 *
 * <ul>
 *   <li>REC-01/05: {@code rec_record} (TEXT or AV, the file store's {@code file_id}, AV metadata), {@code rec_activity}.
 *       Generated documents ({@code CaseDocumentIssued}) and issued decisions ({@code DecisionIssued}) are filed as
 *       text records inside the case's transaction.</li>
 *   <li>REC-02: {@code rec_required_text} (data, art. 8) read by {@code RequiredTextRecords}, the
 *       {@code CaseStageGuard} refusing CLOSURE/ARCHIVED with the missing records listed. A row is met by a text record
 *       of its stage and kind; with {@code doc_type} (V14_2) only by a generated document of that type.</li>
 *   <li>REC-03/04: mandatory-AV activity kinds (art. 10–11); the flag clears with an AV record or an art. 14 reason.</li>
 *   <li>REC-06: the setting {@code recording.gap-tolerance} (5 s; in force on the session's capture day) between segments of one session (activity, place,
 *       device); capture after the activity ended is refused ({@code REC-06-AFTER-THE-FACT}).</li>
 *   <li>REC-07/08: deadlines through the calendar's {@code Deadlines} (subject types {@code rec-activity},
 *       {@code rec-case-file}); an archive deadline the calendar cannot count yet (next year's holidays not
 *       entered) waits and is opened by a ShedLock job.</li>
 *   <li>REC-10: five years from archiving, long-term flags (art. 22); destruction is a recorded decision — the
 *       file store is write-once and offers no erasure, so bytes are not erased, only no longer served.</li>
 *   <li>REC-11: evidence zip written to a temporary file while the originals are re-verified, then recorded
 *       ({@code rec_export}) and audited, then streamed.</li>
 *   <li>REC-12: classification filtered in SQL by the actor's clearance permissions; direct access answers 404. The file store asks
 *       {@code ClassifiedFiles} (its {@code FileAccessGuard} SPI) on every file read, so the files API and the
 *       documents module cannot serve a classified record's file either.</li>
 *   <li>Phone API: {@code Idempotency-Key} per user in {@code rec_idempotency} (claimed by a committed IN_FLIGHT
 *       insert, completed in the record's transaction). Large files: PUT to {@code /api/v1/files} (raw body,
 *       streamed), then POST the metadata with {@code fileId}; multipart is bounded by
 *       {@code spring.servlet.multipart.max-file-size} (parts go to disk, not the heap).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Full-process recording",
        allowedDependencies = {"kernel", "enforcement", "files", "calendar", "audit", "settings"})
package cn.anjian.recording;
