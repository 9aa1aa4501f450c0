package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.enforcement.ItemCatalogue;
import org.springframework.stereotype.Component;

/** {@link ItemCatalogue} over the catalogue's active items (nothing of the cases that use them). */
@Component
@RequiredArgsConstructor
class PublicItemCatalogue implements ItemCatalogue {

    private final EnforcementItems items;

    @Override
    public List<Item> activeItems() {
        return items.activeChoices().stream().map(i -> new Item(i.code(), i.name(), i.kind().label(), i.basis(), i.basisText(),
                i.benchmarks().stream().map(b -> new Benchmark(b.violation(), b.circumstance().label(), b.rangeText(),
                        b.description())).toList())).toList();
    }
}
