package cn.anjian.recording.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.BusinessException;

/**
 * REC-06 (art. 13(四)): once recording starts, it is not interrupted at the same place and nothing is
 * recorded after the fact. Pure rules, no Spring.
 */
public final class Continuity {

    public static final String AFTER_THE_FACT = "REC-06-AFTER-THE-FACT";

    private Continuity() {
    }

    /** One continuous segment of a session (same activity, place and device). */
    public record Segment(long id, Instant start, Instant end) {
    }

    /** A gap before segment {@code id}, after segment {@code afterId}. */
    public record Gap(long id, long afterId, long seconds) {
    }

    /**
     * The gaps larger than {@code tolerance} between consecutive segments of one session, keyed by the later
     * segment. Segments are ordered by start; the gap is measured from the latest end seen so far, so an
     * overlapping or nested segment never creates a gap.
     */
    public static Map<Long, Gap> gaps(List<Segment> session, Duration tolerance) {
        List<Segment> sorted = session.stream()
                .sorted(Comparator.comparing(Segment::start).thenComparing(Segment::id)).toList();
        Map<Long, Gap> gaps = new LinkedHashMap<>();
        Segment reach = null;
        for (Segment s : sorted) {
            if (reach != null) {
                Duration gap = Duration.between(reach.end(), s.start());
                if (gap.compareTo(tolerance) > 0) {
                    gaps.put(s.id(), new Gap(s.id(), reach.id(), gap.toSeconds()));
                }
            }
            if (reach == null || s.end().isAfter(reach.end())) {
                reach = s;
            }
        }
        return gaps;
    }

    /** A record whose capture started after its activity ended is refused as 补录 (after the fact). */
    public static void requireNotAfterTheFact(Instant captureStart, Instant activityEnded) {
        if (activityEnded != null && captureStart != null && captureStart.isAfter(activityEnded)) {
            throw new BusinessException(AFTER_THE_FACT,
                    "拍摄开始时间晚于该执法活动的结束时间，属于事后补录，不予登记（全过程记录制度第十三条）");
        }
    }
}
