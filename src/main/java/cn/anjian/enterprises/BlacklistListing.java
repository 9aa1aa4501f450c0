package cn.anjian.enterprises;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * CAP-07: one listing of an enterprise on the 失信联合惩戒 blacklist — live until removed with a reason.
 * A Spring Data JDBC aggregate ({@link BlacklistListings}, optimistic {@code @Version}); {@link Blacklist}
 * checks the input and the scope, the listing its own state.
 */
@Table("ent_blacklist")
class BlacklistListing {

    @Id
    private Long id;
    @Version
    private Integer version;
    private final long enterpriseId;
    private final String grounds;
    private final String decisionDoc;
    private final LocalDate fromDate;
    private final LocalDate toDate;
    private final String listedBy;
    private final Instant listedAt;
    private Instant removedAt;
    private String removedBy;
    private String removalReason;

    @PersistenceCreator
    BlacklistListing(long enterpriseId, String grounds, String decisionDoc, LocalDate fromDate, LocalDate toDate,
                     String listedBy, Instant listedAt) {
        this.enterpriseId = enterpriseId;
        this.grounds = grounds;
        this.decisionDoc = decisionDoc;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.listedBy = listedBy;
        this.listedAt = listedAt;
    }

    /** Removal with a reason; refused once removed, and when the caller saw another version (stale form). */
    void remove(int seenVersion, String by, String reason, Instant at) {
        if (removedAt != null) {
            throw BusinessException.conflict("CAP-07-REMOVED", "该记录已移出黑名单");
        }
        if (version == null || version != seenVersion) {
            throw Enterprises.staleVersion();
        }
        removedAt = at;
        removedBy = by;
        removalReason = reason;
    }

    Long id() {
        return id;
    }
}
