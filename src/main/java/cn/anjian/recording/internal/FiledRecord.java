package cn.anjian.recording.internal;

import java.time.Instant;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What changes on a filed record (REC-10): it is destroyed once, after its retention ended, as a recorded
 * decision (rows are never deleted). Its content and metadata are written once when it is filed; the
 * continuity flags (REC-06) are recomputed per session and are not part of this aggregate.
 */
@Table("rec_record")
class FiledRecord extends AbstractAggregateRoot<FiledRecord> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long fileId;
    private Instant destroyedAt;
    private String destroyedBy;
    private String destructionNote;

    @PersistenceCreator
    private FiledRecord() {
    }

    void destroy(String note, String by, Instant at) {
        if (destroyedAt != null) {
            throw BusinessException.conflict("REC-10-DESTROYED", "该记录已销毁");
        }
        destroyedAt = at;
        destroyedBy = by;
        destructionNote = note;
        registerEvent(AuditableEvent.change("recording.record.destroyed", "rec-record", id,
                Map.of("fileId", String.valueOf(fileId)), Map.of("destroyed", true, "note", note)));
    }
}
