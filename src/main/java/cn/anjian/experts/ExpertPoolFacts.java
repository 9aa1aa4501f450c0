package cn.anjian.experts;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.experts.pool.ExpertSettings;
import cn.anjian.experts.pool.PoolLevel;
import cn.anjian.experts.pool.Pools;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAP-06 input for the reporting module: whether an agency's expert pool (its consultation committee) exists and is
 * staffed, field by field. A field is staffed when it has active experts, a leader and at least one deputy (EXP-01) and
 * none of its sub-specialties is below the recommended minimum (EXP-02). The committee exists when the pool has active
 * experts and at least one field group is led.
 */
@Component
@RequiredArgsConstructor
public class ExpertPoolFacts {

    /** One industry field of the pool. */
    public record FieldFacts(String code, String name, long activeExperts, boolean leader, int deputies,
                             int shortSubSpecialties, boolean staffed) {
    }

    /** The pool of one agency on a day. */
    public record Facts(long agencyId, long activeExperts, int cap, boolean committeeExists, int fieldsStaffed,
                        List<FieldFacts> fields) {
    }

    private final Pools pools;
    private final Settings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Facts of(long agencyId) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        PoolLevel level = pools.of(agencyId).level();
        int minimum = settings.value(ExpertSettings.MIN_PER_SUB_SPECIALTY, day);
        List<FieldFacts> fields = jdbc.sql("""
                SELECT f.code, f.name,
                       (SELECT count(*) FROM exp_expert e WHERE e.agency_id = :a AND e.field_code = f.code AND e.status = 'ACTIVE') AS active,
                       EXISTS (SELECT 1 FROM exp_field_leader l WHERE l.agency_id = :a AND l.field_code = f.code AND l.role = 'LEADER') AS leader,
                       (SELECT count(*) FROM exp_field_leader l WHERE l.agency_id = :a AND l.field_code = f.code AND l.role = 'DEPUTY') AS deputies,
                       (SELECT count(*) FROM exp_sub_specialty s WHERE s.field_code = f.code AND
                          (SELECT count(*) FROM exp_expert_sub x JOIN exp_expert e ON e.id = x.expert_id
                           WHERE x.sub_code = s.code AND e.agency_id = :a AND e.status = 'ACTIVE') < :minimum) AS short_subs
                FROM exp_field f JOIN exp_category c ON c.code = f.category_code
                ORDER BY c.ord, f.ord""")
                .param("a", agencyId).param("minimum", minimum)
                .query((rs, n) -> {
                    long active = rs.getLong("active");
                    boolean leader = rs.getBoolean("leader");
                    int deputies = rs.getInt("deputies");
                    int shortSubs = rs.getInt("short_subs");
                    return new FieldFacts(rs.getString("code"), rs.getString("name"), active, leader, deputies, shortSubs,
                            active > 0 && leader && deputies >= 1 && shortSubs == 0);
                })
                .list();
        long active = fields.stream().mapToLong(FieldFacts::activeExperts).sum();
        boolean committee = active > 0 && fields.stream().anyMatch(FieldFacts::leader);
        return new Facts(agencyId, active, settings.value(ExpertSettings.cap(level), day), committee,
                (int) fields.stream().filter(FieldFacts::staffed).count(), fields);
    }
}
