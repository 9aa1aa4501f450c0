package cn.anjian.enforcement;

import java.util.List;

/**
 * The enforcement-item catalogue (CASE-17) as the public sees it (PUB-01: legal bases and discretion benchmarks are
 * disclosed before enforcement): active items with their basis and benchmark ranges, labels only.
 */
public interface ItemCatalogue {

    record Benchmark(String violation, String circumstanceLabel, String range, String description) {
    }

    record Item(String code, String name, String kindLabel, String basis, String basisText, List<Benchmark> benchmarks) {
    }

    /** Every active item, by code. */
    List<Item> activeItems();
}
