package cn.anjian.experts.draws;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.InvestigationExpertSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pool's side of the mines' SPI (MA-10): a draw is an ordinary draw of the actor's pool ({@link Draws}: rotation,
 * avoidance, stored for its replay), a hand pick is an active expert of the pool checked by the same avoidance
 * ({@link ConflictCheck}) and refused with the pool's message.
 */
@Component
@RequiredArgsConstructor
class MineInvestigationExperts implements InvestigationExpertSource {

    private final Draws draws;
    private final ConflictCheck conflicts;
    private final PoolStructure structure;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public List<ExpertField> fields() {
        return structure.fields().stream().map(f -> new ExpertField(f.code(), f.name())).toList();
    }

    @Override
    public Drawn draw(Actor actor, String fieldCode, int count, Long enterpriseId) {
        DrawView d = draws.draw(actor, new DrawRequest(fieldCode, null, null, count, enterpriseId, null));
        return new Drawn(d.id(), d.selected().stream().map(p -> new InvestigationExpert(p.expertId(), p.name(), d.fieldName()))
                .toList(), "/experts/draws/" + d.id());
    }

    @Override
    public InvestigationExpert pick(Actor actor, String name, Long enterpriseId) {
        Draws.requireDraw(actor);
        String n = Params.text("EXP-EXPERT", "专家姓名", name, 50, true);
        record E(long id, String name, String field) {
        }
        List<E> found = jdbc.sql("""
                        SELECT e.id, e.name, f.name AS field_name FROM exp_expert e JOIN exp_field f ON f.code = e.field_code
                        WHERE e.agency_id = :a AND e.status = 'ACTIVE' AND e.name = :n ORDER BY e.id LIMIT 2""")
                .param("a", actor.agencyId()).param("n", n)
                .query((rs, i) -> new E(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        if (found.isEmpty()) {
            throw BusinessException.badInput("EXP-EXPERT", "本单位专家库中没有名为“" + n + "”的在库专家");
        }
        if (found.size() > 1) {
            throw BusinessException.badInput("EXP-EXPERT", "本单位专家库中有多名在库专家名为“" + n + "”，请改用随机抽取或先在专家库核对");
        }
        E e = found.get(0);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        String why = conflicts.reason(actor, e.id(), enterpriseId, today).orElse(null);
        if (why != null) {
            throw new BusinessException("EXP-08", e.name() + " 与任务对象单位存在利害关系，应当回避，不能参与调查（" + why + "）");
        }
        return new InvestigationExpert(e.id(), e.name(), e.field());
    }
}
