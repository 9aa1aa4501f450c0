package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-15 (art. 18, art. 15): a dismissal records one of the ten grounds with its evidence and the day the expert was
 * told he stays bound by confidentiality; the registry removes him from the pool (audited there too). The ground "3
 * declines in a year" is refused unless EXP-14 flags him.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Dismissals {

    record Row(long id, long expertId, String name, DismissalGround ground, String evidence, LocalDate confidentialityOn,
               java.time.Instant decidedAt, String decidedBy) {
    }

    private final ExpertRegistry registry;
    private final DeclineFlags flags;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    long dismiss(Actor actor, Long expertId, String ground, String evidence, String confidentialityOn) {
        if (!actor.hasPermission("expert:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有维护专家库的权限");
        }
        if (expertId == null) {
            throw BusinessException.badInput("EXP-EXPERT", "请选择专家");
        }
        record E(String name, String scopePath, long agencyId) {
        }
        E e = ScopeSql.requireInScope(actor, jdbc.sql("SELECT name, scope_path, agency_id FROM exp_expert WHERE id = :id")
                .param("id", expertId).query((rs, n) -> new E(rs.getString(1), rs.getString(2), rs.getLong(3))).optional(),
                E::scopePath, "专家");
        DismissalGround g = Params.requiredChoice("EXP-GROUND", DismissalGround.class, "解聘情形", ground, DismissalGround::label);
        String proof = Params.text("EXP-EVIDENCE", "事实与证据", evidence, 2000, true);
        LocalDate told = Params.date("保密义务告知日期", confidentialityOn);
        if (told == null) {
            throw BusinessException.badInput("EXP-15", "请填写已告知其继续遵守保密制度的日期（解聘专家仍须保守秘密）");
        }
        if (told.isAfter(LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI))) {
            throw BusinessException.badInput("EXP-15", "保密义务告知日期不能晚于今天");
        }
        if (g == DismissalGround.DECLINED_THREE && !flags.flagged(expertId)) {
            throw new BusinessException("EXP-14", e.name() + " 近一年拒绝委派 " + flags.declines(expertId) + " 次，未达 3 次，不能以此情形解聘");
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_dismissal WHERE expert_id = :e)").param("e", expertId).query(Boolean.class).single()) {
            throw BusinessException.conflict("EXP-15-STATE", e.name() + " 已被解聘");
        }
        registry.remove(actor, expertId);
        long id = jdbc.sql("""
                INSERT INTO exp_dismissal (expert_id, agency_id, scope_path, ground, evidence, confidentiality_on, decided_at, decided_by)
                VALUES (:e, :a, :p, :g, :ev, :c, :at, :by) RETURNING id""")
                .param("e", expertId).param("a", e.agencyId()).param("p", e.scopePath()).param("g", g.name()).param("ev", proof)
                .param("c", Date.valueOf(told)).param("at", Timestamp.from(clock.instant())).param("by", actor.username())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("ground", g.name());
        after.put("evidence", proof);
        after.put("confidentialityOn", told.toString());
        events.publishEvent(AuditableEvent.change("experts.expert.dismissed", "expert", expertId, null, after));
        return id;
    }
}
