package cn.anjian.mines.hazards;

import java.util.List;

/**
 * MW-12: the body of {@code PUT /api/v1/mines/work/stop-work-orders/{uuid}} and of the page form. {@code kind}:
 * THREE_VIOLATIONS | STOP_AND_EVACUATE; {@code orderedAt}: ISO-8601 with offset (empty → now).
 */
public record NewStopWorkOrder(Long mineId, String kind, String orderedAt, String reason, String scope,
                               Integer peopleEvacuated, List<Long> photoFileIds) {
}
