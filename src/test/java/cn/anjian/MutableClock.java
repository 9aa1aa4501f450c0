package cn.anjian;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import cn.anjian.kernel.Zones;

/** A clock tests can move. Shared by the one Spring test context; reset it in {@code @AfterEach} if you move it. */
public class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    public void set(LocalDateTime beijingTime) {
        this.now = beijingTime.atZone(Zones.SHANGHAI).toInstant();
    }

    public void reset() {
        this.now = Instant.now();
    }

    public void advance(Duration d) {
        this.now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return Zones.SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
