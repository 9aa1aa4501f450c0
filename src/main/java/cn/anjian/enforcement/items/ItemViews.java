package cn.anjian.enforcement.items;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Read models of the catalogue (CASE-17), as pages, the API and the case documents show them. */
public final class ItemViews {

    private ItemViews() {
    }

    /** A benchmark row; {@code seq} identifies it within its item. */
    public record BenchmarkView(int seq, String violation, Circumstance circumstance, BigDecimal minYuan, BigDecimal maxYuan,
                                String description) {

        public String rangeText() {
            return new Discretion.Range(minYuan, maxYuan).text();
        }

        /** 违法行为 · 情节 · 幅度, for a select. */
        public String label() {
            return violation + " · " + circumstance.label() + " · " + rangeText();
        }
    }

    public record ItemView(long id, int version, String code, String name, ItemKind kind, String lawName, String article,
                           String basisText, AgencyLevel agencyLevel, boolean active, Instant updatedAt,
                           List<BenchmarkView> benchmarks) {

        /** 《中华人民共和国安全生产法》第九十七条 */
        public String basis() {
            return lawName + article;
        }
    }

    /** A row of the list (no basis text, no benchmarks; their count). */
    public record ItemRow(long id, String code, String name, ItemKind kind, String basis, AgencyLevel agencyLevel,
                          boolean active, int benchmarkCount, Instant updatedAt) {
    }

    public record ItemPage(List<ItemRow> items, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    /** The item a case rests on, the benchmark chosen (null fields when none) and what the decision did with it. */
    public record CaseItemView(long caseId, long itemId, String itemCode, String itemName, String basis, String basisText,
                               String violation, Circumstance circumstance, BigDecimal minYuan, BigDecimal maxYuan,
                               String deviationReason, Instant chosenAt, String chosenBy, BigDecimal appliedFineYuan,
                               Boolean outsideRange) {

        public String rangeText() {
            return minYuan == null ? null : new Discretion.Range(minYuan, maxYuan).text();
        }
    }
}
