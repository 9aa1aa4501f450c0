package cn.anjian.kernel;

import java.time.ZoneId;

/** The platform's time zone: every date in the regulations is a Beijing-time date (CAL-05). */
public final class Zones {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
