package cn.anjian.mines.hazards;

/**
 * MW-08: a tip as the commissioner records it. {@code source} PETITION | ONLINE, {@code kind} LARGER_INCIDENT |
 * CONCEALED_ACCIDENT; {@code receivedAt} ISO date-time (empty → now); {@code immediate}: a major matter (立即报告).
 */
public record NewIncidentTip(Long mineId, String source, String kind, String summary, boolean immediate,
                             java.time.Instant receivedAt) {
}
