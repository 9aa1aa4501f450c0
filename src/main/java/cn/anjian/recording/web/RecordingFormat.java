package cn.anjian.recording.web;

import cn.anjian.kernel.Fmt;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import cn.anjian.kernel.Zones;
import org.springframework.stereotype.Component;

/** Formatting for the recording templates ({@code ${@recFmt.time(x)}}): Beijing time, sizes. */
@Component("recFmt")
class RecordingFormat {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(Zones.SHANGHAI);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Zones.SHANGHAI);

    public String time(Instant i) {
        return Fmt.dateTimeSeconds(i);
    }

    public String shortTime(Instant i) {
        return i == null ? "—" : SHORT.format(i);
    }

    /** Value for an {@code <input type="datetime-local">}. */
    public String input(Instant i) {
        return i == null ? "" : INPUT.format(i);
    }

    public String duration(Instant a, Instant b) {
        if (a == null || b == null) {
            return "";
        }
        long s = java.time.Duration.between(a, b).toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
