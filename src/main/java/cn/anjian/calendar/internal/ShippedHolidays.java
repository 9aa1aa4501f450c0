package cn.anjian.calendar.internal;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import cn.anjian.calendar.YearData;
import cn.anjian.kernel.AuditableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the holiday years shipped in {@code calendar/holidays/*.json} (CAL-01) at start-up, each year
 * only if {@code cal_year} has no row for it: idempotent, safe when several nodes start together
 * (the year row is claimed with ON CONFLICT DO NOTHING in the same transaction as its days), and it
 * never overwrites an administrator's correction. Runs first among the start-up runners: others
 * (e.g. the demo data) compute deadlines.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ShippedHolidays implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedHolidays.class);
    static final String SOURCE = "NateScarlet/holiday-cn（MIT，据国务院办公厅通知整理）";

    private final HolidayStore store;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:calendar/holidays/*.json");
        int loaded = 0;
        for (Resource file : files) {
            YearData data;
            try (InputStream in = file.getInputStream()) {
                data = json.readValue(in, YearData.class);
            }
            Boolean inserted = tx.execute(s -> importYear(data));
            if (Boolean.TRUE.equals(inserted)) {
                loaded++;
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} shipped holiday year(s)", loaded);
        }
    }

    private boolean importYear(YearData data) {
        String papers = data.papers() == null ? "" : String.join("\n", data.papers());
        if (!store.insertYearIfAbsent(data.year(), true, papers, SOURCE, "system")) {
            return false;
        }
        for (YearData.Day d : data.days()) {
            // trusted source, stored as shipped (see PROVENANCE.md); the first notice listing a date keeps it
            store.upsertDay(java.time.LocalDate.parse(d.date()), d.name(), d.isOffDay(), data.year(), false);
        }
        store.changed();
        events.publishEvent(new AuditableEvent("calendar.year.shipped", "calendar-year", String.valueOf(data.year()),
                null, Map.of("covered", true, "days", data.days().size(), "source", SOURCE), "system", null));
        return true;
    }
}
