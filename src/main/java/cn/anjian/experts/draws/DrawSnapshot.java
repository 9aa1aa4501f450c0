package cn.anjian.experts.draws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import cn.anjian.experts.draws.DrawRule.Candidate;

/**
 * EXP-07: the stored candidate snapshot of a draw, compact: three parallel arrays in candidate order (exp_draw's
 * candidate_ids, candidate_dispatches, candidate_last) and the SHA-256 of its canonical text, so a replay reruns the
 * selection from exactly what the draw saw and can tell a snapshot that changed since. A JSON document of ~1,000
 * objects per draw cost more to write and read back than the draw itself.
 */
final class DrawSnapshot {

    private DrawSnapshot() {
    }

    /** {@code {1,2,3}}: the PostgreSQL array literal of the expert ids. */
    static String ids(List<Candidate> candidates) {
        StringBuilder s = new StringBuilder(candidates.size() * 7 + 2).append('{');
        for (int i = 0; i < candidates.size(); i++) {
            s.append(i == 0 ? "" : ",").append(candidates.get(i).expertId());
        }
        return s.append('}').toString();
    }

    static String dispatches(List<Candidate> candidates) {
        StringBuilder s = new StringBuilder(candidates.size() * 2 + 2).append('{');
        for (int i = 0; i < candidates.size(); i++) {
            s.append(i == 0 ? "" : ",").append(candidates.get(i).dispatches());
        }
        return s.append('}').toString();
    }

    /** The last dispatches, ISO dates (accepted whatever the server's DateStyle), NULL when none. */
    static String lastDispatched(List<Candidate> candidates) {
        StringBuilder s = new StringBuilder(candidates.size() * 11 + 2).append('{');
        for (int i = 0; i < candidates.size(); i++) {
            LocalDate last = candidates.get(i).lastDispatched();
            s.append(i == 0 ? "" : ",").append(last == null ? "NULL" : last.toString());
        }
        return s.append('}').toString();
    }

    /**
     * Hex SHA-256 of "id:dispatches:last;…" (last as YYYY-MM-DD, empty when none); V20_86 computes the same for the
     * draws stored before, so keep both in step.
     */
    static String hash(List<Candidate> candidates) {
        StringBuilder s = new StringBuilder(candidates.size() * 20);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            s.append(i == 0 ? "" : ";").append(c.expertId()).append(':').append(c.dispatches()).append(':')
                    .append(c.lastDispatched() == null ? "" : c.lastDispatched().toString());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
