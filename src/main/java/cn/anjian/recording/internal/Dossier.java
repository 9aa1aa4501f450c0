package cn.anjian.recording.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The case file (案卷) as recording keeps it: closed (REC-08 archive deadline opened once), overdue while
 * the deadline runs out, archived (REC-10: the file itself is kept long-term; {@code retainUntil} is the earliest
 * day AV material not archived with it may be destroyed). One row per case, created when the case
 * closes or is archived; transitions only move forward.
 */
@Table("rec_case_file")
class Dossier extends AbstractAggregateRoot<Dossier> {

    @Id
    private Long caseId;
    @Version
    private Integer version;
    private Instant closedAt;
    private Long archiveDeadlineId;
    private boolean archiveOverdue;
    private Instant archivedAt;
    private LocalDate retainUntil;

    @PersistenceCreator
    private Dossier() {
    }

    /** The case closed (the first closure counts). */
    void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    /** Whether the REC-08 archive deadline is still to be opened. */
    boolean awaitsArchiveDeadline() {
        return closedAt != null && archiveDeadlineId == null && archivedAt == null;
    }

    void archiveDeadlineOpened(long deadlineId) {
        if (archiveDeadlineId != null) {
            throw new IllegalStateException("archive deadline of case " + caseId + " already opened");
        }
        archiveDeadlineId = deadlineId;
    }

    /** The calendar's scan reported the archive deadline overdue. */
    void archiveOverdue() {
        archiveOverdue = true;
    }

    /** Archived: AV not archived with the file is kept at least until {@code until} (REC-10); a met archive deadline is no longer overdue. */
    void archive(Instant at, LocalDate until, String by) {
        archivedAt = at;
        retainUntil = until;
        if (archiveDeadlineId != null) {
            archiveOverdue = false;
        }
        registerEvent(new AuditableEvent("recording.case-file.archived", "case", String.valueOf(caseId), null,
                Map.of("archivedAt", at.toString(), "retainUntil", until.toString()), by, null));
    }

    Instant closedAt() {
        return closedAt;
    }

    /** The pending archive deadline was waived to restart from a corrected start (REC-08, art. 19). */
    void archiveDeadlineWithdrawn() {
        archiveDeadlineId = null;
    }

    Long archiveDeadlineId() {
        return archiveDeadlineId;
    }
}
