package cn.anjian.enforcement;

import cn.anjian.kernel.Actor;

/** STAT-06: the vehicles used on an inspection case, as other modules (the statistics demo) record and read them. */
public interface InspectionVehicleRecords {

    /** The number of vehicles recorded on the case (404 out of scope). */
    int vehicleCount(Actor actor, long caseId);

    /** Replaces the plates (separated by commas or 、); the number recorded. */
    int recordPlates(Actor actor, long caseId, String plates);
}
