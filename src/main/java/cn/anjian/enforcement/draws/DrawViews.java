package cn.anjian.enforcement.draws;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of the draw pages. */
final class DrawViews {

    private DrawViews() {
    }

    record Draw(long id, long agencyId, String agencyName, long jurisdictionId, String scopePath, String title,
                String filterIndustry, String filterRisk, String filterStatus, Integer requestedCount,
                Integer requestedPercent, int targetCount, int officersPerTarget, int lookBackYears, LocalDate drawDay,
                long seed, String algorithm, int unstaffedCount, String drawnBy, Instant drawnAt, String publishedBy,
                Instant publishedAt, Instant lastVerifiedAt, Boolean lastVerifiedOk, int version, int poolSize,
                int officerPoolSize) {

        public String seedHex() {
            return String.format("%016x", seed);
        }
    }

    record Target(int pos, long enterpriseId, String name, String industry, String riskGrade, String status) {
    }

    record Officer(int pos, long personId, String name, String certificateNumber) {
    }

    record Row(int rank, Target target, List<Officer> officers, boolean staffed, Long caseId) {
    }

    record Page(List<Draw> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** The outcome of a 复核: the replay from the stored seed and pools, compared with the stored result. */
    record Verification(boolean matches, int rows, List<String> differences, Instant at) implements java.io.Serializable {
        // a flash attribute: sessions are stored (and serialised) in the database
        public Verification {
            differences = List.copyOf(differences);
        }
    }
}
