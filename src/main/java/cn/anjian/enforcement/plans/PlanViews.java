package cn.anjian.enforcement.plans;

import java.time.Instant;
import java.util.List;

/** Read models of the plans pages. */
final class PlanViews {

    private PlanViews() {
    }

    record Plan(long id, long agencyId, String agencyName, String scopePath, int year, String title, PlanStatus status,
                int revision, Long supersedesId, String revisionReason, Long flowId, String createdBy /* the author's name */, Instant createdAt,
                Instant approvedAt, String publishedBy, Instant publishedAt, Instant supersededAt, int version,
                int itemCount, int plannedTotal, long jurisdictionId, GradeFrequencies frequencies) {
    }

    record Item(long id, TargetKind kind, Long enterpriseId, String targetName, String industry, String industryLabel,
                String content, String period, String periodLabel, String responsibleUnit, int plannedCount) {
    }

    record Page(List<Plan> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** The planned month (M1..M12) or quarter (Q1..Q4) in words. */
    static String periodLabel(String p) {
        if (p == null) {
            return "";
        }
        if (p.startsWith("Q")) {
            return switch (p) {
                case "Q1" -> "第一季度";
                case "Q2" -> "第二季度";
                case "Q3" -> "第三季度";
                default -> "第四季度";
            };
        }
        return p.substring(1) + " 月";
    }
}
