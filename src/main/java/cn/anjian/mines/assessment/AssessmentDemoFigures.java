package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's figures: the interim work-record rows ({@code mine_interim_*}, what the checks will provide after the
 * merge) and an accident recorded through {@link AssessmentFacts} like an officer would.
 */
@Component
@RequiredArgsConstructor
class AssessmentDemoFigures {

    private final JdbcClient jdbc;
    private final AssessmentFacts facts;

    boolean loaded(Actor officer) {
        return jdbc.sql("SELECT count(*) FROM mine_assessment WHERE scope_path LIKE :p").param("p", officer.scope().pattern())
                .query(Long.class).single() > 0;
    }

    List<Long> commissioners(String pattern) {
        return jdbc.sql("SELECT id FROM mine_commissioner WHERE scope_path LIKE :p ORDER BY id").param("p", pattern)
                .query(Long.class).list();
    }

    List<Long> coalMines(String pattern) {
        return jdbc.sql("SELECT id FROM mine_mine WHERE scope_path LIKE :p AND kind = 'COAL' ORDER BY id").param("p", pattern)
                .query(Long.class).list();
    }

    Optional<Long> named(String name, String pattern) {
        return jdbc.sql("SELECT id FROM mine_commissioner WHERE name = :n AND scope_path LIKE :p ORDER BY id DESC LIMIT 1")
                .param("n", name).param("p", pattern).query(Long.class).optional();
    }

    void posting(long c, long mine, int year) {
        jdbc.sql("INSERT INTO mine_interim_posting (commissioner_id, mine_id, year) VALUES (:c, :m, :y) ON CONFLICT DO NOTHING")
                .param("c", c).param("m", mine).param("y", year).update();
    }

    void completion(long c, int year, int required, int done) {
        jdbc.sql("""
                INSERT INTO mine_interim_completion (commissioner_id, year, required, done) VALUES (:c, :y, :r, :d)
                ON CONFLICT (commissioner_id, year) DO UPDATE SET required = :r, done = :d""")
                .param("c", c).param("y", year).param("r", required).param("d", done).update();
    }

    void finding(long c, LocalDate on) {
        jdbc.sql("INSERT INTO mine_interim_finding (commissioner_id, found_on, kind, description, handled) VALUES (:c, :on, :k, :d, TRUE)")
                .param("c", c).param("on", on).param("k", "重大事故隐患").param("d", "井下采空区积水未按规定探放，当场责令停止作业并跟踪整改")
                .update();
    }

    void check(long c, String ref, LocalDate on, Long mine, int mandatory, int spot) {
        jdbc.sql("""
                INSERT INTO mine_interim_check (commissioner_id, mine_id, check_ref, checked_on, missed_mandatory, missed_spot)
                VALUES (:c, :m, :r, :on, :mm, :ms) ON CONFLICT DO NOTHING""")
                .param("c", c).param("m", mine).param("r", ref).param("on", on).param("mm", mandatory).param("ms", spot).update();
    }

    long assessmentOf(long commissionerId, int year) {
        return jdbc.sql("SELECT id FROM mine_assessment WHERE commissioner_id = :c AND year = :y").param("c", commissionerId)
                .param("y", year).query(Long.class).single();
    }

    /** An ordinary, non-systemic liability accident: the commissioners of that mine are qualified at best. */
    void accident(Actor officer, long mine, LocalDate on) {
        String name = jdbc.sql("SELECT name FROM mine_mine WHERE id = :id").param("id", mine).query(String.class).single();
        facts.record(officer, new NewFact(FactKind.ACCIDENT, null, name, on, "运输巷道矿车掉道致 1 人受伤，经调查认定为生产安全责任事故",
                AccidentLevel.ORDINARY, AccidentKind.OTHER, true, false, null, null));
    }
}
