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

    @Test
    @DisplayName("EXP-07 a packed snapshot reads back to the same candidates in the same order and hash: any order, huge ids, no date, dates before and after the draw day")
    void packRoundTrip() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(0, 60);
            List<Candidate> snapshot = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                long id = random.nextInt(4) == 0 ? random.nextLong(1, Long.MAX_VALUE) : random.nextLong(1, 20_000);
                LocalDate last = switch (random.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> day.minusDays(random.nextInt(0, 4_000));
                    case 2 -> day.plusDays(random.nextInt(0, 40));
                    default -> LocalDate.of(random.nextInt(1900, 2200), random.nextInt(1, 13), random.nextInt(1, 29));
                };
                snapshot.add(new Candidate(id, null, random.nextInt(3) == 0 ? random.nextInt(0, Integer.MAX_VALUE) : random.nextInt(0, 5), last));
            }
            byte[] packed = DrawSnapshot.pack(snapshot, day);
            assertThat(DrawSnapshot.unpack(packed, day)).isEqualTo(snapshot);
            assertThat(DrawSnapshot.hash(DrawSnapshot.unpack(packed, day))).isEqualTo(DrawSnapshot.hash(snapshot));
        }
        // names are not part of the snapshot
        assertThat(DrawSnapshot.unpack(DrawSnapshot.pack(SNAPSHOT, day), day))
                .extracting(Candidate::expertId, Candidate::dispatches, Candidate::lastDispatched)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, 2, LocalDate.of(2026, 3, 9)),
                        org.assertj.core.groups.Tuple.tuple(12L, 0, null),
                        org.assertj.core.groups.Tuple.tuple(1_234_567_890_123L, 11, LocalDate.of(2025, 12, 31)));
    }

    @Test
    @DisplayName("EXP-07 a draw's snapshot of 1,000 candidates in id order packs into ~4 bytes a candidate; a corrupt one is refused, not misread")
    void packSizeAndCorruption() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<Candidate> snapshot = new java.util.ArrayList<>();
        long id = 150;
        for (int i = 0; i < 1_000; i++) {
            id += random.nextInt(1, 20);
            snapshot.add(new Candidate(id, "专家", random.nextInt(0, 3), random.nextInt(3) == 0 ? null : day.minusDays(random.nextInt(0, 700))));
        }
        byte[] packed = DrawSnapshot.pack(snapshot, day);
        assertThat(packed.length).isBetween(3_000, 4_500);
        assertThat(DrawSnapshot.unpack(packed, day)).extracting(Candidate::expertId)
                .isEqualTo(snapshot.stream().map(Candidate::expertId).toList());
        assertThat(DrawSnapshot.hash(DrawSnapshot.unpack(packed, day))).isEqualTo(DrawSnapshot.hash(snapshot));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DrawSnapshot.unpack(java.util.Arrays.copyOf(packed, packed.length - 1), day))
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DrawSnapshot.unpack(java.util.Arrays.copyOf(packed, packed.length + 1), day))
                .isInstanceOf(IllegalStateException.class);
        byte[] otherFormat = packed.clone();
        otherFormat[0] = 2;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DrawSnapshot.unpack(otherFormat, day)).isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DrawSnapshot.unpack(new byte[0], day)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("EXP-07 the arrays of a draw stored before V20_91 read to the candidates its packed form reads to")
    void arraysAndPackAgree() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        var row = jdbc.sql("SELECT cast(:ids AS bigint[]) AS ids, cast(:n AS int[]) AS n, cast(:last AS date[]) AS last")
                .param("ids", DrawSnapshot.ids(SNAPSHOT)).param("n", DrawSnapshot.dispatches(SNAPSHOT))
                .param("last", DrawSnapshot.lastDispatched(SNAPSHOT))
                .query((rs, i) -> DrawSnapshot.fromArrays((Long[]) rs.getArray("ids").getArray(),
                        (Integer[]) rs.getArray("n").getArray(), (java.sql.Date[]) rs.getArray("last").getArray()))
                .single();
        assertThat(row).isEqualTo(DrawSnapshot.unpack(DrawSnapshot.pack(SNAPSHOT, day), day));
        assertThat(DrawSnapshot.hash(row)).isEqualTo(DrawSnapshot.hash(SNAPSHOT));
    }

    @Test
    @DisplayName("EXP-07 the hash is the SHA-256 of the canonical text as the draws stored before computed it: any id, count and date")
    void hashOfTheSameText() throws Exception {
        java.util.SplittableRandom random = new java.util.SplittableRandom(86);
        for (int round = 0; round < 300; round++) {
            List<Candidate> snapshot = new java.util.ArrayList<>();
            for (int i = random.nextInt(0, 40); i > 0; i--) {
                long id = switch (random.nextInt(4)) {
                    case 0 -> random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE);
                    case 1 -> random.nextInt(0, 10);
                    default -> random.nextLong(0, Long.MAX_VALUE);
                };
                LocalDate last = switch (random.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> LocalDate.ofEpochDay(random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
                    default -> LocalDate.of(random.nextInt(0, 10_000), random.nextInt(1, 13), random.nextInt(1, 29));
                };
                snapshot.add(new Candidate(id, null, random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE), last));
            }
            StringBuilder text = new StringBuilder(); // the canonical text as V20_86 and the first compact draws wrote it
            for (int i = 0; i < snapshot.size(); i++) {
                Candidate c = snapshot.get(i);
                text.append(i == 0 ? "" : ";").append(c.expertId()).append(':').append(c.dispatches()).append(':')
                        .append(c.lastDispatched() == null ? "" : c.lastDispatched().toString());
            }
            String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(DrawSnapshot.hash(snapshot)).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("EXP-07 the packed bytes are exactly those of the first packed draws (the old stream writer kept here): any order, id, count and date, up to 3,000 candidates")
    void packSameBytesAsBefore() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        java.util.SplittableRandom random = new java.util.SplittableRandom(2092);
        for (int round = 0; round < 300; round++) {
            List<Candidate> snapshot = new java.util.ArrayList<>();
            for (int i = random.nextInt(0, round % 10 == 0 ? 3_000 : 80); i > 0; i--) {
                long id = switch (random.nextInt(4)) {
                    case 0 -> random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE);
                    case 1 -> random.nextInt(0, 10);
                    default -> random.nextLong(0, 20_000);
                };
                LocalDate last = switch (random.nextInt(3)) {
                    case 0 -> null;
                    case 1 -> day.minusDays(random.nextInt(0, 4_000));
                    default -> LocalDate.ofEpochDay(random.nextLong(-1_000_000, 1_000_000));
                };
                snapshot.add(new Candidate(id, null, random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE), last));
            }
            assertThat(DrawSnapshot.pack(snapshot, day)).isEqualTo(oldPack(snapshot, day));
        }
    }

    @Test
    @DisplayName("EXP-07 a draw stores in one pass exactly the packed bytes and the hash of the two apart: any order, id, count and date, up to 3,000 candidates (the digest's chunks crossed)")
    void storedSameAsPackAndHash() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 7);
        java.util.SplittableRandom random = new java.util.SplittableRandom(2093);
        for (int round = 0; round < 300; round++) {
            List<Candidate> snapshot = new java.util.ArrayList<>();
            for (int i = random.nextInt(0, round % 10 == 0 ? 3_000 : 400); i > 0; i--) {
                long id = switch (random.nextInt(4)) {
                    case 0 -> random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE);
                    case 1 -> random.nextInt(0, 10);
                    default -> random.nextLong(0, 20_000);
                };
                LocalDate last = switch (random.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> day.minusDays(random.nextInt(0, 4_000));
                    case 2 -> LocalDate.ofEpochDay(random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
                    default -> LocalDate.ofEpochDay(random.nextLong(-1_000_000, 1_000_000));
                };
                snapshot.add(new Candidate(id, null, random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE), last));
            }
            StringBuilder text = new StringBuilder(); // the canonical text as the draws stored before hashed it
            for (int i = 0; i < snapshot.size(); i++) {
                Candidate c = snapshot.get(i);
                text.append(i == 0 ? "" : ";").append(c.expertId()).append(':').append(c.dispatches()).append(':')
                        .append(c.lastDispatched() == null ? "" : c.lastDispatched().toString());
            }
            String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            DrawSnapshot.Stored stored = DrawSnapshot.store(snapshot, day);
            assertThat(stored.hash()).isEqualTo(expected).isEqualTo(DrawSnapshot.hash(snapshot));
            assertThat(stored.pack()).isEqualTo(oldPack(snapshot, day)).isEqualTo(DrawSnapshot.pack(snapshot, day));
        }
    }

    /** The packer as the draws of V20_91 wrote it (ByteArrayOutputStream), to pin the bytes of the faster one. */
    private static byte[] oldPack(List<Candidate> candidates, LocalDate day) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(DrawSnapshot.PACK_V1);
        oldVarint(out, candidates.size());
        long previous = 0;
        for (Candidate c : candidates) {
            oldVarint(out, zigzag(c.expertId() - previous));
            oldVarint(out, zigzag(c.dispatches()));
            oldVarint(out, c.lastDispatched() == null ? 0 : zigzag(day.toEpochDay() - c.lastDispatched().toEpochDay()) + 1);
            previous = c.expertId();
        }
        return out.toByteArray();
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static void oldVarint(java.io.ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
