package cn.anjian.experts.draws;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.experts.draws.DrawRule.Candidate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The compact candidate snapshot of a draw (EXP-07): its array literals and hash, and V20_86's conversion of older draws. */
@IntegrationTest
class DrawSnapshotTests {

    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    static final List<Candidate> SNAPSHOT = List.of(
            new Candidate(7, "专家甲", 2, LocalDate.of(2026, 3, 9)),
            new Candidate(12, "专家乙", 0, null),
            new Candidate(1_234_567_890_123L, "专家丙", 11, LocalDate.of(2025, 12, 31)));

    @Test
    @DisplayName("EXP-07 the snapshot's arrays keep ids, dispatches and last dispatches (none as NULL) in candidate order")
    void arrays() {
        var row = jdbc.sql("""
                SELECT cast(:ids AS bigint[])::text AS ids, cast(:n AS int[])::text AS n,
                       (SELECT string_agg(coalesce(to_char(x, 'YYYY-MM-DD'), '-'), ',' ORDER BY o)
                        FROM unnest(cast(:last AS date[])) WITH ORDINALITY AS u(x, o)) AS last""")
                .param("ids", DrawSnapshot.ids(SNAPSHOT)).param("n", DrawSnapshot.dispatches(SNAPSHOT))
                .param("last", DrawSnapshot.lastDispatched(SNAPSHOT)).query().singleRow();
        assertThat(row.get("ids")).isEqualTo("{7,12,1234567890123}");
        assertThat(row.get("n")).isEqualTo("{2,0,11}");
        assertThat(row.get("last")).isEqualTo("2026-03-09,-,2025-12-31");
        assertThat(DrawSnapshot.ids(List.of(SNAPSHOT.get(1)))).isEqualTo("{12}");
    }

    @Test
    @DisplayName("EXP-07 the hash covers every candidate's id, dispatches and last dispatch: any change gives another hash")
    void hash() {
        String h = DrawSnapshot.hash(SNAPSHOT);
        assertThat(h).hasSize(64).isEqualTo(DrawSnapshot.hash(List.copyOf(SNAPSHOT)));
        assertThat(DrawSnapshot.hash(List.of(SNAPSHOT.get(0), SNAPSHOT.get(1), new Candidate(1_234_567_890_123L, "专家丙", 10,
                LocalDate.of(2025, 12, 31))))).isNotEqualTo(h);
        assertThat(DrawSnapshot.hash(List.of(SNAPSHOT.get(0), new Candidate(12, "专家乙", 0, LocalDate.of(2026, 1, 1)), SNAPSHOT.get(2))))
                .isNotEqualTo(h);
        assertThat(DrawSnapshot.hash(List.of(SNAPSHOT.get(1), SNAPSHOT.get(0), SNAPSHOT.get(2)))).isNotEqualTo(h);
        // the name is not part of the selection, so not of the hash
        assertThat(DrawSnapshot.hash(List.of(new Candidate(7, "改名", 2, LocalDate.of(2026, 3, 9)), SNAPSHOT.get(1), SNAPSHOT.get(2))))
                .isEqualTo(h);
    }

    @Test
    @DisplayName("EXP-07 V20_86 converts a draw stored as JSON to the same arrays and the same hash the draw computes now")
    void migrationOfOlderDraws() {
        String legacy = json.writeValueAsString(SNAPSHOT); // what exp_draw.candidates held before V20_86
        var row = jdbc.sql("""
                SELECT array_agg((c ->> 'expertId')::bigint ORDER BY o)::text AS ids,
                       array_agg((c ->> 'dispatches')::int ORDER BY o)::text AS n,
                       string_agg(coalesce(to_char((c ->> 'lastDispatched')::date, 'YYYY-MM-DD'), '-'), ',' ORDER BY o) AS last,
                       encode(sha256(convert_to(string_agg((c ->> 'expertId') || ':' || (c ->> 'dispatches') || ':'
                           || coalesce(to_char((c ->> 'lastDispatched')::date, 'YYYY-MM-DD'), ''), ';' ORDER BY o), 'UTF8')), 'hex') AS hash
                FROM jsonb_array_elements(cast(:legacy AS jsonb)) WITH ORDINALITY AS e(c, o)""")
                .param("legacy", legacy).query().singleRow();
        assertThat(row.get("ids")).isEqualTo("{7,12,1234567890123}");
        assertThat(row.get("n")).isEqualTo("{2,0,11}");
        assertThat(row.get("last")).isEqualTo("2026-03-09,-,2025-12-31");
        assertThat(row.get("hash")).isEqualTo(DrawSnapshot.hash(SNAPSHOT));
    }
}
