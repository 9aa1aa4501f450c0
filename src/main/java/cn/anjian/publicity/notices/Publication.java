package cn.anjian.publicity.notices;

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
 * A publication record as stored (PUB): live from its publication until withdrawn with a reason. A Spring
 * Data JDBC aggregate ({@link PublicationRepository}, optimistic {@code @Version}); the withdrawal checks that
 * the notice is still live and registers its audit event, published on save. Publishing inserts the row
 * once per source ({@link Publications#publish}, {@code ON CONFLICT DO NOTHING} for redelivered events);
 * the portal reads with JdbcClient ({@link PublicNoticeQueries}).
 */
@Table("pub_publication")
class Publication extends AbstractAggregateRoot<Publication> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long ownerAgencyId;
    private Long ownerUnitId;
    private String ownerName;
    private long jurisdictionId;
    private String scopePath;
    private PublicationKind kind;
    private String title;
    private String content;
    private Instant publishedAt;
    private Instant withdrawnAt;
    private String withdrawalReason;
    private String sourceModule;
    private String sourceType;
    private String sourceId;

    @PersistenceCreator
    private Publication() {
    }

    boolean live() {
        return withdrawnAt == null;
    }

    /** Withdraws a live notice with its reason; a notice is withdrawn once. */
    void withdraw(String reason, Instant at) {
        if (!live()) {
            throw BusinessException.conflict("PUB-WITHDRAWN", "该公示已撤回，不能再次撤回");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.badInput("PUB-WITHDRAWN", "撤回公示须说明原因");
        }
        withdrawnAt = at;
        withdrawalReason = reason;
        registerEvent(AuditableEvent.change("publicity.publication.withdrawn", "publication", id, null,
                Map.of("reason", reason)));
    }

    /** PUB-08: a live notice's text replaced (the decision changed); the old and new text are audited. */
    void revise(String newContent) {
        if (!live()) {
            throw BusinessException.conflict("PUB-WITHDRAWN", "该公示已撤下，不能更正");
        }
        String old = content;
        content = newContent;
        registerEvent(AuditableEvent.change("publicity.publication.revised", "publication", id, Map.of("content", old),
                Map.of("content", newContent)));
    }

    Long id() {
        return id;
    }
}
