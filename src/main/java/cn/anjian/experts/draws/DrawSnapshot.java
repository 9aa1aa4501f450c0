package cn.anjian.experts.draws;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import cn.anjian.experts.draws.DrawRule.Candidate;

/**
 * EXP-07: the stored candidate snapshot of a draw and the SHA-256 of its canonical text, so a replay reruns the
 * selection from exactly what the draw saw and can tell a snapshot that changed since. A draw stores it packed
 * ({@link #pack}: one {@code bytea}, exp_draw.candidate_pack, V20_91); draws stored between V20_86 and V20_91 keep three
 * parallel arrays in candidate order (candidate_ids, candidate_dispatches, candidate_last). Both read back to the same
 * candidates and the same hash. A JSON document of ~1,000 objects per draw cost more to write and read back than the
 * draw itself; the arrays still cost PostgreSQL 2–3 ms a draw to parse (bench/expert-draw.md), the packed bytes ~0.1 ms.
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
     * draws stored before, so keep both in step. The ASCII text is written straight into bytes (no String of ~20 KB,
     * no date strings): it was a tenth of a draw's own CPU.
     */
    static String hash(List<Candidate> candidates) {
        Ascii text = new Ascii(candidates.size() * 20 + 16);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (i > 0) {
                text.put(';');
            }
            text.number(c.expertId()).put(':').number(c.dispatches()).put(':');
            if (c.lastDispatched() != null) {
                text.date(c.lastDispatched());
            }
        }
        MessageDigest sha = sha256();
        sha.update(text.bytes, 0, text.length);
        return HEX.formatHex(sha.digest());
    }

    /** A draw's snapshot as stored: the packed bytes ({@link #pack}) and the hash ({@link #hash}). */
    record Stored(byte[] pack, String hash) {
    }

    /**
     * {@link #pack} and {@link #hash} in one pass over the candidates: the canonical text goes to the digest in chunks
     * as it is written (no ~20 KB buffer), the packed bytes as they are produced. The same bytes and the same hash as
     * the two apart ({@code DrawSnapshotTests.storedSameAsPackAndHash}).
     */
    static Stored store(List<Candidate> candidates, LocalDate day) {
        MessageDigest sha = sha256();
        Ascii text = new Ascii(CHUNK + 64);
        Bytes out = new Bytes(candidates.size() * 5 + 8);
        out.put(PACK_V1);
        out.varint(candidates.size());
        long previous = 0;
        long drawDay = day.toEpochDay();
        for (int i = 0, n = candidates.size(); i < n; i++) {
            Candidate c = candidates.get(i);
            LocalDate last = c.lastDispatched();
            out.varint(zigzag(c.expertId() - previous));
            out.varint(zigzag(c.dispatches()));
            out.varint(last == null ? 0 : zigzag(drawDay - last.toEpochDay()) + 1);
            previous = c.expertId();
            if (i > 0) {
                text.put(';');
            }
            text.number(c.expertId()).put(':').number(c.dispatches()).put(':');
            if (last != null) {
                text.date(last);
            }
            if (text.length >= CHUNK) {
                sha.update(text.bytes, 0, text.length);
                text.length = 0;
            }
        }
        sha.update(text.bytes, 0, text.length);
        return new Stored(out.toArray(), HEX.formatHex(sha.digest()));
    }

    /** The digest takes the text in chunks of about this many bytes. */
    private static final int CHUNK = 4096;

    static final HexFormat HEX = HexFormat.of();
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A fresh SHA-256: a clone of one instance instead of a provider lookup per draw (falls back to the lookup). */
    static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException never) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", never);
            }
        }
    }

    /** A growing ASCII buffer: what {@code StringBuilder.append(long)} and {@code LocalDate.toString()} would write. */
    static final class Ascii {
        byte[] bytes;
        int length;

        Ascii(int capacity) {
            bytes = new byte[capacity];
        }

        Ascii put(char c) {
            room(1);
            bytes[length++] = (byte) c;
            return this;
        }

        Ascii number(long v) {
            if (v < 0) { // never for ids and counts; kept exact all the same
                return text(Long.toString(v));
            }
            room(20);
            int start = length;
            do {
                bytes[length++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v != 0);
            for (int i = start, j = length - 1; i < j; i++, j--) {
                byte t = bytes[i];
                bytes[i] = bytes[j];
                bytes[j] = t;
            }
            return this;
        }

        Ascii date(LocalDate d) {
            int y = d.getYear();
            if (y < 0 || y > 9999) { // ISO's sign and extra digits
                return text(d.toString());
            }
            room(10);
            digits(y, 4).put('-');
            digits(d.getMonthValue(), 2).put('-');
            return digits(d.getDayOfMonth(), 2);
        }

        private Ascii digits(int v, int width) {
            for (int i = width - 1; i >= 0; i--) {
                bytes[length + i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            length += width;
            return this;
        }

        private Ascii text(String s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) {
                bytes[length++] = (byte) s.charAt(i);
            }
            return this;
        }

        private void room(int n) {
            if (length + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }
    }

    /** The first byte of a packed snapshot: its format. */
    static final int PACK_V1 = 1;

    /**
     * The snapshot packed: the format byte, the number of candidates, then per candidate in candidate order the
     * difference of its id from the previous one (the first from 0), its dispatches, and its last dispatch as days
     * before the draw day plus one (0: none) — each a zigzag varint (LEB128), so the usual pool of ~1,000 candidates in
     * id order takes ~4 bytes each. Any order, any id, any date round-trips ({@link #unpack}).
     */
    static byte[] pack(List<Candidate> candidates, LocalDate day) {
        return store(candidates, day).pack();   // written with the hash in one pass (the draw's path)
    }

    /** A growing byte buffer for {@link #pack}: LEB128 varints. */
    static final class Bytes {
        private byte[] bytes;
        private int length;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void put(int b) {
            if (length == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2 + 10);
            }
            bytes[length++] = (byte) b;
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                put((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            put((int) v);
        }

        void put(byte[] b, int from, int to) {
            if (length + to - from > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + to - from));
            }
            System.arraycopy(b, from, bytes, length, to - from);
            length += to - from;
        }

        int length() {
            return length;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(bytes, length);
        }
    }

    /** The candidates of a packed snapshot, in candidate order, without names (they are not part of it). */
    static List<Candidate> unpack(byte[] packed, LocalDate day) {
        Reader in = new Reader(packed);
        if (packed.length == 0 || in.next() != PACK_V1) {
            throw new IllegalStateException("unknown snapshot format");
        }
        long n = in.varint();
        if (n < 0 || n > packed.length) { // each candidate takes at least 3 bytes
            throw new IllegalStateException("corrupt snapshot: " + n + " candidates in " + packed.length + " bytes");
        }
        List<Candidate> candidates = new ArrayList<>((int) n);
        long id = 0;
        long drawDay = day.toEpochDay();
        for (long i = 0; i < n; i++) {
            id += unzigzag(in.varint());
            int dispatches = Math.toIntExact(unzigzag(in.varint()));
            long last = in.varint();
            candidates.add(new Candidate(id, null, dispatches, last == 0 ? null : LocalDate.ofEpochDay(drawDay - unzigzag(last - 1))));
        }
        if (in.at != packed.length) {
            throw new IllegalStateException("corrupt snapshot: " + (packed.length - in.at) + " bytes after the candidates");
        }
        return candidates;
    }

    /** The candidates of a snapshot stored as arrays (V20_86), without names. */
    static List<Candidate> fromArrays(Long[] ids, Integer[] dispatches, java.sql.Date[] last) {
        if (ids.length != dispatches.length || ids.length != last.length) {
            throw new IllegalStateException("corrupt snapshot: arrays of " + ids.length + ", " + dispatches.length + ", " + last.length);
        }
        List<Candidate> candidates = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            candidates.add(new Candidate(ids[i], null, dispatches[i], last[i] == null ? null : last[i].toLocalDate()));
        }
        return candidates;
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            if (at >= bytes.length) {
                throw new IllegalStateException("corrupt snapshot: truncated");
            }
            return bytes[at++] & 0xFF;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalStateException("corrupt snapshot: varint too long");
        }
    }
}
