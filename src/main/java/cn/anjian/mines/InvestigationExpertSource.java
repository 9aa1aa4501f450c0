package cn.anjian.mines;

import java.util.List;

import cn.anjian.kernel.Actor;

/**
 * SPI (MA-10, art. 37): experts may join a commissioner's responsibility investigation, taken from the expert pool. The
 * expert pool implements this (mines never depends on it), so the pool's own rules apply — the actor's pool, the
 * random draw with rotation and its stored replay (EXP-07), avoidance of experts in conflict with the mine's
 * enterprise (EXP-08) — and its refusals reach the page unchanged. Without an implementation nobody can be added.
 */
public interface InvestigationExpertSource {

    /** An industry field of the pool, to draw from. */
    record ExpertField(String code, String name) {
    }

    /** An expert who joins the investigation, as it records him. */
    record InvestigationExpert(long expertId, String name, String fieldName) {
    }

    /** A stored draw: its id, the experts selected and the page that shows it and replays it (复核). */
    record Drawn(long drawId, List<InvestigationExpert> experts, String replayUrl) {
    }

    /** The industry fields of the pool. */
    List<ExpertField> fields();

    /** Draws {@code count} experts of the field from the actor's pool, avoiding conflicts with the enterprise (may be null). */
    Drawn draw(Actor actor, String fieldCode, int count, Long enterpriseId);

    /** An active expert of the actor's pool picked by name; one in conflict with the enterprise is refused (EXP-08). */
    InvestigationExpert pick(Actor actor, String name, Long enterpriseId);
}
