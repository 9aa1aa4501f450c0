package cn.anjian.recording.dossier;

import java.time.Instant;
import java.util.List;

/**
 * CASE-16: a case's dossier (卷宗) as the page, the API and the PDF show it: the cover, the catalogue (卷内目录) of every
 * text record in the statutory order, the AV records by name and fingerprint, and the required records still missing
 * (REC-02). {@code archiveNumber} is null until the case is archived.
 */
public record DossierView(Cover cover, List<Entry> entries, List<AvEntry> av, List<String> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }

    /** 卷宗封面 */
    public record Cover(long caseId, String agencyName, String caseNumber, String title, String partyName, String kindLabel,
                        Instant openedAt, Instant closedAt, Instant archivedAt, String archiveNumber, String retention,
                        String volume) {
    }

    /** A line of the catalogue: its statutory section (立案 … 结案), the record, its number and date. */
    public record Entry(int seq, Section section, long recordId, String title, String documentNumber, Instant date,
                        Long fileId, String fileName, String sha256, boolean filedLate) {
    }

    /** An audio-visual record listed by name and SHA-256 (the media stay in the file store). */
    public record AvEntry(int seq, String title, String kindLabel, Instant capturedAt, String fileName, String sha256) {
    }

    /** The statutory order of a dossier's content. */
    public enum Section {
        INITIATION("立案"),
        INVESTIGATION("调查取证"),
        NOTICE("告知、听证"),
        REVIEW("审查、法制审核"),
        DECISION("决定"),
        SERVICE("送达"),
        EXECUTION("执行"),
        CLOSURE("结案");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
