package cn.anjian.experts.draws;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.experts.pool.ExpertSettings;
import cn.anjian.kernel.Actor;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * EXP-08 for an expert chosen by hand (or confirmed from a draw): the same avoidance the draw applies — employer,
 * declared relations and the enterprises' conflicts register within the look-back in force on the day.
 */
@Component
@RequiredArgsConstructor
public class ConflictCheck {

    private final Avoidance avoidance;
    private final Settings settings;
    private final JdbcClient jdbc;

    /** Why the expert must avoid the target enterprise (in the actor's scope, else 404), or empty. */
    public Optional<String> reason(Actor actor, long expertId, Long enterpriseId, LocalDate day) {
        if (enterpriseId == null) {
            return Optional.empty();
        }
        Avoidance.Target target = avoidance.target(actor, enterpriseId);
        List<Avoidance.Matched> one = jdbc.sql("SELECT id, name, employer_enterprise_id, person_id FROM exp_expert WHERE id = :id")
                .param("id", expertId)
                .query((rs, n) -> new Avoidance.Matched(rs.getLong("id"), rs.getString("name"), 0, null,
                        rs.getObject("employer_enterprise_id", Long.class), rs.getObject("person_id", Long.class)))
                .list();
        return Optional.ofNullable(avoidance.reasons(one, target, day,
                settings.value(ExpertSettings.CONFLICT_LOOK_BACK_YEARS, day)).get(expertId));
    }
}
