package cn.anjian.experts.draws;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored draw (EXP-07): what was asked, the candidate snapshot, each exclusion with its reason, the selection. */
public record DrawView(long id, long seed, String fieldName, String subName, String levelLabel, int requested,
                       Long targetEnterpriseId, String targetName, LocalDate day, String drawnBy, Instant drawnAt,
                       List<Candidate> candidates, List<Exclusion> excluded, List<Pick> selected) {

    /** An eligible expert, his dispatches in the rotation window, his last dispatch (null: none or not stored), selected. */
    public record Candidate(long expertId, String name, int dispatches, LocalDate lastDispatched, boolean selected) {
    }

    /** EXP-08: an expert left out of the draw and why. */
    public record Exclusion(long expertId, String name, String reason) {
    }

    public record Pick(long expertId, String name) {
    }
}
