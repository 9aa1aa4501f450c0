package cn.anjian.publicity.notices;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes publication records. The owner is the department whose decision it is (PUB-10); the text
 * is composed here from structured fields only, with the name masked (PUB-12), so nothing typed as
 * free text (a reason that might name other people) reaches the public page.
 */
@Component
@RequiredArgsConstructor
public class Publications {

    public record NewPublication(long ownerAgencyId, String ownerName, long jurisdictionId, String scopePath,
                          PublicationKind kind, String title, String content, String sourceModule,
                          String sourceType, String sourceId) {
    }

    private final JdbcClient jdbc;
    private final PublicationRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Publishes once per source and kind (a redelivered event changes nothing); the new notice's id, or null. */
    @Transactional
    public Long publish(NewPublication p) {
        Instant now = clock.instant();
        Long id = jdbc.sql("""
                        INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title,
                            content, published_at, source_module, source_type, source_id)
                        VALUES (:agency, :owner, :j, :path, :kind, :title, :content, :at, :module, :type, :sid)
                        ON CONFLICT (source_module, source_type, source_id, kind) DO NOTHING
                        RETURNING id""")
                .param("agency", p.ownerAgencyId()).param("owner", p.ownerName()).param("j", p.jurisdictionId())
                .param("path", p.scopePath()).param("kind", p.kind().name()).param("title", p.title())
                .param("content", p.content()).param("at", Timestamp.from(now)).param("module", p.sourceModule())
                .param("type", p.sourceType()).param("sid", p.sourceId())
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return null;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", p.kind().name());
        after.put("ownerAgencyId", p.ownerAgencyId());
        after.put("title", p.title());
        after.put("source", p.sourceModule() + "/" + p.sourceType() + "/" + p.sourceId());
        events.publishEvent(AuditableEvent.change("publicity.publication.published", "publication", id, null, after));
        return id;
    }

    /** PUB-08: the live notice's text replaced (a revoked, changed or rescinded decision, with its explanation); audited. */
    @Transactional
    public void revise(long publicationId, String content) {
        Publication p = repository.findById(publicationId).orElseThrow(() -> BusinessException.notFound("公告"));
        p.revise(content);
        repository.save(p);
    }

    /** PUB-07: the notice leaves the portal (withdrawn with its reason); the source keeps its own archive. */
    @Transactional
    public void withdraw(long publicationId, String reason) {
        Publication p = repository.findById(publicationId).orElseThrow(() -> BusinessException.notFound("公告"));
        p.withdraw(reason, clock.instant());
        repository.save(p);
    }

    /**
     * Withdraws the live notice of a source (e.g. a plan superseded by its revision), with the reason; each
     * notice audits its own withdrawal. None live (already withdrawn, a redelivered event): nothing to do.
     */
    @Transactional
    void withdraw(String sourceModule, String sourceType, String sourceId, PublicationKind kind, String reason) {
        Instant now = clock.instant();
        for (Publication p : repository.findLive(sourceModule, sourceType, sourceId, kind.name())) {
            p.withdraw(reason, now);
            repository.save(p); // a concurrent withdrawal fails on @Version; the listener's retry then finds none live
        }
    }
}
