package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** LR-04: the emergency on-site coercive measures in scope and the approving head's supplementary-review decision. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EmergencyMeasures {

    public record Row(long id, long caseId, String caseTitle, String measures, Instant issuedAt, String issuedBy, String status,
                      Boolean supplementaryRequired, String decidedBy, Instant decidedAt, String note,
                      DeadlineView supplementaryDue) {

        /** The required supplementary review has not been submitted by its due date. */
        public boolean supplementaryOverdue() {
            return supplementaryDue != null && supplementaryDue.state() == DeadlineState.OVERDUE;
        }
    }

    private final EmergencyMeasureRepository repository;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Deadlines deadlines;
    private final Settings settings;

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
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(), rs.getString("note"),
                        due(rs.getObject("deadline_id", Long.class))))
                .list();
    }

    /** The due date and state of a required supplementary review's submission, null when none. */
    private DeadlineView due(Long deadlineId) {
        return deadlineId == null ? null : deadlines.find(new DeadlineId(deadlineId)).orElse(null);
    }

    /** LR-04: the case's supplementary review has been submitted: its deadline is met. */
    void reviewSubmitted(long caseId, Instant at) {
        repository.findByCaseId(caseId).map(EmergencyMeasure::deadlineId).map(DeadlineId::new)
                .filter(d -> deadlines.find(d).map(v -> v.state() == DeadlineState.OPEN || v.state() == DeadlineState.OVERDUE
                        || v.state() == DeadlineState.PENDING).orElse(false))
                .ifPresent(d -> deadlines.markMet(d, at));
    }

    /** The approving head (needs {@code legalreview:approve}) decides whether a supplementary review is required. */
    @Transactional
    public void decide(Actor actor, long id, boolean required, String note) {
        Guard.require(actor, "legalreview:approve");
        EmergencyMeasure m = repository.findById(id).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("紧急强制措施"));
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // the database's precision
        m.decide(required, Params.text("LR-04", "决定理由", note, 2000, false), now, actor.username());
        if (required) {
            long jurisdiction = jdbc.sql("SELECT a.jurisdiction_id FROM lr_emergency e JOIN org_agency_view a ON a.id = e.agency_id"
                    + " WHERE e.id = :id").param("id", id).query(Long.class).single();
            int days = settings.value(LegalReviewSettings.SUPPLEMENTARY_REVIEW_DAYS, LocalDate.ofInstant(now, Zones.SHANGHAI));
            DeadlineId d = deadlines.open(new NewDeadline("legal-review-emergency", String.valueOf(id), "LR-04", null, null,
                    jurisdiction, m.scopePath(), Period.workingDays(days), now, "补办法制审核：" + m.caseTitle()));
            m.track(d.value());
        }
        repository.save(m);
    }
}
