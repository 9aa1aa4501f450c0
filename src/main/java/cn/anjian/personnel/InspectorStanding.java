package cn.anjian.personnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a person may join an enforcement team as a technical inspector on a day (TI-11), and
 * what they may do there (TI-09). {@link #mayEnforce()}, {@link #mayLead()} and
 * {@link #maySignDecisions()} are always false: inspectors never enforce (TI-10, CASE-02).
 *
 * @param reasons why the person may not assist (empty when {@code mayAssist})
 */
public record InspectorStanding(long personId, LocalDate day, boolean mayAssist, List<String> reasons,
                                Set<InspectorDuty> duties) {

    public InspectorStanding {
        reasons = List.copyOf(reasons);
        duties = Set.copyOf(duties);
    }

    /** TI-10: an inspector is never an enforcer (never counts toward the two certified officers). */
    @JsonProperty("mayEnforce")
    public boolean mayEnforce() {
        return false;
    }

    /** TI-10: never a team leader. */
    @JsonProperty("mayLead")
    public boolean mayLead() {
        return false;
    }

    /** TI-10: never makes or signs an enforcement decision. */
    @JsonProperty("maySignDecisions")
    public boolean maySignDecisions() {
        return false;
    }
}
