package cn.anjian.enforcement.draws;

import java.time.Instant;
import java.util.Map;

import cn.anjian.enforcement.RandomDrawPublished;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What changes on a random draw after it is drawn: published once (001 公示), and the outcome of its
 * latest verification (复核). The seed, pools, exclusions and result are written once when it is drawn
 * and never change, so they are not part of this aggregate.
 */
@Table("enf_draw")
class Draw extends AbstractAggregateRoot<Draw> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String publishedBy;
    private Instant publishedAt;
    private Instant lastVerifiedAt;
    private Boolean lastVerifiedOk;

    @PersistenceCreator
    private Draw() {
    }

    /** Published once; {@code announcement} goes to the public portal (publicity) after the audit entry. */
    void publish(String by, Instant at, RandomDrawPublished announcement) {
        if (publishedAt != null) {
            throw BusinessException.conflict("DRAW-PUBLISHED", "抽查结果已于 " + publishedAt + " 公开");
        }
        publishedBy = by;
        publishedAt = at;
        registerEvent(AuditableEvent.change("enforcement.draw.published", "random-draw", id, null, Map.of("publishedBy", by)));
        registerEvent(announcement);
    }

    void verified(DrawViews.Verification v) {
        lastVerifiedAt = v.at();
        lastVerifiedOk = v.matches();
        registerEvent(AuditableEvent.change("enforcement.draw.verified", "random-draw", id, null,
                Map.of("matches", v.matches(), "rows", v.rows())));
    }

    static BusinessException stale() {
        return BusinessException.conflict("DRAW-STALE", "抽查记录已被他人修改，请刷新后重试");
    }
}
