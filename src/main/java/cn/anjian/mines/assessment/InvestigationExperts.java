package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.InvestigationExpertSource;
import cn.anjian.mines.InvestigationExpertSource.InvestigationExpert;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MA-10 (art. 37): experts join a responsibility investigation from the expert pool — drawn (EXP-07: the draw is the
 * pool's, stored with its replay) or picked by hand (EXP-08: a conflict with the mine's enterprise is refused by the
 * pool). The pool answers through {@link InvestigationExpertSource}; the investigation records who joined and how.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class InvestigationExperts {

    private final CommissionerAssessments assessments;
    private final ObjectProvider<InvestigationExpertSource> pool;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The pool's industry fields (empty without a pool). */
    @Transactional(readOnly = true)
    public List<InvestigationExpertSource.ExpertField> fields() {
        InvestigationExpertSource s = pool.getIfAvailable();
        return s == null ? List.of() : s.fields();
    }

    public InvestigationExpertSource.Drawn draw(Actor actor, long assessmentId, long investigationId, String fieldCode, int count) {
        Target t = target(actor, assessmentId, investigationId);
        InvestigationExpertSource.Drawn d = source().draw(actor, fieldCode, count, t.enterpriseId());
        d.experts().forEach(e -> insert(actor, investigationId, e, "DRAW", d.drawId()));
        audit(investigationId, d.experts(), d.drawId());
        return d;
    }

    public InvestigationExpert pick(Actor actor, long assessmentId, long investigationId, String name) {
        Target t = target(actor, assessmentId, investigationId);
        InvestigationExpert e = source().pick(actor, name, t.enterpriseId());
        if (insert(actor, investigationId, e, "PICK", null) == 0) {
            throw BusinessException.conflict("MA-10-EXPERT", e.name() + " 已参与本次调查");
        }
        audit(investigationId, List.of(e), null);
        return e;
    }

    private record Target(long investigationId, Long enterpriseId) {
    }

    /** The investigation of the assessment's commissioner (else 404), with the enterprise of its mine (null: none). */
    private Target target(Actor actor, long assessmentId, long investigationId) {
        AssessmentFacts.require(actor);
        Assessment a = assessments.find(actor, assessmentId);
        return jdbc.sql("""
                        SELECT i.id, m.enterprise_id FROM mine_investigation i LEFT JOIN mine_mine m ON m.id = i.mine_id
                        WHERE i.id = :i AND i.commissioner_id = :c""")
                .param("i", investigationId).param("c", a.commissionerId())
                .query((rs, n) -> new Target(rs.getLong(1), rs.getObject(2, Long.class))).optional()
                .orElseThrow(() -> BusinessException.notFound("责任倒查调查"));
    }

    private InvestigationExpertSource source() {
        InvestigationExpertSource s = pool.getIfAvailable();
        if (s == null) {
            throw new BusinessException("MA-10-POOL", "专家库不可用，暂不能抽取或指定专家");
        }
        return s;
    }

    private int insert(Actor actor, long investigationId, InvestigationExpert e, String source, Long drawId) {
        return jdbc.sql("""
                        INSERT INTO mine_investigation_expert (investigation_id, expert_id, name, field_name, source, draw_id, added_at, added_by)
                        VALUES (:i, :e, :n, :f, :s, :d, :at, :by) ON CONFLICT (investigation_id, expert_id) DO NOTHING""")
                .param("i", investigationId).param("e", e.expertId()).param("n", e.name()).param("f", e.fieldName())
                .param("s", source).param("d", drawId).param("at", Timestamp.from(clock.instant())).param("by", actor.username())
                .update();
    }

    private void audit(long investigationId, List<InvestigationExpert> added, Long drawId) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("expertNames", added.stream().map(InvestigationExpert::name).collect(Collectors.joining("、")));
        after.put("expertSource", drawId == null ? "指定" : "从专家库随机抽取");
        if (drawId != null) {
            after.put("drawId", drawId);
        }
        events.publishEvent(AuditableEvent.change("mines.investigation.experts-added", "mine_investigation", investigationId,
                null, after));
    }
}
