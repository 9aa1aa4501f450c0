package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** LR-04: the emergency on-site coercive measures in scope and the approving head's supplementary-review decision. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EmergencyMeasures {

    public record Row(long id, long caseId, String caseTitle, String measures, Instant issuedAt, String issuedBy, String status,
                      Boolean supplementaryRequired, String decidedBy, Instant decidedAt, String note) {
    }

    private final EmergencyMeasureRepository repository;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** In the actor's scope, pending first, newest first (at most 200). */
    public List<Row> list(Actor actor) {
        return jdbc.sql("""
                        SELECT e.*, (SELECT u.display_name FROM iam_user_view u WHERE u.username = e.issued_by) AS issued_by_name,
                               (SELECT u.display_name FROM iam_user_view u WHERE u.username = e.decided_by) AS decided_by_name
                        FROM lr_emergency e WHERE scope_path LIKE :scope
                        ORDER BY (status = 'PENDING') DESC, issued_at DESC, id DESC LIMIT 200""")
                .param("scope", actor.scope().pattern())
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_title"), rs.getString("measures"),
                        rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by_name"), rs.getString("status"),
                        (Boolean) rs.getObject("supplementary_required"), rs.getString("decided_by_name"),
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(), rs.getString("note")))
                .list();
    }

    /** The approving head (needs {@code legalreview:approve}) decides whether a supplementary review is required. */
    @Transactional
    public void decide(Actor actor, long id, boolean required, String note) {
        Guard.require(actor, "legalreview:approve");
        EmergencyMeasure m = repository.findById(id).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("紧急强制措施"));
        m.decide(required, Params.text("LR-04", "决定理由", note, 2000, false), clock.instant(), actor.username());
        repository.save(m);
    }
}
