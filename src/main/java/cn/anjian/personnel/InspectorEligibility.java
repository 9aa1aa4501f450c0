package cn.anjian.personnel;

import java.time.LocalDate;

/**
 * TI-09/10/11: the query enforcement calls before putting a technical inspector on a team. Only an
 * active inspector with a valid provincial work certificate on that day may assist; nobody is ever
 * an enforcer through this role.
 */
public interface InspectorEligibility {

    InspectorStanding standing(long personId, LocalDate day);
}
