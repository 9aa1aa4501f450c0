package cn.anjian.mines.work;

/** One item of a mine's table (MW-05): a province template item, a local addition, or a working site or system. */
public record ChecklistItem(long itemId, Source source, String section, String text, boolean mandatory, String basis,
                            String siteOrSystem, String jurisdictionName) {

    @lombok.Getter
    @lombok.RequiredArgsConstructor
    public enum Source {
        TEMPLATE("省级模板"),
        LOCAL("市县补充"),
        SITE("作业场所与系统");

        private final String label;
    }
}
