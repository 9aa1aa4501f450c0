package cn.anjian.mines;

/**
 * What a commissioner found and had handled in a year (for the assessment): major hazards found and closed, stop-work
 * and evacuation orders, and incident tips whose self-check report was forwarded.
 */
public record MajorFindings(long commissionerId, int year, int majorHazardsFound, int majorHazardsClosed,
                            int stopWorkOrders, int incidentTipsForwarded) {

    public int total() {
        return majorHazardsFound + stopWorkOrders + incidentTipsForwarded;
    }
}
