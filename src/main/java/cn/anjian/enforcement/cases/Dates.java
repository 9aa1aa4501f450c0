package cn.anjian.enforcement.cases;

import cn.anjian.kernel.Fmt;
import java.time.Instant;

/** Beijing-time formatting for messages and pages. */
public final class Dates {

    private Dates() {
    }

    public static String minutes(Instant at) {
        return Fmt.dateTime(at);
    }

    public static String day(Instant at) {
        return Fmt.date(at);
    }
}
