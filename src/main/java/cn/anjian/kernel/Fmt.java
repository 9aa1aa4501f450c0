package cn.anjian.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * The one way dates, times and numbers are shown: dates {@code yyyy-MM-dd}, date-times
 * {@code yyyy-MM-dd HH:mm} in Beijing time, hours with at most one decimal, "—" for anything empty.
 * Templates use the bean: {@code ${@fmt.dateTime(c.openedAt)}}; Java code (messages, exports) the
 * static methods: {@code Fmt.date(d)}.
 */
@Component("fmt")
public final class Fmt {

    public static final String EMPTY = "—";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** {@code yyyy-MM-dd}; an instant is taken in Beijing time. */
    public static String date(Object value) {
        return format(value, DATE);
    }

    /** {@code yyyy-MM-dd HH:mm} in Beijing time. */
    public static String dateTime(Object value) {
        return format(value, DATE_TIME);
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in Beijing time, where seconds matter (audit trail, evidence). */
    public static String dateTimeSeconds(Object value) {
        return format(value, SECONDS);
    }

    /** {@code 2026年3月5日}, as in documents and public notices. */
    public static String chineseDate(Object value) {
        return format(value, CHINESE_DATE);
    }

    /** Hours with at most one decimal: 2 → "2", 1.25 → "1.3"; "—" when null. */
    public static String hours(Number value) {
        if (value == null) {
            return EMPTY;
        }
        BigDecimal d = new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** The value as text, "—" when null or blank. */
    public static String text(Object value) {
        if (value == null) {
            return EMPTY;
        }
        String s = value.toString();
        return s.isBlank() ? EMPTY : s;
    }

    private static String format(Object value, DateTimeFormatter f) {
        TemporalAccessor t;
        if (value == null) {
            return EMPTY;
        } else if (value instanceof Instant i) {
            t = i.atZone(Zones.SHANGHAI);
        } else if (value instanceof OffsetDateTime o) {
            t = o.atZoneSameInstant(Zones.SHANGHAI);
        } else if (value instanceof ZonedDateTime z) {
            t = z.withZoneSameInstant(Zones.SHANGHAI);
        } else if (value instanceof LocalDate d && f != DATE && f != CHINESE_DATE) {
            t = d.atStartOfDay();
        } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
            t = (TemporalAccessor) value;
        } else {
            throw new IllegalArgumentException("not a date or time: " + value.getClass().getSimpleName());
        }
        return f.format(t);
    }
}
