package cn.anjian.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.anjian.calendar.YearData;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/** The shipped holiday files as a {@link HolidayTable}, for plain JUnit tests. */
final class ShippedTable {

    static final HolidayTable TABLE = load();

    private ShippedTable() {
    }

    private static HolidayTable load() {
        JsonMapper json = JsonMapper.builder().build();
        Map<LocalDate, HolidayTable.Entry> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:calendar/holidays/*.json")) {
                try (InputStream in = r.getInputStream()) {
                    YearData y = json.readValue(in, YearData.class);
                    years.add(y.year());
                    y.days().forEach(d -> days.putIfAbsent(LocalDate.parse(d.date()), new HolidayTable.Entry(d.name(), d.isOffDay())));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new HolidayTable(days, years, 1);
    }
}
