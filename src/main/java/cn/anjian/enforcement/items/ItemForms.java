package cn.anjian.enforcement.items;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.anjian.enforcement.items.ItemViews.ItemView;
import cn.anjian.kernel.PageRefusal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms of the catalogue pages (CASE-17), fields as typed; the domain checks the content. */
final class ItemForms {

    private ItemForms() {
    }

    /**
     * An item; its benchmarks one per line: 违法行为｜情节（轻微/一般/较重/严重）｜罚款下限｜罚款上限｜说明.
     */
    record ItemForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name, @NotBlank String kind,
                    @NotBlank @Size(max = 200) String lawName, @NotBlank @Size(max = 100) String article,
                    @NotBlank @Size(max = 4000) String basisText, @NotBlank String agencyLevel, String active,
                    @Size(max = 40000) String benchmarks, String version) {

        static ItemForm blank() {
            return new ItemForm(null, null, ItemKind.PENALTY.name(), "《中华人民共和国安全生产法》", null, null,
                    AgencyLevel.ALL.name(), "true", null, null);
        }

        static ItemForm of(ItemView i) {
            String lines = i.benchmarks().stream().map(b -> String.join("｜", b.violation(), b.circumstance().label(),
                    b.minYuan().toPlainString(), b.maxYuan().toPlainString(), b.description() == null ? "" : b.description()))
                    .collect(Collectors.joining("\n"));
            return new ItemForm(i.code(), i.name(), i.kind().name(), i.lawName(), i.article(), i.basisText(),
                    i.agencyLevel().name(), String.valueOf(i.active()), lines, String.valueOf(i.version()));
        }

        EnforcementItems.Input input() {
            List<EnforcementItems.BenchmarkInput> rows = new ArrayList<>();
            if (benchmarks != null) {
                for (String line : benchmarks.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] p = line.split("[|｜]", -1);
                    rows.add(new EnforcementItems.BenchmarkInput(part(p, 0), part(p, 1), part(p, 2), part(p, 3), part(p, 4)));
                }
            }
            return new EnforcementItems.Input(code, name, kind, lawName, article, basisText, agencyLevel,
                    "true".equals(active) || "on".equals(active), rows);
        }

        private static String part(String[] p, int i) {
            return i < p.length ? p[i].strip() : null;
        }

        static PageRefusal fields(PageRefusal r) {
            return r.field("ITEM-CODE", "code").field("ITEM-NAME", "name").field("ITEM-KIND", "kind")
                    .field("ITEM-LAW", "lawName").field("ITEM-ARTICLE", "article").field("ITEM-BASIS", "basisText")
                    .field("ITEM-LEVEL", "agencyLevel").field("ITEM-BENCHMARK", "benchmarks");
        }
    }

    /** A case's choice: the item, the benchmark row (value "itemId:seq" or blank), the reason for deviating. */
    record ChoiceForm(@NotBlank(message = "请选择执法事项") String itemId, String benchmark, @Size(max = 2000) String reason) {

        static PageRefusal fields(PageRefusal r) {
            return r.field("CASE-17-ITEM", "itemId").field("CASE-17-BENCHMARK", "benchmark").field("CASE-17-REASON", "reason");
        }
    }
}
