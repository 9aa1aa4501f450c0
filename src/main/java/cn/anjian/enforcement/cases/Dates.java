package cn.anjian.enforcement.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import cn.anjian.kernel.Zones;

/** Beijing-time formatting for messages and pages. */
public final class Dates {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.SHANGHAI);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Zones.SHANGHAI);

    private Dates() {
    }

    public static String minutes(Instant at) {
        return at == null ? "—" : MINUTES.format(at);
    }

    public static String day(Instant at) {
        return at == null ? "—" : DAY.format(at);
    }
}
